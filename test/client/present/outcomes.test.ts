// Each written expectation matched to a run's checks, spelled for the Test Explorer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outcomesOf } from '../../../client/present/outcomes';
import type { ExpectResult, Results } from '../../../simulator/results';
import { fixture } from '../webview/load-fixture';

const sweep = fixture<Results>('results-sweep.json');
const minimal = fixture<Results>('results-minimal.json');

/** A one-point run whose only content is these checks. */
function runWith(expects: ExpectResult[]): Results {
  return { ...minimal, points: [{ ...minimal.points[0], expects }] };
}

test('a met expectation passes, saying what was measured and asked for, in the metric’s unit', () => {
  const run = runWith([{ metric: 'rpc.latency.p99', op: '<', value: 50e-6, actual: 31e-6, pass: true }]);
  const outcome = outcomesOf([{ key: 'rpc.latency.p99 <', metric: 'rpc.latency.p99', op: '<' }], run).get('rpc.latency.p99 <');
  assert.deepEqual(outcome, {
    pass: true,
    expected: '< 50 µs',
    actual: '31 µs',
    message: 'rpc.latency.p99 met: measured 31 µs, expected < 50 µs',
  });
});

test('over a sweep the worst point decides, and a failure names that point', () => {
  const outcomes = outcomesOf(
    [
      { key: 'rpc.latency.p99 <', metric: 'rpc.latency.p99', op: '<' },
      { key: 'bulk.throughput >', metric: 'bulk.throughput', op: '>' },
    ],
    sweep,
  );
  const latency = outcomes.get('rpc.latency.p99 <')!;
  assert.equal(latency.pass, false);
  assert.equal(latency.actual, '63.1 µs');
  assert.match(latency.message, /^rpc\.latency\.p99 failed: measured 63\.1 µs, expected < 50 µs at bulk\.rate=40 Gbps · overlay\.priority=none$/);
  assert.equal(outcomes.get('bulk.throughput >')!.pass, true);
});

test('repeated checks of one metric match in the order written', () => {
  const run = runWith([
    { metric: 'rpc.latency.p99', op: '<', value: 50e-6, actual: 60e-6, pass: false },
    { metric: 'rpc.latency.p99', op: '<', value: 80e-6, actual: 60e-6, pass: true },
  ]);
  const outcomes = outcomesOf(
    [
      { key: 'rpc.latency.p99 <', metric: 'rpc.latency.p99', op: '<' },
      { key: 'rpc.latency.p99 <#2', metric: 'rpc.latency.p99', op: '<' },
    ],
    run,
  );
  assert.equal(outcomes.get('rpc.latency.p99 <')!.pass, false);
  assert.equal(outcomes.get('rpc.latency.p99 <#2')!.pass, true);
});

test('an unmeasured metric reads “not measured”; an expectation the run did not check has no outcome', () => {
  const outcomes = outcomesOf(
    [
      { key: 'rpc.latency.p99 <', metric: 'rpc.latency.p99', op: '<' },
      { key: 'rpc.loss <=', metric: 'rpc.loss', op: '<=' },
    ],
    minimal,
  );
  assert.equal(outcomes.get('rpc.latency.p99 <')!.actual, 'not measured');
  assert.equal(outcomes.get('rpc.latency.p99 <')!.pass, false);
  assert.equal(outcomes.has('rpc.loss <='), false);
});

test('fractions read as percent, bandwidths with their unit', () => {
  const run = runWith([
    { metric: 'rpc.loss', op: '<=', value: 0.01, actual: 0.002, pass: true },
    { metric: 'bulk.throughput', op: '>', value: 3.5e9, actual: 3.9888e9, pass: true },
  ]);
  const outcomes = outcomesOf(
    [
      { key: 'rpc.loss <=', metric: 'rpc.loss', op: '<=' },
      { key: 'bulk.throughput >', metric: 'bulk.throughput', op: '>' },
    ],
    run,
  );
  assert.deepEqual([outcomes.get('rpc.loss <=')!.expected, outcomes.get('rpc.loss <=')!.actual], ['<= 1%', '0.2%']);
  assert.deepEqual([outcomes.get('bulk.throughput >')!.expected, outcomes.get('bulk.throughput >')!.actual], ['> 3.5 Gbps', '3.989 Gbps']);
});
