import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTrace, parseTrace } from '../../../server/language/trace';

test('trace records: header, comments, units, optional flow, sorted by time', () => {
  const { records, problems } = parseTrace('time,size,flow\n# warm-up\n2us,1518B,1\n0,64\n\n1e-6, 64 ,2  # burst\n');
  assert.deepEqual(problems, []);
  assert.deepEqual(records, [
    { time: 0, bytes: 64, flow: 0 },
    { time: 1e-6, bytes: 64, flow: 2 },
    { time: 2e-6, bytes: 1518, flow: 1 },
  ]);
});

test('malformed lines are reported with their line number', () => {
  const { records, problems } = parseTrace('0,64\n1us,64,1.5\n2us\n3us,64MHz\n');
  assert.equal(records.length, 1);
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
});

test('loadTrace reads relative to the document and says what is wrong', () => {
  const files = { read: (uri: string) => (uri === 'file:///p/traces/t.csv' ? '0,64\nx,y\n' : undefined) };
  assert.match(loadTrace('file:///p/main.hnet', 'traces/t.csv', files).problem!, /traces\/t.csv line 2: expected/);
  assert.match(loadTrace('file:///p/main.hnet', 'missing.csv', files).problem!, /cannot read the trace file `missing.csv` \(looked for \/p\/missing.csv\)/);
  const empty = { read: () => '# nothing\n' };
  assert.match(loadTrace('file:///p/main.hnet', 'e.csv', empty).problem!, /has no records/);
});
