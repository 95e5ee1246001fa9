import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENUM_WORDS, GRAMMAR_PATH, grammarText } from '../../scripts/gen-grammar';
import { UNITS } from '../../server/language/catalog/units';
import { loadTokenizer, type Token } from './tokenize';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tokenizer = loadTokenizer();

test('the grammar file is what scripts/gen-grammar.ts generates', () => {
  assert.ok(
    readFileSync(GRAMMAR_PATH, 'utf8') === grammarText(),
    'syntaxes/hnet.tmLanguage.json is stale: run `npx tsx scripts/gen-grammar.ts`',
  );
});

test('every assertion in test/syntaxes/*.test.hnet holds (vscode-tmgrammar-test)', () => {
  const run = spawnSync(
    'npx',
    ['vscode-tmgrammar-test', '--compact', '-g', 'syntaxes/hnet.tmLanguage.json', 'test/syntaxes/*.test.hnet'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, `vscode-tmgrammar-test failed:\n${run.stdout}${run.stderr}`);
});

test('every scope the grammar gives is documented in syntaxes/README.md', () => {
  const readme = readFileSync(`${root}/syntaxes/README.md`, 'utf8');
  const scopes = new Set<string>();
  JSON.stringify(JSON.parse(grammarText()), (key, value) => {
    if (key === 'name' && typeof value === 'string' && value.endsWith('.hnet')) scopes.add(value);
    return value;
  });
  const missing = [...scopes].filter((scope) => !readme.includes(`\`${scope}\``));
  assert.deepEqual(missing, [], 'add these scopes to the table in syntaxes/README.md');
});

/** The token of `line` that covers the text `part` (its first occurrence). */
function tokenAt(line: Token[], part: string): Token {
  const text = line.map((token) => token.text).join('');
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" not in "${text}"`);
  let offset = 0;
  for (const token of line) {
    if (offset <= start && start < offset + token.text.length) return token;
    offset += token.text.length;
  }
  throw new Error('unreachable');
}

test('every unit of the unit table is coloured as a unit, with or without a space', async () => {
  const tokenize = await tokenizer;
  for (const unit of UNITS.keys()) {
    for (const text of [`x = 12${unit}`, `x = 12 ${unit}`]) {
      const [line] = tokenize(text);
      assert.deepEqual(tokenAt(line, '12').scopes, ['source.hnet', 'constant.numeric.hnet'], text);
      const unitToken = tokenAt(line, unit);
      assert.equal(unitToken.text, unit, `${text}: the unit is one token`);
      assert.deepEqual(unitToken.scopes, ['source.hnet', 'keyword.other.unit.hnet'], text);
    }
  }
});

test('every enum word is coloured as a constant when it stands as a value', async () => {
  const tokenize = await tokenizer;
  for (const word of ENUM_WORDS) {
    const [line] = tokenize(`x = ${word}`);
    assert.deepEqual(tokenAt(line, word).scopes, ['source.hnet', 'constant.language.hnet'], word);
  }
});
