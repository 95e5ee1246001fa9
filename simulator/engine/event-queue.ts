// The pending-event set. Events are ordered by time, then by a sequence
// number, so events at the same time come out first in, first out, and the
// order never depends on how the queue arranges them. Each event carries an
// `order` = sequence × 2^25 + payload, one exact integer in a Float64.
//
// The near events live in a 4-ary min-heap of (time, order) pairs in one
// Float64Array. Its root sits at slot 3, so the four children of slot i,
// 4i−8 … 4i−5, start on a multiple of four: their 64 bytes are one aligned
// block. Past SPILL_SIZE events the later ones wait in time buckets
// (far-events.ts) and enter the heap a bucket at a time, so a queue of a
// million events stays fast. Nothing is allocated per event; storage doubles
// when full, which is bounded by what is in flight.
//
// An event earlier than every pending one (a DMA or a link of zero length, a
// core finishing before any other) waits in a one-event front slot instead
// of going through the heap: it is the next to pop whatever is pushed after
// it, since a later push either is later in time or, at an equal time, has
// a higher sequence number.
import { FarEvents } from './far-events';

const INITIAL_CAPACITY = 1024;
const ROOT = 3;
/** Payloads are below 2^25: an event kind (3 bits) and an argument below 2^22. */
const PAYLOAD_LIMIT = 2 ** 25;
/** Multiplying by a power of two is exact, and cheaper than dividing. */
const INVERSE_PAYLOAD_LIMIT = 2 ** -25;
/** Sequence numbers stay below 2^28, so an order is an exact integer below 2^53. */
const SEQUENCE_LIMIT = 2 ** 28;
/** A heap larger than this (and than the far events) moves its events to the buckets. */
const SPILL_SIZE = 1 << 17;

export class EventQueue {
  /** [time, order] per slot; slots ROOT … end−1 are in heap order. */
  private heap: Float64Array;
  private end = ROOT;
  /** The front slot: an event before every event in the heap and the buckets; frontTime is Infinity when empty. */
  private frontTime = Infinity;
  private frontOrder = 0;
  private readonly far = new FarEvents();
  /** Buckets are in use: events after bucket `nearBucket` (the last one moved into the heap) go to them. */
  private bucketsInUse = false;
  private nearBucket = -1;
  private sequence = 0;
  private readonly sequenceLimit: number;
  /** The heap's `end` past which its events spill to the buckets. */
  private readonly spillEnd: number;
  private readonly insertFromBuckets = (time: number, order: number): void => this.insert(time, order);

  /** `limits` are lowered only by tests, to reach renumbering and the buckets with few events. */
  constructor(capacity = INITIAL_CAPACITY, limits: { sequence?: number; spill?: number } = {}) {
    this.heap = new Float64Array(2 * (ROOT + Math.max(4, capacity)));
    this.sequenceLimit = Math.min(limits.sequence ?? SEQUENCE_LIMIT, SEQUENCE_LIMIT);
    this.spillEnd = ROOT + (limits.spill ?? SPILL_SIZE);
  }

  get size(): number {
    return this.end - ROOT + this.far.size + (this.frontTime < Infinity ? 1 : 0);
  }

  /** Time of the earliest event, or Infinity when there is none. */
  peekTime(): number {
    if (this.frontTime < Infinity) return this.frontTime;
    if (this.end === ROOT) {
      if (this.far.size === 0) return Infinity;
      this.refill();
    }
    return this.heap[2 * ROOT];
  }

