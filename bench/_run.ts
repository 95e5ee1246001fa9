import { benchParse } from './parse';
void benchParse();
