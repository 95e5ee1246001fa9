// Until scripts/gen-grammar.ts and the snippets read their word lists from the
// catalog, these tests catch the two drifting apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENUM_WORDS, STAGE_KINDS } from '../../server/language/catalog';
import { BLOCK_KEYWORDS } from '../../server/language/catalog/types';
import { ALL_BLOCK_KINDS, ENUM_WORDS as GRAMMAR_ENUM_WORDS } from '../../scripts/gen-grammar';

const sorted = (words: readonly string[]) => [...words].sort();
const fix = 'update the lists in scripts/gen-grammar.ts (or read them from the catalog) and regenerate';

test("the grammar's enum words are the catalog's", () => {
  assert.deepEqual(sorted(GRAMMAR_ENUM_WORDS), sorted(ENUM_WORDS), fix);
});

test("the grammar's block keywords are the catalog's", () => {
  assert.deepEqual(sorted(ALL_BLOCK_KINDS), sorted(BLOCK_KEYWORDS), fix);
});

test("the stage snippet offers exactly the catalog's stage kinds", () => {
  const snippets = JSON.parse(readFileSync(new URL('../../syntaxes/snippets.json', import.meta.url), 'utf8'));
  const body: string = snippets.stage.body.join('\n');
  const choices = /^stage \$\{1\|([^|]*)\|\}/.exec(body)?.[1].split(',') ?? [];
  assert.deepEqual(sorted(choices), sorted(STAGE_KINDS.map((spec) => spec.kind)), 'update the stage snippet in syntaxes/snippets.json');
});
