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

test('events at the same time come out first in, first out', () => {
  const queue = new EventQueue();
  for (let i = 0; i < 1000; i++) queue.push(i % 7, i);
  const out: number[] = [];
  while (queue.size > 0) out.push(queue.pop());
  const expected = Array.from({ length: 1000 }, (_, i) => i).sort((a, b) => (a % 7) - (b % 7) || a - b);
  assert.deepEqual(out, expected);
});

/** Pushes and pops at random (with many equal times) and checks every pop against a sort by (time, push order). */
function checkAgainstSort(queue: EventQueue, seed: number, pushes: number, popChance: number): number {
  const random = new Random(seed);
  const pending: { time: number; sequence: number; payload: number }[] = [];
  let now = 0;
  let sequence = 0;
  let most = 0;
  const popOne = () => {
    let first = 0;
    for (let i = 1; i < pending.length; i++) {
      const a = pending[i];
      const b = pending[first];
      if (a.time < b.time || (a.time === b.time && a.sequence < b.sequence)) first = i;
    }
    const [expected] = pending.splice(first, 1);
    assert.equal(queue.peekTime(), expected.time);
    assert.equal(queue.pop(), expected.payload);
    now = expected.time;
  };
  for (let i = 0; i < pushes; i++) {
    const time = now + (random.nextOpen() < 0.3 ? 0 : random.below(5000));
    const payload = random.below(2 ** 25);
    queue.push(time, payload);
    pending.push({ time, sequence: sequence++, payload });
    most = Math.max(most, queue.size);
    while (pending.length > 0 && random.nextOpen() < popChance) popOne();
  }
  while (pending.length > 0) popOne();
  assert.equal(queue.size, 0);
  return most;
}

test('with many events pending, the time buckets keep the exact order', () => {
  const most = checkAgainstSort(new EventQueue(16, { spill: 64 }), 11, 6000, 0.3);
  assert.ok(most > 1000, `${most} pending at most`);
});

test('renumbering the sequence keeps the order, in the heap and in the buckets', () => {
  checkAgainstSort(new EventQueue(16, { sequence: 500 }), 12, 4000, 0.45);
  checkAgainstSort(new EventQueue(16, { sequence: 700, spill: 50 }), 13, 4000, 0.35);
});

test('an event earlier than every pending one (the front slot) keeps the exact order', () => {
  const queue = new EventQueue(16, { sequence: 6 });
  queue.push(50, 1);
  queue.push(10, 2); // earlier than everything: held in front
  queue.push(10, 3); // same time, pushed later: behind it
  queue.push(5, 4); // earlier still: the held event goes back behind it
  queue.push(5, 5);
  queue.push(7, 6); // the sequence renumbers here, with an event held in front
  queue.push(1, 7);
  assert.equal(queue.size, 7);
  const out: number[] = [];
  while (queue.size > 0) {
    const time = queue.peekTime();
    out.push(time, queue.pop());
  }
  assert.deepEqual(out, [1, 7, 5, 4, 5, 5, 7, 6, 10, 2, 10, 3, 50, 1]);
  assert.equal(queue.peekTime(), Infinity);
});
