import { tokenize } from '../server/language/syntax/lexer';
const inputs: Record<string, string> = {
  dots: 'host a { x = a' + '.a'.repeat(100000) + ' }',
  keywords: 'host '.repeat(100000),
  lines: 'x\n'.repeat(100000),
  idents: 'abc '.repeat(100000),
  semis: ';'.repeat(200000),
};
for (const [name, text] of Object.entries(inputs)) {
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = tokenize(text);
    const t1 = performance.now();
    if (i==2) console.log(name.padEnd(12), 'lex', (t1 - t0).toFixed(1), 'ms', r.tokens.length);
  }
}
