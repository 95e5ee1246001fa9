// How a consumer takes work out of its queue: a batch of up to its weight
// (NAPI) or burst (polling) moves into the queue's batch list. From a NIC
// ring the batch is also where GRO/LRO merge same-flow packets (at most 8
// flows open, as MAX_GRO_SKBS) and where PRISM's early classification puts
// high-priority packets first. With PRISM, a high-priority packet queued
// while a batch is being worked through goes ahead of the rest of it.
import * as codes from '../engine/codes';
import type { Simulation } from '../engine/simulation';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { LANES } = codes;

/** Most distinct flows GRO holds open at once (MAX_GRO_SKBS). */
const GRO_FLOWS = 8;

export class Batches {
  private readonly sim: Simulation;
  /** Scratch space for ordering and merging one take. */
  private scratch = new Int32Array(256);
  private readonly openUnits = new Int32Array(GRO_FLOWS);
  private readonly openTails = new Int32Array(GRO_FLOWS);

  constructor(sim: Simulation) {
    this.sim = sim;
  }

  /** The next unit to work on from queue `q`'s batch, or -1 when the batch is done. */
  next(q: number): number {
    const queues = this.sim.queues;
    if (this.sim.plan.queueLaned[q] && queues.hasHigh(q)) {
      queues.taken[q]++;
      return queues.pop(q);
    }
    return queues.batchPop(q);
  }

  /** Moves up to `max` packets from queue `q` into its batch list. */
  take(q: number, max: number): void {
    const sim = this.sim;
    const plan = sim.plan;
    const queues = sim.queues;
    const chainIndex = plan.queueRingChain[q];
    const chain = chainIndex >= 0 ? plan.chains[chainIndex] : undefined;
    if (!chain || (chain.mergeAfter < -1 && !chain.prism)) {
      if (!plan.queueLaned[q]) {
        queues.taken[q] += queues.moveFifoToBatch(q, max);
        return;
      }
      let k = 0;
      while (k < max) {
        const p = queues.pop(q);
        if (p < 0) break;
        queues.batchPush(q, p);
        k++;
      }
      queues.taken[q] += k;
      return;
    }
    const n = Math.min(max, queues.length[q]);
    if (this.scratch.length < n) this.scratch = new Int32Array(n * 2);
    const scratch = this.scratch;
    for (let i = 0; i < n; i++) scratch[i] = queues.pop(q);
    queues.taken[q] += n;
    if (chain.prism) stableSortByLane(scratch, n, sim.pool.lane);
    if (chain.mergeAfter < -1) {
      for (let i = 0; i < n; i++) queues.batchPush(q, scratch[i]);
      return;
    }
    this.merge(q, n, chain.groBatch, chain.groMaxBytes);
  }

  /** GRO: packets of one flow become one unit of at most `batch` segments and `maxBytes`. */
  private merge(q: number, n: number, batch: number, maxBytes: number): void {
    const pool = this.sim.pool;
    const queues = this.sim.queues;
    const open = this.openUnits;
    const tails = this.openTails;
    let openCount = 0;
    for (let i = 0; i < n; i++) {
      const p = this.scratch[i];
      let slot = -1;
      for (let j = 0; j < openCount; j++) {
        const u = open[j];
        if (pool.hash[u] === pool.hash[p] && pool.traffic[u] === pool.traffic[p] && pool.flow[u] === pool.flow[p]) {
          slot = j;
          break;
        }
      }
      if (slot >= 0) {
        const u = open[slot];
        if (pool.count[u] < batch && pool.unitBytes[u] + pool.bytes[p] <= maxBytes) {
          pool.merged[tails[slot]] = p;
          tails[slot] = p;
          pool.count[u]++;
          pool.unitBytes[u] += pool.bytes[p];
          continue;
        }
        queues.batchPush(q, u);
        open[slot] = p;
        tails[slot] = p;
        continue;
      }
      if (openCount === GRO_FLOWS) {
        queues.batchPush(q, open[0]);
        for (let j = 1; j < GRO_FLOWS; j++) {
          open[j - 1] = open[j];
          tails[j - 1] = tails[j];
        }
        openCount--;
      }
      open[openCount] = p;
      tails[openCount] = p;
      openCount++;
    }
    for (let j = 0; j < openCount; j++) queues.batchPush(q, open[j]);
  }
}

/** Stable in-place reorder of `items[0..n)` by lane (high priority first). */
function stableSortByLane(items: Int32Array, n: number, lane: Uint8Array): void {
  let sorted = true;
  for (let i = 1; i < n; i++) if (lane[items[i]] < lane[items[i - 1]]) sorted = false;
  if (sorted) return;
  const copy = items.slice(0, n);
  let k = 0;
  for (let l = 0; l < LANES; l++) for (let i = 0; i < n; i++) if (lane[copy[i]] === l) items[k++] = copy[i];
}

