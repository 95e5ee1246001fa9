import { readFileSync } from 'node:fs';
import { format } from '../server/language/syntax/format';
import { parse } from '../server/language/syntax/parse';
import { tokenize } from '../server/language/syntax/lexer';
import { generateLargeFile } from './generate';
const bases = [readFileSync('test/server/language/syntax/fixtures/design-example.hnet', 'utf8'), generateLargeFile(60)];
let seed = 7; const r = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
const pieces = ['// c1\n', '# c2\n', '/* b1 */', '/* multi\n   line */', '\n', '\n\n', '\t', ';', '\r\n', ',', '{', '}', '[', ']', '=', 'x', 'host', '"s"', '"u', '/*', '-', '<', '3', '3 us', '.', '@', '\n}\n', 'stage gro', 'a.b[2]'];
let fails = 0, formatted = 0, internal = 0;
for (let iter = 0; iter < 4000; iter++) {
  const base = bases[iter % 2];
  const toks = tokenize(base).tokens;
  const cuts = new Map<number, string>();
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) { const t = toks[Math.floor(r() * toks.length)]; const at = r() < 0.5 ? t.startOffset : t.startOffset + t.image.length; const p = pieces[Math.floor(r() * pieces.length)]; cuts.set(at, (cuts.get(at) ?? '') + (r() < 0.5 ? ' ' : '') + p + (r() < 0.5 ? ' ' : '')); }
  let text = ''; let last = 0; for (const at of [...cuts.keys()].sort((a, b) => a - b)) { text += base.slice(last, at) + cuts.get(at); last = at; } text += base.slice(last);
  if (r() < 0.2) { const lines = text.split('\n'); lines.splice(Math.floor(r() * lines.length), 1); text = lines.join('\n'); }
  const f = parse(text);
  if (f.errors.some(e => e.message.startsWith('internal'))) { internal++; console.log('INTERNAL', f.errors[0].message, JSON.stringify(text.slice(0, 300))); }
  for (const e of f.errors) if (e.span.start > e.span.end || e.span.end > text.length || e.span.start < 0) { console.log('BAD SPAN', e); }
  const once = format(text);
  if (once === undefined) continue;
  formatted++;
  const twice = format(once);
  const c1 = tokenize(text).comments.map(c => c.text.trimEnd().replace(/\r/g, '')).join('|');
  const c2 = tokenize(once).comments.map(c => c.text.trimEnd().replace(/\r/g, '')).join('|');
  const norm = (s: string) => tokenize(s).tokens.filter(t => t.image !== ';').map(t => t.image.replace(/\s+/g, '')).join(' ').replace(/, \]/g, ' ]');
  const commentsOk = tokenize(text).comments.every(c => once.includes(c.text.trimEnd().replace(/\r/g, '')));
  if (twice !== once || !commentsOk || norm(text) !== norm(once)) {
    if (fails++ < 2) { console.log('FAIL', twice !== once, !commentsOk, norm(text) !== norm(once)); console.log(JSON.stringify(text)); console.log('=== once\n' + once); console.log('=== twice\n' + twice); }
  }
}
console.log('fails', fails, 'formatted', formatted, 'internal', internal);
