import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCKS } from '../../../../server/language/catalog';
import { parse } from '../../../../server/language/syntax/parse';
import type { Property } from '../../../../server/language/syntax/ast';
import { evaluate } from '../../../../server/language/validate';
import { analyzeText } from '../helpers';

function only(text: string) {
  const analysis = analyzeText(text);
  assert.equal(analysis.diagnostics.length, 1, analysis.diagnostics.map((d) => d.message).join('\n'));
  return analysis.diagnostics[0];
}

test('messages say what is wrong and what is expected, with data for quick fixes', () => {
  const range = only('host sut { cpu { cores = 0 } }');
  assert.equal(range.message, '`cores` must be between 1 and 1024, got 0');
  assert.deepEqual(range.data?.range, { min: 1, max: 1024 });

  const unit = only('host sut { nic eth0 { speed = 3GHz } }');
  assert.equal(unit.message, '`speed` expects a bandwidth (e.g. 100Gbps), got a frequency (3GHz)');
  assert.deepEqual(unit.data?.expectedUnits, ['bandwidth']);

  const unknown = only('host sut { nic eth0 { sped = 100Gbps } }');
  assert.equal(unknown.message, 'unknown property `sped` in `nic` (did you mean `speed`?)');
  assert.deepEqual(unknown.data?.suggestions, ['speed']);

  const enumValue = only('host sut { role = loadgn }');
  assert.equal(enumValue.message, 'unknown role `loadgn`: `role` expects one of sut or loadgen (did you mean `loadgen`?)');
  assert.deepEqual(enumValue.data?.suggestions, ['loadgen']);

  const missingUnit = only('link a.eth0 <-> b.eth0 { latency = 2 } host a { nic eth0 { } } host b { nic eth0 { } }');
  assert.equal(missingUnit.message, '`latency` needs a unit: a time such as 10us, got 2');

  const percent = only('link a.eth0 <-> b.eth0 { loss = 150% } host a { nic eth0 { } } host b { nic eth0 { } }');
  assert.equal(percent.message, '`loss` must be between 0% and 100%, got 150%');
});

test('a bare 0 needs no unit, and costs accept either of their unit kinds', () => {
  const analysis = analyzeText(`host sut { cpu { wakeup = 1us  hardirq = 2000cycles  miss_cost = 0.05ns/B } nic eth0 { coalesce = 0 } }
chain c on sut { stage app { cost = 500cycles  per_byte = 0.1cycles/B } }`);
  assert.deepEqual(analysis.diagnostics, []);
});

test('every property\'s example value passes its own check', () => {
  for (const block of BLOCKS) {
    for (const property of block.properties) {
      const file = parse(`host h { x = ${property.example} }`);
      const value = (file.blocks[0].items[0] as Property).value!;
      const { problems } = evaluate(value, property.type, property.name, property.range);
      assert.deepEqual(problems, [], `${block.keyword}.${property.name} = ${property.example}`);
    }
  }
});

test('one bad line does not hide the rest of the file', () => {
  const analysis = analyzeText('host sut {\n  cpu { cores = }\n  nic eth0 { speed = 3GHz }\n}\nhost sut { }\n');
  assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['HN001', 'HN005', 'HN012']);
});
