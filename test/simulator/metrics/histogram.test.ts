import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LogHistogram } from '../../../simulator/metrics/histogram';
import { Random } from '../../../simulator/engine/random';

test('bucket edges contain their values and are at most 1/128 wide', () => {
  const histogram = new LogHistogram();
  for (const value of [0, 1, 127, 128, 255, 256, 1000, 2 ** 20 - 1, 2 ** 20, 123456789, 2 ** 40 + 3, 2 ** 52]) {
    const index = histogram.indexOf(value);
    const lower = histogram.lowerEdge(index);
    const upper = histogram.upperEdge(index);
    assert.ok(lower <= value && value < upper, `${value} in [${lower}, ${upper})`);
    if (value >= 128) assert.ok((upper - lower) / lower <= 1 / 128 + 1e-12);
  }
});

test('quantiles are within 1% of the exact order statistics', () => {
  const histogram = new LogHistogram();
  const random = new Random(5);
  const values: number[] = [];
  for (let i = 0; i < 100000; i++) {
    const value = Math.round(random.exponential(1e6)) + 1000;
    values.push(value);
    histogram.record(value);
  }
  values.sort((a, b) => a - b);
  for (const q of [0.5, 0.9, 0.99, 0.999]) {
    const exact = values[Math.ceil(q * values.length) - 1];
    const estimate = histogram.quantile(q);
    assert.ok(Math.abs(estimate - exact) / exact < 0.01, `q${q}: ${estimate} vs ${exact}`);
  }
  assert.equal(histogram.quantile(1), values[values.length - 1]);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  assert.ok(Math.abs(histogram.mean() - mean) < 1e-6 * mean);
});

test('merge, reset and coarse buckets keep the counts', () => {
  const a = new LogHistogram();
  const b = new LogHistogram();
  for (let i = 1; i <= 1000; i++) a.record(i * 1000);
  for (let i = 1; i <= 500; i++) b.record(i * 7777);
  a.merge(b);
  assert.equal(a.total, 1500);
  const { edges, counts } = a.buckets();
  assert.equal(counts.reduce((x, y) => x + y, 0), 1500);
  for (let i = 1; i < edges.length; i++) assert.ok(edges[i] > edges[i - 1]);
  a.reset();
  assert.equal(a.total, 0);
  assert.ok(Number.isNaN(a.quantile(0.5)));
  assert.equal(a.counts.reduce((x, y) => x + y, 0), 0);
});
