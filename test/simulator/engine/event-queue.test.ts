import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventQueue } from '../../../simulator/engine/event-queue';
import { Random } from '../../../simulator/engine/random';

test('pops every event, in time order', () => {
  const queue = new EventQueue(4);
  const random = new Random(1);
  const pushed: { time: number; payload: number }[] = [];
  for (let i = 0; i < 5000; i++) {
    const time = random.below(200);
    queue.push(time, i);
    pushed.push({ time, payload: i });
  }
  const popped: { time: number; payload: number }[] = [];
  while (queue.size > 0) {
    const time = queue.peekTime();
    popped.push({ time, payload: queue.pop() });
  }
  for (let i = 1; i < popped.length; i++) assert.ok(popped[i].time >= popped[i - 1].time);
  const key = (e: { time: number; payload: number }) => `${e.time}:${e.payload}`;
  assert.deepEqual(popped.map(key).sort(), pushed.map(key).sort());
});

test('interleaved pushes and pops never go back in time and keep large payloads exact', () => {
  const queue = new EventQueue(2);
  const random = new Random(2);
  let now = 0;
  let popped = 0;
  for (let i = 0; i < 20000; i++) {
    queue.push(now + random.below(1000), (i << 3) | 5);
    if (i % 3 === 2) {
      const time = queue.peekTime();
      assert.ok(time >= now);
      now = time;
      assert.equal(queue.pop() & 7, 5);
      popped++;
    }
  }
  assert.equal(queue.size, 20000 - popped);
});

test('the same operations give the same order of equal-time events', () => {
  const run = () => {
    const queue = new EventQueue();
    const out: number[] = [];
    for (let i = 0; i < 1000; i++) queue.push(i % 7, i);
    while (queue.size > 0) out.push(queue.pop());
    return out;
  };
  assert.deepEqual(run(), run());
});
