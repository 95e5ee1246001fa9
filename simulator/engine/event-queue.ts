// The pending-event set. Events are ordered by time, then by a sequence
// number, so events at the same time come out first in, first out, and the
// order never depends on how the queue arranges them. Each event carries an
// `order` = sequence × 2^25 + payload, one exact integer in a Float64.
//
// Up to SPILL_SIZE events live in a 4-ary heap (event-heap.ts). Beyond that
// later events wait in time buckets (far-events.ts) and enter the heap a
// bucket at a time, so a queue of a million events stays fast.
// Nothing is allocated per event; storage doubles when full, which is bounded
// by what is in flight.
import { EventHeap } from './event-heap';
import { FarEvents } from './far-events';

const INITIAL_CAPACITY = 1024;
/** Payloads are below 2^25: an event kind (3 bits) and an argument below 2^22. */
const PAYLOAD_LIMIT = 2 ** 25;
/** Multiplying by a power of two is exact, and cheaper than dividing. */
const INVERSE_PAYLOAD_LIMIT = 2 ** -25;
/** Sequence numbers stay below 2^28, so an order is an exact integer below 2^53. */
const SEQUENCE_LIMIT = 2 ** 28;
/** A heap larger than this (and than the far events) moves its events to the buckets. */
const SPILL_SIZE = 1 << 17;

export class EventQueue {
  private readonly near: EventHeap;
  private readonly far = new FarEvents();
  /** While buckets are in use: the last bucket moved into the heap, where events of it or earlier go. */
  private nearBucket = -1;
  private sequence = 0;
  private readonly sequenceLimit: number;
  private readonly spillSize: number;

  /** `limits` are lowered only by tests, to reach renumbering and the buckets with few events. */
  constructor(capacity = INITIAL_CAPACITY, limits: { sequence?: number; spill?: number } = {}) {
    this.near = new EventHeap(capacity);
    this.sequenceLimit = Math.min(limits.sequence ?? SEQUENCE_LIMIT, SEQUENCE_LIMIT);
    this.spillSize = limits.spill ?? SPILL_SIZE;
  }

  get size(): number {
    return this.near.size + this.far.size;
  }

  /** Time of the earliest event, or Infinity when there is none. */
  peekTime(): number {
    if (this.near.size === 0) {
      if (this.far.size === 0) return Infinity;
      this.nearBucket = this.far.moveNextBucket(this.near);
    }
    return this.near.peekTime();
  }

  /** Adds an event; `payload` must be an integer in [0, 2^25). */
  push(time: number, payload: number): void {
    if (this.sequence === this.sequenceLimit) this.renumber();
    const order = this.sequence++ * PAYLOAD_LIMIT + payload;
    const far = this.far;
    if (far.bucketCount > 0) {
      const bucket = far.bucketOf(time);
      if (bucket > this.nearBucket) {
        far.add(bucket, time, order);
        return;
      }
    }
    this.near.pushNewest(time, order);
    if (this.near.size > this.spillSize && this.near.size > far.size) {
      far.takeAll(this.near);
      this.nearBucket = far.moveNextBucket(this.near);
    }
  }

  /** Removes the earliest event and returns its payload (size must be > 0); read its time with peekTime() first. */
  pop(): number {
    if (this.near.size === 0) this.nearBucket = this.far.moveNextBucket(this.near);
    return payloadOf(this.near.pop());
  }

  /** Replaces the pending events' sequence numbers by their ranks, keeping their order. */
  private renumber(): void {
    const orders = new Float64Array(this.size);
    let count = 0;
    const collect = (order: number): void => {
      orders[count++] = order;
    };
    this.near.forEachOrder(collect);
    this.far.forEachOrder(collect);
    orders.sort();
    const rank = (order: number): number => {
      let low = 0;
      let high = orders.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (orders[middle] < order) low = middle + 1;
        else high = middle;
      }
      return low * PAYLOAD_LIMIT + payloadOf(order);
    };
    this.near.mapOrders(rank);
    this.far.mapOrders(rank);
    this.sequence = orders.length;
  }
}

function payloadOf(order: number): number {
  return order - Math.floor(order * INVERSE_PAYLOAD_LIMIT) * PAYLOAD_LIMIT;
}
