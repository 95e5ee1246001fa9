// The far part of the event queue (event-queue.ts): with a million events
// pending, every heap operation walks ten levels of cold memory, so events
// beyond the near window wait unsorted in time buckets, a calendar, and move
// into the near heap a bucket at a time.
//
// Event time t goes to bucket floor((t − base) × inverseWidth), a
// non-decreasing function of t, so every event of a bucket is earlier than
// every event of a later one. Events past the last bucket wait in an overflow
// list; when the buckets are used up they are rebuilt around it, sized to
// about EVENTS_PER_BUCKET events each.
import type { EventHeap } from './event-heap';

const EVENTS_PER_BUCKET = 16;
const MAX_BUCKETS = 1 << 20;
const INITIAL_NODES = 1024;

export class FarEvents {
  size = 0;
  // Events as nodes of singly linked lists, with a free list.
  private times = new Float64Array(INITIAL_NODES);
  private orders = new Float64Array(INITIAL_NODES);
  private next = new Int32Array(INITIAL_NODES);
  private freeHead = -1;
  private used = 0;
  // The buckets.
  private heads = new Int32Array(0);
  private tails = new Int32Array(0);
  private bucketCount = 0;
  private base = 0;
  private inverseWidth = 0;
  /** Buckets before this one are empty. */
  private cursor = 0;
  // The overflow list.
  private overflowHead = -1;
  private overflowTail = -1;
  private overflowCount = 0;
  private overflowMin = Infinity;
  private overflowMax = -Infinity;

  /** Adds an event no earlier than the earliest far event so far (the queue's horizon). */
  add(time: number, order: number): void {
    const node = this.allocate();
    this.times[node] = time;
    this.orders[node] = order;
    this.size++;
    const bucket = Math.floor((time - this.base) * this.inverseWidth);
    if (bucket < this.bucketCount) this.append(bucket, node);
    else this.appendOverflow(node);
  }

  /** Moves the earliest bucket's events into `near`; returns the earliest time still far (Infinity if none). */
  moveNextBucket(near: EventHeap): number {
    let bucket = this.firstBucket();
    if (bucket < 0) {
      this.rebuild();
      bucket = this.firstBucket();
    }
    const times = this.times;
    const orders = this.orders;
    const next = this.next;
    let moved = 0;
    for (let node = this.heads[bucket]; node >= 0; ) {
      near.push(times[node], orders[node]);
      const following = next[node];
      next[node] = this.freeHead;
      this.freeHead = node;
      node = following;
      moved++;
    }
    this.heads[bucket] = -1;
    this.tails[bucket] = -1;
    this.size -= moved;
    this.cursor = bucket + 1;
    return this.earliest();
  }

  /** Moves every far event and every event of `near` into the overflow list, to be rebuilt into buckets. */
  takeAll(near: EventHeap): void {
    for (let bucket = this.cursor; bucket < this.bucketCount; bucket++) {
      for (let node = this.heads[bucket]; node >= 0; ) {
        const following = this.next[node];
        this.appendOverflow(node);
        node = following;
      }
      this.heads[bucket] = -1;
      this.tails[bucket] = -1;
    }
    this.bucketCount = 0;
    near.drain((time, order) => this.add(time, order));
  }

  /** Replaces every event's order by `map(order)`, which must keep their relative order. */
  mapOrders(map: (order: number) => number): void {
    this.forEachNode((node) => {
      this.orders[node] = map(this.orders[node]);
    });
  }

  /** Calls `visit` with every far event's order. */
  forEachOrder(visit: (order: number) => void): void {
    this.forEachNode((node) => visit(this.orders[node]));
  }

  private forEachNode(visit: (node: number) => void): void {
    for (let bucket = this.cursor; bucket < this.bucketCount; bucket++) {
      for (let node = this.heads[bucket]; node >= 0; node = this.next[node]) visit(node);
    }
    for (let node = this.overflowHead; node >= 0; node = this.next[node]) visit(node);
  }

  /** The first non-empty bucket, or -1. */
  private firstBucket(): number {
    while (this.cursor < this.bucketCount && this.heads[this.cursor] < 0) this.cursor++;
    return this.cursor < this.bucketCount ? this.cursor : -1;
  }

  /** The earliest far time: the least of the first non-empty bucket, else of the overflow. */
  private earliest(): number {
    if (this.size === 0) {
      this.bucketCount = 0;
      return Infinity;
    }
    const bucket = this.firstBucket();
    if (bucket < 0) return this.overflowMin;
    let earliest = Infinity;
    for (let node = this.heads[bucket]; node >= 0; node = this.next[node]) if (this.times[node] < earliest) earliest = this.times[node];
    return earliest;
  }

  /** New buckets spanning the overflow's times, about EVENTS_PER_BUCKET events each; the overflow moves into them. */
  private rebuild(): void {
    const count = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(this.overflowCount / EVENTS_PER_BUCKET)));
    const span = this.overflowMax - this.overflowMin;
    let inverseWidth = span > 0 ? count / span : 0;
    // Keep the latest event inside the last bucket despite rounding.
    while (Math.floor(span * inverseWidth) >= count) inverseWidth *= 1 - 2 ** -20;
    if (this.heads.length < count) {
      this.heads = new Int32Array(count);
      this.tails = new Int32Array(count);
    }
    this.heads.fill(-1, 0, count);
    this.tails.fill(-1, 0, count);
    this.bucketCount = count;
    this.base = this.overflowMin;
    this.inverseWidth = inverseWidth;
    this.cursor = 0;
    let node = this.overflowHead;
    this.overflowHead = -1;
    this.overflowTail = -1;
    this.overflowCount = 0;
    this.overflowMin = Infinity;
    this.overflowMax = -Infinity;
    while (node >= 0) {
      const following = this.next[node];
      this.append(Math.floor((this.times[node] - this.base) * inverseWidth), node);
      node = following;
    }
  }

  private append(bucket: number, node: number): void {
    this.next[node] = -1;
    const tail = this.tails[bucket];
    if (tail < 0) this.heads[bucket] = node;
    else this.next[tail] = node;
    this.tails[bucket] = node;
  }

  private appendOverflow(node: number): void {
    const time = this.times[node];
    this.next[node] = -1;
    if (this.overflowTail < 0) this.overflowHead = node;
    else this.next[this.overflowTail] = node;
    this.overflowTail = node;
    this.overflowCount++;
    if (time < this.overflowMin) this.overflowMin = time;
    if (time > this.overflowMax) this.overflowMax = time;
  }

  private allocate(): number {
    if (this.freeHead >= 0) {
      const node = this.freeHead;
      this.freeHead = this.next[node];
      return node;
    }
    if (this.used === this.times.length) this.grow();
    return this.used++;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const orders = new Float64Array(capacity);
    const next = new Int32Array(capacity);
    times.set(this.times);
    orders.set(this.orders);
    next.set(this.next);
    this.times = times;
    this.orders = orders;
    this.next = next;
  }
}
