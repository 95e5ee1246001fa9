// Every packet queue of a run (NIC rings, per-CPU backlogs, socket buffers,
// shared-memory rings) as intrusive linked lists through the packet pool.
// Each queue has three priority lanes: without PRISM everything uses the
// middle one (FIFO); with PRISM, high-priority packets are served first.
// A consumer takes a batch out of its queue into the queue's batch list,
// which it then works through one unit at a time.
import * as codes from '../engine/codes';
import type { PacketPool } from './packet-pool';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { LANE_FIFO, LANES } = codes;

export class Queues {
  private readonly pool: PacketPool;
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly length: Int32Array;
  readonly bytes: Float64Array;
  readonly batchHead: Int32Array;
  readonly batchTail: Int32Array;
  /** Packets taken by the consumer's current poll. */
  readonly taken: Int32Array;

  constructor(pool: PacketPool, count: number) {
    this.pool = pool;
    this.heads = new Int32Array(count * LANES).fill(-1);
    this.tails = new Int32Array(count * LANES).fill(-1);
    this.length = new Int32Array(count);
    this.bytes = new Float64Array(count);
    this.batchHead = new Int32Array(count).fill(-1);
    this.batchTail = new Int32Array(count).fill(-1);
    this.taken = new Int32Array(count);
  }

  push(q: number, p: number, lane: number): void {
    const next = this.pool.next;
    const slot = q * LANES + lane;
    next[p] = -1;
    const tail = this.tails[slot];
    if (tail < 0) this.heads[slot] = p;
    else next[tail] = p;
    this.tails[slot] = p;
    this.length[q]++;
    this.bytes[q] += this.pool.unitBytes[p];
  }

  /** Removes the first packet of the highest non-empty lane, or returns -1. */
  pop(q: number): number {
    const base = q * LANES;
    for (let slot = base; slot < base + LANES; slot++) if (this.heads[slot] >= 0) return this.removeHead(q, slot);
    return -1;
  }

  /** pop() for a queue whose packets all use the FIFO lane. */
  popFifo(q: number): number {
    const slot = q * LANES + LANE_FIFO;
    return this.heads[slot] < 0 ? -1 : this.removeHead(q, slot);
  }

  /** Unlinks the first packet of lane `slot` (which must hold one) from queue `q`. */
  private removeHead(q: number, slot: number): number {
    const p = this.heads[slot];
    const next = this.pool.next[p];
    this.heads[slot] = next;
    if (next < 0) this.tails[slot] = -1;
    this.length[q]--;
    this.bytes[q] -= this.pool.unitBytes[p];
    return p;
  }

  /** The packet that pop() would return, or -1. */
  peek(q: number): number {
    const base = q * LANES;
    for (let slot = base; slot < base + LANES; slot++) if (this.heads[slot] >= 0) return this.heads[slot];
    return -1;
  }

  /** True when lane 0 (high priority) holds a packet. */
  hasHigh(q: number): boolean {
    return this.heads[q * LANES] >= 0;
  }

  batchPush(q: number, p: number): void {
    const next = this.pool.next;
    next[p] = -1;
    const tail = this.batchTail[q];
    if (tail < 0) this.batchHead[q] = p;
    else next[tail] = p;
    this.batchTail[q] = p;
  }

  /**
   * Moves the first `max` packets of a queue whose packets all use the FIFO
   * lane to the end of its batch list in one splice; returns how many moved.
   */
  moveFifoToBatch(q: number, max: number): number {
    const slot = q * LANES + LANE_FIFO;
    const first = this.heads[slot];
    if (first < 0 || max <= 0) return 0;
    const pool = this.pool;
    const next = pool.next;
    const unitBytes = pool.unitBytes;
    let last = first;
    let bytes = unitBytes[first];
    let moved = 1;
    for (; moved < max; moved++) {
      const p = next[last];
      if (p < 0) break;
      last = p;
      bytes += unitBytes[p];
    }
    const rest = next[last];
    this.heads[slot] = rest;
    if (rest < 0) this.tails[slot] = -1;
    next[last] = -1;
    this.length[q] -= moved;
    this.bytes[q] -= bytes;
    const tail = this.batchTail[q];
    if (tail < 0) this.batchHead[q] = first;
    else next[tail] = first;
    this.batchTail[q] = last;
    return moved;
  }

  batchPop(q: number): number {
    const p = this.batchHead[q];
    if (p < 0) return -1;
    const next = this.pool.next[p];
    this.batchHead[q] = next;
    if (next < 0) this.batchTail[q] = -1;
    return p;
  }
}
