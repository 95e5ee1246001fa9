import { parse } from '../server/language/syntax/parse';
import { generateLargeFile } from './generate';
const text = generateLargeFile(5000);
for (let i = 0; i < 60; i++) parse(text);
