import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Results } from '../../../../simulator/results';
import { pointLabel, sweptParams, totalDrops, trafficNames } from '../../../../client/webview/data/points';
import { fixture } from '../load-fixture';

const sweep = fixture<Results>('results-sweep.json');
const minimal = fixture<Results>('results-minimal.json');

test('swept parameters are those whose value changes between points', () => {
  assert.deepEqual(sweptParams(sweep.points), ['bulk.rate', 'overlay.priority']);
  assert.deepEqual(sweptParams(minimal.points), []);
  assert.deepEqual(sweptParams([]), []);
});

test('points are named by their swept values, or their position', () => {
  assert.equal(pointLabel(sweep.points[3], 3, ['bulk.rate', 'overlay.priority']), 'bulk.rate=40G · overlay.priority=prism');
  assert.equal(pointLabel(sweep.points[3], 3, ['bulk.rate', 'overlay.priority'], sweep.paramUnits), 'bulk.rate=40 Gbps · overlay.priority=prism');
  assert.equal(pointLabel(minimal.points[0], 0, []), 'point 1');
});

test('traffic names in first-seen order; drops summed over every place', () => {
  assert.deepEqual(trafficNames(sweep), ['rpc', 'bulk']);
  assert.equal(totalDrops({ ring: 3, backlog: 2, socket: 1, wire: 4 }), 10);
  assert.equal(totalDrops(undefined), 0);
});
