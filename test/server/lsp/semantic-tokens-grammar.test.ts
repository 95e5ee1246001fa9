// Semantic tokens and the TextMate grammar must colour the same text the
// same way (syntaxes/README.md), or a file changes colour when the server's
// tokens arrive. Every semantic token of the examples is compared with the
// grammar's scopes for the same characters. The one refinement allowed: a
// word the grammar takes for an enum value (`sut` in `to = sut`) that the
// linker resolves as a name — the grammar cannot know it, the server does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { classify } from '../../../server/lsp/semantic-tokens';
import { loadTokenizer, type Token } from '../../syntaxes/tokenize';
import { fixture } from './helpers';

/** The semantic token type each grammar scope stands for (the README's table). */
const TYPE_OF_SCOPE: [RegExp, string][] = [
  [/^keyword\.(control\.import|other\.block|other\.on)\.hnet$/, 'keyword'],
  [/^entity\.name\.type\.hnet$/, 'type'],
  [/^entity\.name\.function\.hnet$/, 'function'],
  [/^support\.type\.stage\.hnet$/, 'type'],
  [/^variable\.other\.property\.hnet$/, 'property'],
  [/^variable\.other\.reference\.hnet$/, 'variable'],
  [/^constant\.language\.hnet$/, 'enumMember'],
  [/^(constant\.numeric|keyword\.other\.unit)\.hnet$/, 'number'],
  [/^string\.quoted\.double\.hnet$/, 'string'],
  [/^comment\./, 'comment'],
  [/^keyword\.operator\./, 'operator'],
];

function grammarType(token: Token): string | undefined {
  for (const scope of [...token.scopes].reverse()) {
    for (const [pattern, type] of TYPE_OF_SCOPE) if (pattern.test(scope)) return type;
  }
  return undefined;
}

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'examples');
const extra = `host gen { role = loadgen  nic eth0 { speed = 100Gbps } }
chain c on gen { stage custom filter { cost = 2 us  per_byte = 0.1ns/B }  stage gro }
traffic t { from = gen  to = gen  size = imix  rate = 1e6pps }
scenario s { traffic = [t]  sweep { t.rate = [1Mpps, 2Mpps] }  expect { gen.core[3].util <= 80%  t.loss == 0% } }
/* block
   comment */ # hash comment
`;

it('semantic tokens agree with the TextMate grammar on the examples', async () => {
  const tokenize = await loadTokenizer();
  const texts = [...readdirSync(examplesDir).filter((n) => n.endsWith('.hnet')).map((n) => readFileSync(join(examplesDir, n), 'utf8')), extra];
  const disagreements: string[] = [];
  let compared = 0;
  for (const text of texts) {
    const f = fixture(text);
    const parsed = f.session.parsed(f.uri)!;
    const references = new Set(f.session.analysis(f.uri)!.references.map((r) => r.span.start));
    const lines = tokenize(text);
    for (const token of classify(parsed)) {
      const { line, character } = parsed.lines.position(token.start);
      const end = character + (token.end - token.start);
      let offset = 0;
      for (const piece of lines[line] ?? []) {
        const pieceEnd = offset + piece.text.length;
        if (pieceEnd > character && offset < end && piece.text.trim() !== '') {
          const expected = grammarType(piece);
          if (expected !== undefined) {
            compared++;
            const refined = expected === 'enumMember' && token.type === 'variable' && references.has(token.start);
            if (expected !== token.type && !refined) {
              disagreements.push(`line ${line + 1}: \`${piece.text}\` is ${expected} in the grammar, ${token.type} in semantic tokens`);
            }
          }
        }
        offset = pieceEnd;
      }
    }
  }
  assert.ok(compared > 500, `only ${compared} tokens compared`);
  assert.deepEqual(disagreements, []);
});
