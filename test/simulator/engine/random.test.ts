import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../../../simulator/engine/random';

test('same seed and name give the same stream; other names and seeds differ', () => {
  const draw = (random: Random) => Array.from({ length: 8 }, () => random.nextUint32());
  assert.deepEqual(draw(Random.stream(7, 'traffic:rpc')), draw(Random.stream(7, 'traffic:rpc')));
  assert.notDeepEqual(draw(Random.stream(7, 'traffic:rpc')), draw(Random.stream(7, 'traffic:bulk')));
  assert.notDeepEqual(draw(Random.stream(7, 'traffic:rpc')), draw(Random.stream(8, 'traffic:rpc')));
});

test('uniform draws lie in (0, 1) with mean 1/2; exponential has its mean', () => {
  const random = new Random(42);
  let sum = 0;
  let expSum = 0;
  const n = 200000;
  for (let i = 0; i < n; i++) {
    const u = random.nextOpen();
    assert.ok(u > 0 && u < 1);
    sum += u;
    expSum += random.exponential(3);
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.005);
  assert.ok(Math.abs(expSum / n - 3) < 0.05);
});

test('below(n) covers every value', () => {
  const random = new Random(3);
  const seen = new Array(10).fill(0);
  for (let i = 0; i < 10000; i++) seen[random.below(10)]++;
  for (const count of seen) assert.ok(count > 800 && count < 1200);
});
