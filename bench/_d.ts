import { parse } from '../server/language/syntax/parse';
import { format } from '../server/language/syntax/format';
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length); let state = seed;
  for (let i = 0; i < length; i++) { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; bytes[i] = state >>> 24; }
  return bytes;
}
let t = performance.now();
const b = randomBytes(1 << 20, 42); console.log('gen', performance.now() - t); t = performance.now();
const s = b.toString('utf8'); console.log('decode', performance.now() - t); t = performance.now();
const f = parse(s); console.log('parse', performance.now() - t, f.errors.length); t = performance.now();
format(s); console.log('format', performance.now() - t); t = performance.now();
for (let i = 0; i < 3; i++) { const c = process.cpuUsage(); const w = performance.now(); parse(s); const d = process.cpuUsage(c); console.log('parse cpu', (d.user + d.system) / 1000, 'wall', performance.now() - w); }
