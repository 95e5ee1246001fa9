import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { toSI } from '../../server/language/catalog/units';
import { pathText, properties } from '../../server/language/syntax/ast';
import { parse } from '../../server/language/syntax/parse';
import { loadTokenizer } from './tokenize';

const folder = new URL('../../examples/', import.meta.url);
const examples = readdirSync(folder)
  .filter((name) => name.endsWith('.hnet'))
  .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));

test('the examples parse without a syntax error', () => {
  assert.ok(examples.length >= 3);
  for (const { name, text } of examples) {
    assert.deepEqual(parse(text).errors, [], name);
  }
});

test('the examples use only what the grammar knows: nothing uncoloured, nothing invalid', async () => {
  const tokenize = await loadTokenizer();
  for (const { name, text } of examples) {
    tokenize(text).forEach((line, index) => {
      for (const token of line) {
        if (token.text.trim() === '') continue;
        const where = `${name}:${index + 1} "${token.text}"`;
        assert.ok(token.scopes.length > 1, `${where} has no scope`);
        assert.ok(!token.scopes.some((scope) => scope.startsWith('invalid.')), `${where} is invalid`);
      }
    });
  }
});

test('every scenario simulates at most 10 ms, so examples run in a moment', () => {
  for (const { name, text } of examples) {
    const scenarios = parse(text).blocks.filter((block) => block.keyword.text === 'scenario');
    assert.ok(scenarios.length > 0, `${name} has no scenario`);
    for (const scenario of scenarios) {
      const duration = properties(scenario).find((property) => pathText(property.key) === 'duration')?.value;
      assert.ok(duration?.type === 'Number' && duration.unit, `${name}: scenario ${scenario.name?.text} needs a duration`);
      const seconds = toSI(duration.value, duration.unit.text);
      assert.ok(seconds !== undefined && seconds <= 0.01, `${name}: scenario ${scenario.name?.text} runs ${seconds} s`);
    }
  }
});
