import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENUM_WORDS } from '../../scripts/gen-grammar';
import { parse } from '../../server/language/syntax/parse';
import { CHOICE, PLACEHOLDER, TAB_STOP, expandSnippet, type Snippet } from './snippet-text';
import { loadTokenizer } from './tokenize';

const path = new URL('../../syntaxes/snippets.json', import.meta.url);
const snippets = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Snippet>;
const entries = Object.entries(snippets);
const COMPARISONS = ['<', '<=', '>', '>=', '==', '!='];

test('every snippet has a prefix, a description and a body of lines', () => {
  assert.ok(entries.length > 0);
  for (const [name, snippet] of entries) {
    assert.equal(typeof snippet.prefix, 'string', name);
    assert.equal(typeof snippet.description, 'string', name);
    assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
    assert.ok(snippet.body.every((line) => typeof line === 'string'), name);
  }
});

test('snippet prefixes are unique', () => {
  const prefixes = entries.map(([, snippet]) => snippet.prefix);
  const repeated = prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index);
  assert.deepEqual(repeated, []);
});

test('there is a snippet for every block kind and for import', () => {
  const first = new Set(entries.map(([, snippet]) => snippet.body[0].split(/\s/)[0]));
  for (const kind of ['host', 'cpu', 'nic', 'container', 'link', 'chain', 'stage', 'traffic', 'scenario', 'sweep', 'expect', 'import']) {
    assert.ok(first.has(kind), `no snippet starts with ${kind}`);
  }
});

test('every field is well formed: numbered tab stops, braces closed, choices not empty', () => {
  for (const [name, snippet] of entries) {
    const text = snippet.body.join('\n');
    const leftover = text.replace(CHOICE, '').replace(PLACEHOLDER, '').replace(TAB_STOP, '');
    assert.ok(!leftover.includes('$'), `${name}: a field is malformed in ${JSON.stringify(leftover)}`);
    for (const [, choices] of text.matchAll(CHOICE)) {
      assert.ok(choices.split(',').every((choice) => choice.length > 0), `${name}: empty choice`);
    }
  }
});

test('choices offer enum values or comparison operators, except the stage kinds', () => {
  for (const [name, snippet] of entries) {
    if (snippet.prefix === 'stage') continue; // stage kinds: checked in catalog-agreement.test.ts
    for (const [, choices] of snippet.body.join('\n').matchAll(CHOICE)) {
      for (const choice of choices.split(',')) {
        assert.ok(ENUM_WORDS.includes(choice) || COMPARISONS.includes(choice), `${name}: unknown choice ${choice}`);
      }
    }
  }
});

test('every snippet, expanded with its defaults, colours without an invalid character', async () => {
  const tokenize = await loadTokenizer();
  for (const [name, snippet] of entries) {
    for (const line of tokenize(expandSnippet(snippet.body))) {
      for (const token of line) {
        assert.ok(!token.scopes.some((scope) => scope.startsWith('invalid.')), `${name}: "${token.text}" is invalid`);
      }
    }
  }
});

test('every snippet, expanded with its defaults, parses without a syntax error', () => {
  for (const [name, snippet] of entries) {
    assert.deepEqual(parse(expandSnippet(snippet.body)).errors, [], name);
  }
});
