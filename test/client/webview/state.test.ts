import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultState, restoreState } from '../../../client/webview/state';

test('nothing saved, or garbage saved: the default state', () => {
  assert.deepEqual(restoreState(undefined), defaultState());
  assert.deepEqual(restoreState('junk'), defaultState());
  assert.deepEqual(restoreState({ view: 'nope', point: -1, scenario: 1.5, sweepMetric: 'bogus', show: { type: 'other' } }), defaultState());
});

test('a saved state comes back field by field', () => {
  const show = { type: 'show' as const, results: [] };
  const saved = { show, view: 'sweep', scenario: 1, point: 3, sweepX: 'bulk.rate', sweepMetric: 'throughput', compareWith: 'baseline' };
  assert.deepEqual(restoreState(saved), saved);
  assert.equal(restoreState({ ...saved, compareWith: 2 }).compareWith, 2);
});

test('every view the state can name is a tab, in the same order', async () => {
  const { VIEWS } = await import('../../../client/webview/views');
  const { VIEW_IDS } = await import('../../../client/webview/state');
  assert.deepEqual(VIEWS.map((view) => view.id), [...VIEW_IDS]);
});
