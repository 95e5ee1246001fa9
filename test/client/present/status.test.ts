// The status bar's summary of the latest run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusSummary } from '../../../client/present/status';
import type { Results } from '../../../simulator/results';
import { fixture } from '../webview/load-fixture';

const sweep = fixture<Results>('results-sweep.json');
const minimal = fixture<Results>('results-minimal.json');

test('one run: the first traffic’s p99 and the expectations met', () => {
  const run: Results = { ...minimal, points: [{ ...minimal.points[0], expects: [
    { metric: 'rpc.latency.p99', op: '<', value: 50e-6, actual: 31e-6, pass: true },
    { metric: 'rpc.throughput', op: '>', value: 1e6, actual: 2e6, pass: true },
  ] }] };
  run.points[0].traffic.rpc = { ...run.points[0].traffic.rpc, latency: { ...run.points[0].traffic.rpc.latency, p99: 31e-6 } };
  const summary = statusSummary([run]);
  assert.equal(summary.text, 'hostnet: rpc p99 31 µs · 2/2 ✓');
  assert.equal(summary.failed, false);
});

test('a sweep shows the p99 range over its points and counts every point’s checks', () => {
  const summary = statusSummary([sweep]);
  assert.match(summary.text, /^hostnet: rpc p99 \S+ µs–\S+ µs · 7\/8 ✗$/);
  assert.equal(summary.failed, true);
  assert.match(summary.tooltip, /^prism_under_load \(seed \d+, 4 points, [\d.]+ s\): rpc p99 .*; bulk p99 /);
  assert.match(summary.tooltip, /Click to open the results\.$/);
});

test('several scenarios add up their checks; the headline is the first run with traffic', () => {
  const summary = statusSummary([minimal, sweep]);
  assert.match(summary.text, /^hostnet: rpc p99 .* · 7\/9 ✗$/);
  assert.equal(summary.tooltip.split('\n').length, 3);
});

test('a run without traffic or checks still says it is done', () => {
  const empty: Results = { ...minimal, scenario: 'idle', points: [] };
  assert.equal(statusSummary([empty]).text, 'hostnet: idle done');
});
