import { tokenize } from '../server/language/syntax/lexer';
import { parse } from '../server/language/syntax/parse';
import { generateLargeFile } from './generate';
const text = generateLargeFile(5000);
function cpu(run: () => void) {
  for (let i = 0; i < 10; i++) run();
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) { const a = process.cpuUsage(); run(); const b = process.cpuUsage(a); xs.push((b.user + b.system) / 1000); }
  xs.sort((a, b) => a - b); return xs[15].toFixed(2);
}
// crude hand scanner: count tokens
function scan(t: string) { let n = 0; const out: any[] = []; for (let i = 0; i < t.length;) { const c = t.charCodeAt(i); if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; } const s = i;
 if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) { i++; while (i < t.length) { const d = t.charCodeAt(i); if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 95 || d === 45 || (d >= 48 && d <= 57)) i++; else break; } }
 else if (c >= 48 && c <= 57) { i++; while (i < t.length && ((t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) || t.charCodeAt(i) === 46)) i++; while (i < t.length && /[A-Za-z%]/.test(t[i])) i++; }
 else if (c === 47 && t.charCodeAt(i+1) === 47 || c === 35) { while (i < t.length && t.charCodeAt(i) !== 10) i++; }
 else if (c === 47 && t.charCodeAt(i+1) === 42) { i = t.indexOf('*/', i) + 2; }
 else if (c === 34) { i = t.indexOf('"', i + 1) + 1; }
 else i++;
 out.push({ image: t.slice(s, i), startOffset: s, tokenType: null }); n++; } return out.length; }
console.log('chevrotain lex', cpu(() => tokenize(text)), 'hand scan', cpu(() => scan(text)), 'parse', cpu(() => parse(text)));
