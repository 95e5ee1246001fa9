// Interned words and the scanner's token stream: what the parser reads must
// be exactly the source text, however many words and tokens there are.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../../server/language/syntax/lexer';
import { parse } from '../../../../server/language/syntax/parse';
import { WORD_HASH_SEED, WordTable, hashStep } from '../../../../server/language/syntax/words';

function hashOf(text: string, start: number, end: number): number {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

test('a word table returns each slice as written, past many rehashes', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const text = words.join(' ');
  const table = new WordTable(4);
  for (let round = 0; round < 2; round++) {
    let start = 0;
    for (const word of words) {
      const end = start + word.length;
      assert.equal(table.intern(text, start, end, hashOf(text, start, end)), word);
      start = end + 1;
    }
  }
});

test('catalog words and document words come out of the parser as written', () => {
  const text = 'host sut { role = sut  cpu { cores = 8 } }\nchain c on sut { stage gro  stage app mine { cost = 2us } }\n';
  const file = parse(text);
  assert.deepEqual(file.errors, []);
  const [host, chain] = file.blocks;
  assert.equal(host.name?.text, 'sut');
  assert.equal(chain.on?.segments[0].name.text, 'sut');
  const stages = chain.items.filter((item) => item.type === 'Block');
  assert.deepEqual(
    stages.map((stage) => (stage.type === 'Block' ? [stage.stageKind?.text, stage.name?.text] : [])),
    [['gro', undefined], ['app', 'mine']],
  );
});

test('the token stream grows past its first guess: one token per character', () => {
  const text = '{}'.repeat(2000);
  const { tokens } = tokenize(text);
  assert.equal(tokens.length, 4000);
  assert.deepEqual(
    tokens.slice(-2).map((token) => [token.tokenType.name, token.startOffset, token.endOffset]),
    [
      ['LCurly', 3998, 3998],
      ['RCurly', 3999, 3999],
    ],
  );
});
