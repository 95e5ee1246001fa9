// Packet state as parallel typed arrays with a free list: no object per
// packet. A slot is one frame; after GRO/LRO a merged unit is its first
// frame's slot with the others chained through `merged`.
//
// The arrays are replaced when the pool grows, so callers read them through
// the pool (`pool.bytes[p]`) and never keep a reference across `alloc()`.
import { CapacityExceeded } from '../errors';

/** Bits of `flags`. */
export const MEASURED = 1;
/** The packet is on its way back to the generator (reply or forwarded). */
export const RETURNING = 2;
/** Its transmit cost was paid by a `tx` stage. */
export const TX_PAID = 4;
/** The packet's data sits in the receiving host's memory (counted for DDIO). */
export const IN_HOST = 8;
/** It has been turned into its reply. */
export const REPLIED = 16;
/** The first packet of a new flow: it pays the stages' per-flow costs. */
export const NEW_FLOW = 32;

const INITIAL_CAPACITY = 4096;

export class PacketPool {
  /** Most packets that may be alive at once. */
  readonly limit: number;
  capacity = 0;
  live = 0;
  private freeHead = -1;

  traffic = new Int32Array(0);
  flow = new Int32Array(0);
  hash = new Uint32Array(0);
  /** Frame size of this packet as sent, bytes. */
  bytes = new Int32Array(0);
  /** Bytes the unit carries now (all merged frames, or the reply). */
  unitBytes = new Float64Array(0);
  /** Frames merged into this unit. */
  count = new Int32Array(0);
  sendTime = new Float64Array(0);
  enqueueTime = new Float64Array(0);
  /** The stage the packet is at (global stage index). */
  stage = new Int32Array(0);
  /** Core chosen for the next stage when it was placed ahead of time, or -1. */
  target = new Int32Array(0);
  /** Next packet in the same queue or batch. */
  next = new Int32Array(0);
  /** Next frame merged into the same unit. */
  merged = new Int32Array(0);
  lane = new Uint8Array(0);
  flags = new Uint8Array(0);

  constructor(limit: number) {
    this.limit = limit;
    this.grow(INITIAL_CAPACITY);
  }

  alloc(): number {
    if (this.freeHead < 0) this.grow(this.capacity * 2);
    const p = this.freeHead;
    this.freeHead = this.next[p];
    this.next[p] = -1;
    this.merged[p] = -1;
    this.count[p] = 1;
    this.flags[p] = 0;
    this.live++;
    return p;
  }

  release(p: number): void {
    this.next[p] = this.freeHead;
    this.freeHead = p;
    this.live--;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    if (old >= this.limit) {
      throw new CapacityExceeded(
        `more than ${this.limit} packets in flight at once: the offered load exceeds what the system drains and its queues ` +
          `are effectively unbounded (very large ring, backlog or socket capacities, or a very long link latency). ` +
          `Lower the load or bound the queues.`,
      );
    }
    capacity = Math.min(capacity, this.limit);
    this.traffic = extend(this.traffic, capacity);
    this.flow = extend(this.flow, capacity);
    this.hash = extend(this.hash, capacity);
    this.bytes = extend(this.bytes, capacity);
    this.unitBytes = extend(this.unitBytes, capacity);
    this.count = extend(this.count, capacity);
    this.sendTime = extend(this.sendTime, capacity);
    this.enqueueTime = extend(this.enqueueTime, capacity);
    this.stage = extend(this.stage, capacity);
    this.target = extend(this.target, capacity);
    this.next = extend(this.next, capacity);
    this.merged = extend(this.merged, capacity);
    this.lane = extend(this.lane, capacity);
    this.flags = extend(this.flags, capacity);
    // Chain the new slots into the free list, lowest first.
    for (let p = capacity - 1; p >= old; p--) {
      this.next[p] = this.freeHead;
      this.freeHead = p;
    }
    this.capacity = capacity;
  }
}

type TypedArray = Int32Array | Uint32Array | Float64Array | Uint8Array;

function extend<T extends TypedArray>(array: T, capacity: number): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity);
  larger.set(array as never);
  return larger;
}
