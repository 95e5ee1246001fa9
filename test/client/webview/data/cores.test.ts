import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CoreResult } from '../../../../simulator/results';
import { coreLabels, coreLayers } from '../../../../client/webview/data/cores';

const core = (host: string, index: number, byStage: Record<string, number>): CoreResult => ({ host, core: index, util: 0, byContext: {}, byStage });

test('layers in first-seen order with overhead last, zero where a core has none', () => {
  const cores = [core('sut', 0, { overhead: 0.1, 'c.a': 0.3 }), core('sut', 1, { 'c.b': 0.2 })];
  const { labels, layers } = coreLayers(cores, (c) => c.byStage);
  assert.deepEqual(labels, ['core 0', 'core 1']);
  assert.deepEqual(layers, [
    { name: 'c.a', values: [0.3, 0] },
    { name: 'c.b', values: [0, 0.2] },
    { name: 'overhead', values: [0.1, 0] },
  ]);
});

test('cores of several hosts are named with their host', () => {
  assert.deepEqual(coreLabels([core('a', 0, {}), core('b', 0, {})]), ['a 0', 'b 0']);
});
