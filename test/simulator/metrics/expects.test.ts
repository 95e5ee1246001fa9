import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricValue, simulate } from '../../../simulator/index';
import { chain, host, loadgen, model, stage, traffic } from '../model-builder';

test('every metric path of DESIGN §2 resolves, and expects are judged', () => {
  const result = simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { cores: 4 } })],
    chains: [chain('rx', [stage('driver'), stage('ip', { queueBefore: 'backlog', core: 1 })])],
    traffic: [traffic('rpc', { rate: { unit: 'pps', value: 1e6 } })],
    expects: [
      { metric: 'rpc.latency.p99', op: '<', value: 1 },
      { metric: 'rpc.throughput', op: '>', value: 1e12 },
      { metric: 'sut.core[1].util', op: '>', value: 0 },
      { metric: 'nope.latency.p99', op: '<', value: 1 },
    ],
  }));
  const rpc = result.traffic.rpc;
  for (const stat of ['mean', 'p50', 'p90', 'p99', 'p999', 'max'] as const) assert.equal(metricValue(result, `rpc.latency.${stat}`), rpc.latency[stat]);
  assert.equal(metricValue(result, 'rpc.throughput'), rpc.throughput);
  assert.equal(metricValue(result, 'rpc.pps'), rpc.pps);
  assert.equal(metricValue(result, 'rpc.drops'), 0);
  assert.equal(metricValue(result, 'rpc.loss'), 0);
  const cores = result.cores.map((core) => core.util);
  assert.equal(metricValue(result, 'sut.cpu.util'), cores.reduce((a, b) => a + b, 0) / 4);
  assert.equal(metricValue(result, 'sut.core[1].util'), cores[1]);
  assert.equal(metricValue(result, 'rx.ip.wait'), result.stages['rx.ip'].wait.mean);
  assert.ok(Number.isNaN(metricValue(result, 'sut.core[9].util')));
  assert.deepEqual(result.expects.map((expect) => expect.pass), [true, false, true, false]);
  assert.equal(result.expects[3].actual, null);
});
