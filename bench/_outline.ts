import { readFileSync } from 'node:fs';
import { parse } from '../server/language/syntax/parse';
import { outline } from '../test/server/language/syntax/outline';
for (const f of process.argv.slice(2)) { const t = readFileSync(f, 'utf8'); console.log('== ' + f); process.stdout.write(outline(parse(t), t)); }
