// The snippets are static JSON: this test catches them drifting from the catalog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STAGE_KINDS } from '../../server/language/catalog';

const sorted = (words: readonly string[]) => [...words].sort();

test("the stage snippet offers exactly the catalog's stage kinds", () => {
  const snippets = JSON.parse(readFileSync(new URL('../../syntaxes/snippets.json', import.meta.url), 'utf8'));
  const body: string = snippets.stage.body.join('\n');
  const choices = /^stage \$\{1\|([^|]*)\|\}/.exec(body)?.[1].split(',') ?? [];
  assert.deepEqual(sorted(choices), sorted(STAGE_KINDS.map((spec) => spec.kind)), 'update the stage snippet in syntaxes/snippets.json');
});
