import { parse } from '../server/language/syntax/parse';
const text = 'x\n'.repeat(100000);
for (let i = 0; i < 5; i++) { const t = performance.now(); parse(text); console.log(performance.now() - t); }
