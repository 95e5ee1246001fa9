// Spans: every node's span is exactly its source text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathText, type Block, type Item, type Value } from '../../../../server/language/syntax/ast';
import { parse } from '../../../../server/language/syntax/parse';
import { FIXTURES, read } from './fixtures';

const design = read(join(FIXTURES, 'design-example.hnet'));

function slice(text: string, node: { span: { start: number; end: number } }): string {
  return text.slice(node.span.start, node.span.end);
}

function allItems(blocks: Block[]): Item[] {
  return blocks.flatMap((block) => [...block.items, ...allItems(block.items.filter((item): item is Block => item.type === 'Block'))]);
}

test('the span of every property value is exactly its text', () => {
  const file = parse(design);
  const found = new Map<string, string>();
  for (const item of allItems(file.blocks)) {
    if (item.type !== 'Property' || !item.value) continue;
    found.set(pathText(item.key), slice(design, item.value));
  }
  assert.equal(found.get('freq'), '3.0GHz');
  assert.equal(found.get('offloads'), '[gro, tso, checksum]');
  assert.equal(found.get('to'), 'sut.web');
  assert.equal(found.get('bulk.rate'), '[10Gbps, 40Gbps, 80Gbps]');
  assert.equal(found.get('role'), 'loadgen');
});

test('every key, value, name and property span matches the source', () => {
  const file = parse(design);
  for (const item of allItems(file.blocks)) {
    if (item.type === 'Property') {
      assert.equal(slice(design, item.key), pathText(item.key));
      assert.ok(item.value);
      assert.equal(slice(design, item), `${slice(design, item.key)} = ${slice(design, item.value)}`);
      checkValue(design, item.value);
    } else if (item.type === 'Expectation') {
      assert.equal(slice(design, item.metric), pathText(item.metric));
      assert.equal(slice(design, item.op), item.op.text);
      assert.ok(item.value);
      assert.equal(slice(design, item), `${pathText(item.metric)} ${item.op.text} ${slice(design, item.value)}`);
    } else {
      assert.equal(slice(design, item.keyword), item.keyword.text);
      if (item.name) assert.equal(slice(design, item.name), item.name.text);
      if (item.stageKind) assert.equal(slice(design, item.stageKind), item.stageKind.text);
    }
  }
});

function checkValue(text: string, value: Value): void {
  const written = slice(text, value);
  switch (value.type) {
    case 'Number':
      assert.equal(written, value.raw + (value.unit?.text ?? ''));
      if (value.unit) assert.equal(slice(text, value.unit), value.unit.text);
      break;
    case 'String':
      assert.equal(written, JSON.stringify(value.value));
      break;
    case 'Path':
      assert.equal(written, pathText(value));
      for (const segment of value.segments) assert.equal(slice(text, segment.name), segment.name.text);
      break;
    case 'List':
      assert.ok(written.startsWith('[') && written.endsWith(']'));
      for (const item of value.items) checkValue(text, item);
      break;
  }
}

test('blocks span from their keyword to their closing brace, or to the end of the header', () => {
  const text = 'host sut {\n  cpu { cores = 8 }\n}\nchain c on sut { stage gro  stage app web }';
  const [host, chain] = parse(text).blocks;
  assert.equal(slice(text, host), 'host sut {\n  cpu { cores = 8 }\n}');
  assert.equal(slice(text, host.items[0]), 'cpu { cores = 8 }');
  assert.equal(slice(text, { span: host.body!.open }), '{');
  assert.equal(slice(text, { span: host.body!.close! }), '}');
  assert.equal(slice(text, chain.on!), 'sut');
  assert.deepEqual(
    chain.items.map((item) => slice(text, item)),
    ['stage gro', 'stage app web'],
  );
});

test('a quantity written with a space spans both parts; its unit span is the unit alone', () => {
  const text = 'nic n { coalesce = 8 us  per_byte = 0.1ns/B }';
  const [coalesce, perByte] = parse(text).blocks[0].items;
  assert.ok(coalesce.type === 'Property' && coalesce.value?.type === 'Number');
  assert.equal(slice(text, coalesce.value), '8 us');
  assert.equal(slice(text, coalesce.value.unit!), 'us');
  assert.equal(coalesce.value.raw, '8');
  assert.ok(perByte.type === 'Property' && perByte.value?.type === 'Number');
  assert.equal(slice(text, perByte.value.unit!), 'ns/B');
});

test('link endpoints, path indices and imports have exact spans', () => {
  const text = 'import "common.hnet"\nlink gen.eth0 <-> sut.eth1\nscenario s { expect { sut.core[12].util < 80% } }';
  const file = parse(text);
  assert.equal(slice(text, file.imports[0]), 'import "common.hnet"');
  assert.equal(slice(text, file.imports[0].path), '"common.hnet"');
  const [first, second] = file.blocks[0].endpoints!;
  assert.equal(slice(text, first), 'gen.eth0');
  assert.equal(slice(text, second), 'sut.eth1');
  const expect = file.blocks[1].items[0] as Block;
  const expectation = expect.items[0];
  assert.ok(expectation.type === 'Expectation');
  assert.equal(slice(text, expectation.metric), 'sut.core[12].util');
  assert.equal(slice(text, expectation.metric.segments[1].index!), '12');
});

test('UTF-16 offsets: text before a span may hold characters outside ASCII', () => {
  const text = '// café ☕ 𝄞\nnic n { coalesce = 8µs }';
  const item = parse(text).blocks[0].items[0];
  assert.ok(item.type === 'Property' && item.value);
  assert.equal(slice(text, item.value), '8µs');
});
