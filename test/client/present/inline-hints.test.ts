// How the run's inlay hints show: hidden by the setting, marked stale after an edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presentHints, STALE_PREFIX, STALE_TOOLTIP, type HintLike } from '../../../client/present/inline-hints';

const TYPE = 1;
const PARAMETER = 2;

const hints = (): HintLike[] => [
  { kind: PARAMETER, label: 'queues = 1' },
  { kind: TYPE, label: '3.99 Gbps · 266 Kpps · p99 16.5 µs · loss 0%' },
  { kind: TYPE, label: [{ value: '✓ 16.5 µs' }] },
];

test('fresh results show as the server sent them', () => {
  assert.deepEqual(presentHints(hints(), { show: true, stale: false }), hints());
});

test('with inline results off only the defaults remain', () => {
  assert.deepEqual(presentHints(hints(), { show: false, stale: true }), [{ kind: PARAMETER, label: 'queues = 1' }]);
});

test('after an edit the run’s hints are marked stale and the defaults are untouched', () => {
  const shown = presentHints(hints(), { show: true, stale: true });
  assert.deepEqual(shown[0], { kind: PARAMETER, label: 'queues = 1' });
  assert.equal(shown[1].label, `${STALE_PREFIX}3.99 Gbps · 266 Kpps · p99 16.5 µs · loss 0%`);
  assert.deepEqual(shown[2].label, [{ value: `${STALE_PREFIX}✓ 16.5 µs` }]);
  assert.equal(shown[1].tooltip, STALE_TOOLTIP);
});
