import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UNITS } from '../../server/language/catalog/units';

const path = new URL('../../syntaxes/language-configuration.json', import.meta.url);
const config = JSON.parse(readFileSync(path, 'utf8'));

/** The words VS Code sees in `text`: what double-click selects and completion replaces. */
function words(text: string): string[] {
  return [...text.matchAll(new RegExp(config.wordPattern, 'g'))].map((match) => match[0]);
}

test('comments toggle with // and /* */', () => {
  assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
});

test('braces, brackets and quotes close and surround', () => {
  const opens = config.autoClosingPairs.map((pair: { open: string }) => pair.open);
  assert.deepEqual(opens, ['{', '[', '"']);
  assert.deepEqual(config.surroundingPairs, [['{', '}'], ['[', ']'], ['"', '"']]);
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
});

test('a quantity is one word, whatever its unit', () => {
  for (const unit of UNITS.keys()) {
    assert.deepEqual(words(`3.5${unit}`), [`3.5${unit}`], unit);
  }
  assert.deepEqual(words('freq = 3GHz'), ['freq', '3GHz']);
  assert.deepEqual(words('rate = 1e6pps'), ['rate', '1e6pps']);
});

test('a unit written apart is its own word, cycles/B included', () => {
  assert.deepEqual(words('per_byte = 0.5 cycles/B'), ['per_byte', '0.5', 'cycles/B']);
  assert.deepEqual(words('cost = 8 µs'), ['cost', '8', 'µs']);
});

test('each segment of a path is a word, so completion after a dot replaces only the segment', () => {
  assert.deepEqual(words('to = sut.web'), ['to', 'sut', 'web']);
  assert.deepEqual(words('sut.core[3].util'), ['sut', 'core', '3', 'util']);
  assert.deepEqual(words('host-a user_space'), ['host-a', 'user_space']);
});

test('indentation grows after an opening brace or bracket that ends a line', () => {
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  assert.ok(increase.test('host sut {'));
  assert.ok(increase.test('  nic eth0 {   // the only NIC'));
  assert.ok(increase.test('  cores = ['));
  assert.ok(!increase.test('host gen { role = loadgen }'));
  assert.ok(!increase.test('// host sut {'));
  assert.ok(!increase.test('  stage gro'));
});

test('indentation shrinks on a line that starts by closing', () => {
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.ok(decrease.test('}'));
  assert.ok(decrease.test('    ]'));
  assert.ok(!decrease.test('  stage app { cost = 2us }'));
});

test('// region and // endregion fold, with either comment style', () => {
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  assert.ok(start.test('// region machines'));
  assert.ok(start.test('  # region'));
  assert.ok(end.test('// endregion'));
  assert.ok(!start.test('// endregion'));
  assert.ok(!start.test('// regional traffic'));
});
