import { readFileSync } from 'node:fs';
import { format } from '../server/language/syntax/format';
import { tokenize } from '../server/language/syntax/lexer';
const base = readFileSync('test/server/language/syntax/fixtures/design-example.hnet', 'utf8');
let seed = 1; const r = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
const pieces = ['// c1', '# c2', '/* b1 */', '/* multi\n   line */', '\n', '\n\n', ' ', ';', '\n\n\n'];
let fails = 0;
for (let iter = 0; iter < 3000; iter++) {
  const toks = tokenize(base).tokens;
  // insert random pieces at token boundaries
  const cuts = new Map<number, string>();
  for (let k = 0; k < 8; k++) { const t = toks[Math.floor(r() * toks.length)]; const at = r() < 0.5 ? t.startOffset : t.startOffset + t.image.length; let p = pieces[Math.floor(r() * pieces.length)]; if (p.startsWith('//') || p.startsWith('#')) p = p + '\n'; cuts.set(at, (cuts.get(at) ?? '') + ' ' + p + ' '); }
  let text = ''; let last = 0; for (const at of [...cuts.keys()].sort((a, b) => a - b)) { text += base.slice(last, at) + cuts.get(at); last = at; } text += base.slice(last);
  const once = format(text);
  if (once === undefined) continue;
  const twice = format(once);
  const c1 = tokenize(text).comments.map(c => c.text.trimEnd()).join('|');
  const c2 = tokenize(once).comments.map(c => c.text.trimEnd()).join('|');
  const norm = (s: string) => tokenize(s).tokens.filter(t => t.image !== ';').map(t => t.image.replace(/\s+/g, '')).join(' ').replace(/, \]/g, ' ]');
  if (twice !== once || (c1 !== c2 && !once.includes('//') ) || norm(text) !== norm(once)) {
    if (fails++ < 3) { console.log('FAIL', twice !== once, c1 !== c2, norm(text) !== norm(once)); console.log(text); console.log('=== once\n' + once); console.log('=== twice\n' + twice); }
  }
}
console.log('fails', fails);
