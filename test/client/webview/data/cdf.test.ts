import assert from 'node:assert/strict';
import { test } from 'node:test';
import { histogramCdf } from '../../../../client/webview/data/cdf';

test('a histogram becomes a CDF from 0 at the first bucket’s lower edge to 1 at the last non-empty one', () => {
  const cdf = histogramCdf({ edges: [1e-6, 2e-6, 4e-6, 8e-6, 16e-6], counts: [0, 1, 2, 1, 0] })!;
  assert.deepEqual(cdf.x, [1e-6, 2e-6, 4e-6, 8e-6]);
  assert.deepEqual(cdf.y, [0, 0.25, 0.75, 1]);
});

test('when the first bucket holds packets, its lower edge comes from the log spacing', () => {
  const cdf = histogramCdf({ edges: [1e-6, 1e-5, 1e-4], counts: [1, 1, 0] })!;
  assert.ok(Math.abs(cdf.x[0] - 1e-7) < 1e-15);
  assert.deepEqual(cdf.y, [0, 0.5, 1]);
});

test('no packets, no edges, or no histogram: nothing to draw', () => {
  assert.equal(histogramCdf({ edges: [1e-6, 2e-6], counts: [0, 0] }), null);
  assert.equal(histogramCdf({ edges: [], counts: [] }), null);
  assert.equal(histogramCdf(undefined), null);
});

test('edges at or below zero cannot sit on a log axis and are left out', () => {
  const cdf = histogramCdf({ edges: [0, 1e-6, 2e-6], counts: [5, 1, 1] })!;
  assert.deepEqual(cdf.y.at(-1), 1);
  assert.ok(cdf.x.every((x) => x > 0));
});
