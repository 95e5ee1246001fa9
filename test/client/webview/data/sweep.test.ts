import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Results } from '../../../../simulator/results';
import { metricValue, sweepPlot } from '../../../../client/webview/data/sweep';
import { fixture } from '../load-fixture';

const sweep = fixture<Results>('results-sweep.json');

test('a numeric parameter on x, one line per value of the other', () => {
  const plot = sweepPlot(sweep.points, 'bulk.rate', ['overlay.priority'], 'rpc', 'p99');
  assert.deepEqual(plot.x, [1e10, 4e10]);
  assert.equal(plot.categories, undefined);
  assert.deepEqual(plot.lines.map((l) => l.label), ['overlay.priority=none', 'overlay.priority=prism']);
  assert.deepEqual(plot.lines[0].y, [sweep.points[0].traffic.rpc.latency.p99, sweep.points[2].traffic.rpc.latency.p99]);
});

test('a text parameter on x becomes categories', () => {
  const plot = sweepPlot(sweep.points, 'overlay.priority', ['bulk.rate'], 'bulk', 'throughput', sweep.paramUnits);
  assert.deepEqual(plot.categories, ['none', 'prism']);
  assert.deepEqual(plot.x, [0, 1]);
  assert.deepEqual(plot.lines.map((l) => l.label), ['bulk.rate=10 Gbps', 'bulk.rate=40 Gbps']);
  assert.deepEqual(plot.lines[1].y, [4e10, 4e10]);
});

test('metrics read from a traffic result; missing traffic or NaN gives null', () => {
  const rpc = sweep.points[0].traffic.rpc;
  assert.equal(metricValue(rpc, 'mean'), rpc.latency.mean);
  assert.equal(metricValue(rpc, 'pps'), rpc.pps);
  assert.equal(metricValue(sweep.points[2].traffic.bulk, 'drops'), 60);
  assert.equal(metricValue(undefined, 'p99'), null);
  assert.equal(metricValue({ ...rpc, throughput: Number.NaN }, 'throughput'), null);
});
