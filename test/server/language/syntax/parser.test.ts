// Fixture-driven parser tests: every `.hnet` under fixtures/parse (each
// construct of the language, no errors) and fixtures/recovery (broken files:
// every error with its position, and everything else still in the tree) is
// compared with the outline beside it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../../../../server/language/syntax/parse';
import { FIXTURES, expectFile, hnetFiles, read } from './fixtures';
import { outline } from './outline';

for (const [name, path] of hnetFiles(join(FIXTURES, 'parse'))) {
  test(`parses ${name} without errors`, () => {
    const text = read(path);
    const file = parse(text);
    assert.deepEqual(file.errors, []);
    expectFile(outline(file, text), path.replace(/\.hnet$/, '.outline'));
  });
}

for (const [name, path] of hnetFiles(join(FIXTURES, 'recovery'))) {
  test(`recovers from the errors in ${name}`, () => {
    const text = read(path);
    const file = parse(text);
    assert.ok(file.errors.length > 0);
    expectFile(outline(file, text), path.replace(/\.hnet$/, '.outline'));
  });
}

test('the DESIGN §2 example parses with zero errors', () => {
  const path = join(FIXTURES, 'design-example.hnet');
  const text = read(path);
  const file = parse(text);
  assert.deepEqual(file.errors, []);
  expectFile(outline(file, text), join(FIXTURES, 'design-example.outline'));
});

test('the tree keeps every comment, in source order', () => {
  const text = '// one\nhost a { # two\n  /* three */ role = sut }\n';
  const file = parse(text);
  assert.deepEqual(
    file.comments.map((comment) => [comment.style, comment.text]),
    [
      ['line', '// one'],
      ['line', '# two'],
      ['block', '/* three */'],
    ],
  );
});

test('a keyword followed by `=` is a property, otherwise a block', () => {
  const file = parse('scenario s { traffic = [rpc]  on = 1ms }\nchain c on h { nic = eth0  stage gro }\nhost h { nic eth0 { } }');
  assert.deepEqual(file.errors, []);
  const [scenario, chain, host] = file.blocks;
  assert.deepEqual(
    scenario.items.map((item) => item.type),
    ['Property', 'Property'],
  );
  assert.deepEqual(
    chain.items.map((item) => item.type),
    ['Property', 'Block'],
  );
  assert.equal(host.items[0].type, 'Block');
});

test('a stage takes a name only when the next word is on its line and is not a key', () => {
  const file = parse('chain c on h {\n  stage app web\n  stage app\n  web = 1\n  stage gro cost = 2\n}');
  const chain = file.blocks[0];
  const summary = chain.items.map((item) =>
    item.type === 'Block' ? `stage ${item.stageKind?.text} ${item.name?.text ?? '-'}` : item.type,
  );
  assert.deepEqual(summary, ['stage app web', 'stage app -', 'Property', 'stage gro -', 'Property']);
  assert.deepEqual(file.errors, []);
});

test('strings resolve escapes and report unknown ones', () => {
  const file = parse('traffic t { file = "a\\"b\\\\c\\n"  other = "x\\qy" }');
  const [good, bad] = file.blocks[0].items;
  assert.equal(good.type === 'Property' && good.value?.type === 'String' && good.value.value, 'a"b\\c\n');
  assert.equal(bad.type === 'Property' && bad.value?.type === 'String' && bad.value.value, 'xqy');
  assert.equal(file.errors.length, 1);
  assert.match(file.errors[0].message, /unknown escape `\\q`/);
});

test('numbers keep their written form and value', () => {
  const file = parse('host h { a = 42  b = 3.5  c = 1e6  d = 2.5E-3  e = 3.0GHz }');
  const values = file.blocks[0].items.map((item) =>
    item.type === 'Property' && item.value?.type === 'Number' ? [item.value.raw, item.value.value, item.value.unit?.text] : [],
  );
  assert.deepEqual(values, [
    ['42', 42, undefined],
    ['3.5', 3.5, undefined],
    ['1e6', 1e6, undefined],
    ['2.5E-3', 2.5e-3, undefined],
    ['3.0', 3, 'GHz'],
  ]);
});

test('parsing the same text twice gives the same tree (the parser instance is reused)', () => {
  const text = read(join(FIXTURES, 'design-example.hnet'));
  parse('host broken {');
  assert.deepEqual(parse(text), parse(text));
});
