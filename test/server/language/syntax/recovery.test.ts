// Error recovery: one bad line never hides the rest. Each test names the
// error it expects, where, and what the tree still holds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, HnetFile } from '../../../../server/language/syntax/ast';
import { pathText, properties } from '../../../../server/language/syntax/ast';
import { parse } from '../../../../server/language/syntax/parse';
import { LineIndex } from '../../../../server/language/syntax/text';

/** Errors as `line: message` (1-based lines). */
function errorLines(file: HnetFile, text: string): string[] {
  const index = new LineIndex(text);
  return file.errors.map((error) => `${index.position(error.span.start).line + 1}: ${error.message}`);
}

function keys(block: Block): string[] {
  return properties(block).map((property) => pathText(property.key));
}

test('several bad lines give one error each and keep every other property', () => {
  const text = [
    'host sut {', // 1
    '  role = sut', // 2
    '  rate =', // 3  missing value
    '  queues = 4', // 4
    '  ring 1024', // 5  missing `=`
    '  mtu = 1500B', // 6
    '  speed = 100Gbz', // 7  unknown unit
    '  coalesce = 8us', // 8
    '  $$ = 3', // 9  bad characters
    '  ddio = on', // 10
    '}', // 11
    'traffic rpc { rate = 5Gbps }', // 12
  ].join('\n');
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), [
    '3: expected a value after `=`',
    '5: expected `=` after `ring`',
    '7: unknown unit `Gbz`',
    '9: unexpected characters `$$`',
  ]);
  const [host, traffic] = file.blocks;
  assert.deepEqual(keys(host), ['role', 'rate', 'queues', 'mtu', 'speed', 'coalesce', 'ddio']);
  assert.deepEqual(keys(traffic), ['rate']);
});

test('a missing value is reported at its `=` and the property stays in the tree without a value', () => {
  const text = 'traffic t {\n  rate =\n  size = 64B\n}';
  const file = parse(text);
  assert.equal(file.errors.length, 1);
  assert.equal(file.errors[0].message, 'expected a value after `=`');
  assert.deepEqual(file.errors[0].span, { start: text.indexOf('='), end: text.indexOf('=') + 1 });
  const [rate, size] = properties(file.blocks[0]);
  assert.equal(rate.value, undefined);
  assert.equal(size.value?.type, 'Number');
});

test('an unclosed block is reported at the end of the file, naming the block and its line', () => {
  const text = '// hosts\n\nhost sut {\n  cpu { cores = 8 }\n  role = sut\n';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['5: `}` expected to close `host sut` opened at line 3']);
  assert.equal(file.errors[0].span.start, text.indexOf('sut\n', text.indexOf('role')) + 3);
  assert.deepEqual(keys(file.blocks[0]), ['role']);
  assert.equal(file.blocks[0].body?.close, undefined);
});

test('a stray token is reported and skipped', () => {
  const text = 'host a {\n  role = sut 42\n  cpu { cores = 2 }\n}\n]\nhost b { }';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), [
    '2: expected a property or a block, found `42`',
    '5: expected `import` or a block, found `]`',
  ]);
  assert.deepEqual(
    file.blocks.map((block) => block.name?.text),
    ['a', 'b'],
  );
});

test('an unterminated string ends at its line; the next lines still parse', () => {
  const text = 'traffic t {\n  file = "trace.pcap\n  size = 64B\n}';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['2: unterminated string: `"` expected before the end of the line']);
  const [file_, size] = properties(file.blocks[0]);
  assert.equal(file_.value?.type === 'String' && file_.value.value, 'trace.pcap');
  assert.equal(size.value?.type, 'Number');
});

test('an unterminated block comment is reported at its opening and kept as a comment', () => {
  const text = 'host a { }\n/* to do\nhost b { }';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['2: unterminated block comment: `*/` expected']);
  assert.deepEqual(file.errors[0].span, { start: 11, end: 13 });
  assert.equal(file.blocks.length, 1);
  assert.equal(file.comments[0].text, '/* to do\nhost b { }');
});

test('a misspelt block is reported once and skipped whole, with its body', () => {
  const text = 'hots sut {\n  cpu { cores = 8 }\n  role = sut\n}\nhost gen { }';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['1: unknown block kind `hots`']);
  assert.deepEqual(
    file.blocks.map((block) => block.name?.text),
    ['gen'],
  );
});

test('inside `expect`, a metric without a comparison is reported and the next expectation parsed', () => {
  const text = 'scenario s {\n  expect {\n    rpc.latency.p99 50us\n    rpc.pps > 1Mpps\n  }\n}';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), [
    '3: expected a comparison (`<`, `<=`, `>`, `>=`, `==` or `!=`) after `rpc.latency.p99`',
  ]);
  const expect = file.blocks[0].items[0] as Block;
  assert.equal(expect.items.length, 1);
  assert.equal(expect.items[0].type, 'Expectation');
});

test('comparisons outside `expect` are reported', () => {
  const text = 'host a {\n  latency < 5us\n}';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['2: comparisons such as `<` are only allowed inside `expect`']);
});

test('negative numbers are rejected with a clear message', () => {
  const text = 'host a { cpu { cores = -1 } }';
  const file = parse(text);
  assert.deepEqual(
    file.errors.map((error) => [error.message, text.slice(error.span.start, error.span.end)]),
    [['negative numbers are not allowed', '-1']],
  );
});

test('a unit in the wrong case gets a suggestion', () => {
  const file = parse('nic n { speed = 10gbps }');
  assert.equal(file.errors[0].message, 'unknown unit `gbps` (did you mean `Gbps`? units are case-sensitive)');
});

test('an unclosed list stops at the next property', () => {
  const text = 'chain c on h {\n  cores = [0, 1\n  stack = kernel\n}';
  const file = parse(text);
  assert.deepEqual(errorLines(file, text), ['2: `]` expected to close the list opened at line 2']);
  assert.deepEqual(keys(file.blocks[0]), ['cores', 'stack']);
});

test('more than 100 errors are summarised in one last error', () => {
  const text = 'host a {\n' + '  x\n'.repeat(250) + '}';
  const file = parse(text);
  assert.equal(file.errors.length, 101);
  assert.equal(file.errors[100].message, '150 more syntax errors not shown');
});
