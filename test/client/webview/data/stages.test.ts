import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PointResult, Results } from '../../../../simulator/results';
import type { Topology } from '../../../../client/webview/protocol';
import { chainStages, stageUtilisation, waterfall } from '../../../../client/webview/data/stages';
import { fixture } from '../load-fixture';

const point = fixture<Results>('results-sweep.json').points[0];
const topology = fixture<Topology>('topology.json');

test('stages are grouped by chain, in the diagram’s path order', () => {
  const shuffled: PointResult = { ...point, stages: Object.fromEntries(Object.entries(point.stages).reverse()) };
  const [overlay] = chainStages(shuffled, topology);
  assert.equal(overlay.chain, 'overlay');
  assert.deepEqual(overlay.stages.map((s) => s.name), ['driver', 'gro', 'vxlan', 'bridge', 'udp', 'app']);
  // Without a topology the results' own order stands.
  assert.deepEqual(chainStages(shuffled)[0].stages.map((s) => s.name), ['app', 'udp', 'bridge', 'vxlan', 'gro', 'driver']);
});

test('the waterfall lays each stage’s wait and service end to end', () => {
  const steps = waterfall([
    { key: 'c.a', name: 'a', wait: 1, waitP99: 2, service: 2, packets: 1 },
    { key: 'c.b', name: 'b', wait: 0.5, waitP99: 1, service: 1, packets: 1 },
  ]);
  assert.deepEqual(steps, [
    { name: 'a', start: 0, wait: 1, service: 2 },
    { name: 'b', start: 3, wait: 0.5, service: 1 },
  ]);
});

test('a stage’s use is its busy share summed over cores', () => {
  const busy = stageUtilisation(point);
  const expected = point.cores.reduce((sum, c) => sum + c.byStage['overlay.vxlan'], 0);
  assert.ok(Math.abs(busy.get('overlay.vxlan')! - expected) < 1e-12);
  assert.equal(stageUtilisation({ ...point, cores: [] }).size, 0);
});
