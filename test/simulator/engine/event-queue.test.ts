import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventQueue } from '../../../simulator/engine/event-queue';
import { Random } from '../../../simulator/engine/random';

test('pops events in time order, equal times in insertion order', () => {
  const queue = new EventQueue(4);
  const random = new Random(1);
  const pushed: { time: number; payload: number }[] = [];
  for (let i = 0; i < 5000; i++) {
    const time = random.below(200);
    queue.push(time, i);
    pushed.push({ time, payload: i });
  }
  pushed.sort((a, b) => a.time - b.time || a.payload - b.payload);
  for (const expected of pushed) {
    assert.equal(queue.peekTime(), expected.time);
    assert.equal(queue.pop(), expected.payload);
  }
  assert.equal(queue.size, 0);
});

test('interleaved pushes and pops stay ordered', () => {
  const queue = new EventQueue(2);
  const random = new Random(2);
  let now = 0;
  let popped = 0;
  for (let i = 0; i < 20000; i++) {
    queue.push(now + random.below(1000), i);
    if (i % 3 === 2) {
      const time = queue.peekTime();
      assert.ok(time >= now);
      now = time;
      queue.pop();
      popped++;
    }
  }
  assert.equal(queue.size, 20000 - popped);
});
