// Whether the run's inlay hints show: the setting hides them, the defaults stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presentHints, type HintLike } from '../../../client/present/inline-hints';

const TYPE = 1;
const PARAMETER = 2;

const hints = (): HintLike[] => [
  { kind: PARAMETER, label: 'queues = 1' },
  { kind: TYPE, label: '3.99 Gbps · 266 Kpps · p99 16.5 µs · loss 0%' },
  { kind: TYPE, label: [{ value: '(stale) ✓ 16.5 µs' }] },
];

test('results show as the server sent them', () => {
  assert.deepEqual(presentHints(hints(), true), hints());
});

test('with inline results off only the defaults remain', () => {
  assert.deepEqual(presentHints(hints(), false), [{ kind: PARAMETER, label: 'queues = 1' }]);
});
