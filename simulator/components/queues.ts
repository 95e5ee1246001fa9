// Every packet queue of a run (NIC rings, per-CPU backlogs, socket buffers,
// shared-memory rings) as intrusive linked lists through the packet pool.
// Each queue has three priority lanes: without PRISM everything uses the
// middle one (FIFO); with PRISM, high-priority packets are served first.
// A consumer takes a batch out of its queue into the queue's batch list,
// which it then works through one unit at a time.
import * as codes from '../engine/codes';
import type { PacketPool } from './packet-pool';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { LANES } = codes;

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
    for (let slot = base; slot < base + LANES; slot++) {
      const p = this.heads[slot];
      if (p < 0) continue;
      const next = this.pool.next[p];
      this.heads[slot] = next;
      if (next < 0) this.tails[slot] = -1;
      this.length[q]--;
      this.bytes[q] -= this.pool.unitBytes[p];
      return p;
    }
    return -1;
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

  batchPop(q: number): number {
    const p = this.batchHead[q];
    if (p < 0) return -1;
    const next = this.pool.next[p];
    this.batchHead[q] = next;
    if (next < 0) this.batchTail[q] = -1;
    return p;
  }
}
