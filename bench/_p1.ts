import { readFileSync } from 'node:fs';
import { format } from '../server/language/syntax/format';
const src = readFileSync(process.argv[2], 'utf8');
const out = format(src);
console.log(out);
console.log('idempotent:', out !== undefined && format(out) === out);
