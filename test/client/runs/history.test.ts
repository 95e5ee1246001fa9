// The run history behind "Open last results", "Compare two runs" and the panel's baseline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRecord, RunHistory } from '../../../client/runs/history';
import type { Results } from '../../../simulator/results';
import { fixture } from '../webview/load-fixture';

const minimal = fixture<Results>('results-minimal.json');
const sweep = fixture<Results>('results-sweep.json');
const named = (scenario: string): Results => ({ ...minimal, scenario });

test('the last batch is the newest command’s runs, in the order they ran', () => {
  const history = new RunHistory();
  const first = history.startBatch();
  history.add(first, 'file:///a.hnet', named('one'));
  const second = history.startBatch();
  history.add(second, 'file:///a.hnet', named('two'));
  history.add(second, 'file:///a.hnet', named('three'));
  assert.deepEqual(history.lastBatch().map((r) => r.results.scenario), ['two', 'three']);
  assert.deepEqual(history.all().map((r) => r.results.scenario), ['three', 'two', 'one']);
});

test('the previous run is the same file’s same scenario, run before', () => {
  const history = new RunHistory();
  const old = history.add(history.startBatch(), 'file:///a.hnet', named('x'));
  history.add(history.startBatch(), 'file:///b.hnet', named('x'));
  history.add(history.startBatch(), 'file:///a.hnet', named('y'));
  const latest = history.add(history.startBatch(), 'file:///a.hnet', named('x'));
  assert.equal(history.previous(latest), old);
  assert.equal(history.previous(old), undefined);
});

test('the history keeps its newest runs only, and comes back from what it saved', () => {
  const history = new RunHistory([], 3);
  for (const name of ['a', 'b', 'c', 'd']) history.add(history.startBatch(), 'file:///f.hnet', named(name));
  assert.deepEqual(history.all().map((r) => r.results.scenario), ['d', 'c', 'b']);
  const restored = new RunHistory(JSON.parse(JSON.stringify(history)), 3);
  assert.deepEqual(restored.all().map((r) => r.results.scenario), ['d', 'c', 'b']);
  const next = restored.add(restored.startBatch(), 'file:///f.hnet', named('e'));
  assert.ok(next.id > history.all()[0].id && next.batch > history.all()[0].batch);
  assert.deepEqual(restored.lastBatch(), [next]);
});

test('saved runs of another schema, or not runs at all, are dropped', () => {
  const good = new RunHistory().add(1, 'file:///f.hnet', named('ok'));
  const restored = new RunHistory([good, { ...good, results: { ...good.results, schema: 'hostnet.results/0' } }, 42, null]);
  assert.deepEqual(restored.all().map((r) => r.results.scenario), ['ok']);
  assert.deepEqual(new RunHistory('nonsense').all(), []);
});

test('a run reads as scenario, file, age, seed and points', () => {
  const record = new RunHistory().add(1, 'file:///work/examples/prism.hnet', sweep, 1_000_000);
  assert.deepEqual(describeRecord(record, 1_000_000 + 125_000), {
    label: 'prism_under_load — prism.hnet',
    description: `2 min ago, seed ${sweep.meta.seed}, 4 points`,
  });
});
