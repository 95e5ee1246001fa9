import { parse } from '../server/language/syntax/parse';
import { format } from '../server/language/syntax/format';
function rng(seed: number) { return () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; }; }
const r = rng(42);
const bytes = Buffer.alloc(1 << 20); for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(r() * 256);
const inputs: Record<string, string> = {
  random: bytes.toString('utf8'),
  randomLatin: bytes.toString('latin1'),
  braces: '{'.repeat(10000),
  hosts: 'host a { '.repeat(10000),
  closes: '}'.repeat(10000),
  brackets: 'host a { x = ' + '['.repeat(10000),
  strings: '"'.repeat(100000),
  comment: '/*' + 'x'.repeat(1e6),
  dots: 'host a { x = a' + '.a'.repeat(100000) + ' }',
  digits: 'host a { x = ' + '9'.repeat(100000) + ' }',
  keywords: 'host '.repeat(100000),
  lines: 'x\n'.repeat(100000),
};
for (const [name, text] of Object.entries(inputs)) {
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    const f = parse(text);
    const t1 = performance.now();
    const out = format(text);
    const t2 = performance.now();
    if (i) console.log(name.padEnd(12), 'parse', (t1 - t0).toFixed(1), 'ms, format', (t2 - t1).toFixed(1), 'ms, errors', f.errors.length, f.errors[0]?.message.slice(0, 80), out === undefined);
  }
}
