import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PointResult, Results } from '../../../../simulator/results';
import { compareTraffic, matchingPoint } from '../../../../client/webview/data/compare';
import { fixture } from '../load-fixture';

const sweep = fixture<Results>('results-sweep.json');
const baseline = fixture<Results>('results-baseline.json');

test('lower latency is better, higher throughput is better, tiny changes are the same', () => {
  const rows = compareTraffic(sweep.points[0], baseline.points[0]);
  const row = (traffic: string, metric: string) => rows.find((r) => r.traffic === traffic && r.metric === metric)!;
  const p99 = row('rpc', 'latency.p99');
  assert.equal(p99.verdict, 'better');
  assert.ok(p99.delta! < 0 && p99.relative! < 0);
  assert.equal(row('bulk', 'throughput').verdict, 'same');

  const faster: PointResult = structuredClone(sweep.points[0]);
  faster.traffic.bulk.throughput *= 0.5;
  assert.equal(compareTraffic(faster, sweep.points[0]).find((r) => r.traffic === 'bulk' && r.metric === 'throughput')!.verdict, 'worse');
});

test('a zero baseline has no relative change; a missing traffic has no verdict', () => {
  const rows = compareTraffic(sweep.points[2], baseline.points[0]);
  const drops = rows.find((r) => r.traffic === 'bulk' && r.metric === 'drops')!;
  assert.equal(drops.baseline, 0);
  assert.equal(drops.relative, null);
  assert.equal(drops.verdict, 'worse');

  const onlyRpc: PointResult = structuredClone(sweep.points[0]);
  delete (onlyRpc.traffic as Record<string, unknown>).bulk;
  const missing = compareTraffic(onlyRpc, baseline.points[0]).filter((r) => r.traffic === 'bulk');
  assert.ok(missing.length > 0 && missing.every((r) => r.verdict === 'unknown' && r.current === null));
});

test('the baseline point is the one with the same parameters', () => {
  const reordered: Results = { ...baseline, points: [...baseline.points].reverse() };
  assert.equal(matchingPoint(reordered, sweep.points[1], 1), baseline.points[1]);
  const unswept: Results = { ...baseline, points: [{ ...baseline.points[0], params: {} }] };
  assert.equal(matchingPoint(unswept, sweep.points[3], 3), unswept.points[0]);
});