  /** Adds an event; `payload` must be an integer in [0, 2^25). */
  push(time: number, payload: number): void {
    if (this.sequence === this.sequenceLimit) this.renumber();
    const order = this.sequence++ * PAYLOAD_LIMIT + payload;
    if (time < this.frontTime) {
      if (this.frontTime < Infinity) {
        // Earlier than the front event, which was earlier than everything else: it moves back to the heap.
        this.insert(this.frontTime, this.frontOrder);
        this.frontTime = time;
        this.frontOrder = order;
        return;
      }
      // Far events are later than every heap event, so the heap's root is the earliest unless the heap is empty.
      if (this.end > ROOT ? time < this.heap[2 * ROOT] : this.far.size === 0) {
        this.frontTime = time;
        this.frontOrder = order;
        return;
      }
    }
    if (this.bucketsInUse) {
      const bucket = this.far.bucketOf(time);
      if (bucket > this.nearBucket) {
        this.far.add(bucket, time, order);
        return;
      }
    }
    if (2 * this.end === this.heap.length) this.grow();
    const heap = this.heap;
    let i = this.end++;
    // The newest event has the highest order, so among equal times it stays below its parent.
    while (i > ROOT) {
      const parent = (i + 8) >> 2;
      const parentTime = heap[2 * parent];
      if (parentTime <= time) break;
      heap[2 * i] = parentTime;
      heap[2 * i + 1] = heap[2 * parent + 1];
      i = parent;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
    if (this.end > this.spillEnd) this.spill();
  }

  /** Removes the earliest event and returns its payload (size must be > 0); read its time with peekTime() first. */
  pop(): number {
    let topOrder: number;
    if (this.frontTime < Infinity) {
      topOrder = this.frontOrder;
      this.frontTime = Infinity;
      return topOrder - Math.floor(topOrder * INVERSE_PAYLOAD_LIMIT) * PAYLOAD_LIMIT;
    }
    if (this.end === ROOT) this.refill();
    const heap = this.heap;
    topOrder = heap[2 * ROOT + 1];
    const last = --this.end;
    if (last > ROOT) this.siftDown(heap[2 * last], heap[2 * last + 1], last);
    return topOrder - Math.floor(topOrder * INVERSE_PAYLOAD_LIMIT) * PAYLOAD_LIMIT;
  }

  /** Places (time, order) from the root down, in a heap that ends at `last`. */
  private siftDown(time: number, order: number, last: number): void {
    const heap = this.heap;
    let i = ROOT;
    for (;;) {
      const first = 4 * i - 8;
      if (first >= last) break;
      let best = first;
      let bestTime = heap[2 * first];
      const stop = first + 4 < last ? first + 4 : last;
      for (let child = first + 1; child < stop; child++) {
        const childTime = heap[2 * child];
        // Orders are read only on a tie of times, which is rare.
        if (childTime <= bestTime && (childTime < bestTime || heap[2 * child + 1] < heap[2 * best + 1])) {
          best = child;
          bestTime = childTime;
        }
      }
      if (time <= bestTime && (time < bestTime || order < heap[2 * best + 1])) break;
      heap[2 * i] = bestTime;
      heap[2 * i + 1] = heap[2 * best + 1];
      i = best;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
  }

  /** Adds an event of any order to the heap (from the buckets). */
  private insert(time: number, order: number): void {
    if (2 * this.end === this.heap.length) this.grow();
    const heap = this.heap;
    let i = this.end++;
    while (i > ROOT) {
      const parent = (i + 8) >> 2;
      const parentTime = heap[2 * parent];
      if (parentTime < time || (parentTime === time && heap[2 * parent + 1] < order)) break;
      heap[2 * i] = parentTime;
      heap[2 * i + 1] = heap[2 * parent + 1];
      i = parent;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
  }

  /** The heap is empty: the earliest bucket's events move in. */
  private refill(): void {
    this.nearBucket = this.far.moveNextBucket(this.insertFromBuckets);
    this.bucketsInUse = this.far.size > 0;
  }

  /** The heap outgrew SPILL_SIZE: unless the buckets hold more already, every event goes to new buckets. */
  private spill(): void {
    if (this.end - ROOT <= this.far.size) return;
    const heap = this.heap;
    this.far.takeAll();
    for (let i = ROOT; i < this.end; i++) this.far.add(Infinity, heap[2 * i], heap[2 * i + 1]);
    this.end = ROOT;
    this.refill();
  }

  private grow(): void {
    const larger = new Float64Array(this.heap.length * 2);
    larger.set(this.heap);
    this.heap = larger;
  }

  /** Replaces the pending events' sequence numbers by their ranks, keeping their order. */
  private renumber(): void {
    const heap = this.heap;
    const orders = new Float64Array(this.size);
    let count = 0;
    for (let i = ROOT; i < this.end; i++) orders[count++] = heap[2 * i + 1];
    if (this.frontTime < Infinity) orders[count++] = this.frontOrder;
    this.far.forEachOrder((order) => {
      orders[count++] = order;
    });
    orders.sort();
    const rank = (order: number): number => {
      let low = 0;
      let high = orders.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (orders[middle] < order) low = middle + 1;
        else high = middle;
      }
      return low * PAYLOAD_LIMIT + (order - Math.floor(order * INVERSE_PAYLOAD_LIMIT) * PAYLOAD_LIMIT);
    };
    for (let i = ROOT; i < this.end; i++) heap[2 * i + 1] = rank(heap[2 * i + 1]);
    if (this.frontTime < Infinity) this.frontOrder = rank(this.frontOrder);
    this.far.mapOrders(rank);
    this.sequence = orders.length;
  }
}
