// The receiving NIC: RSS picks a queue by flow hash; each queue's RX ring
// drops when its descriptors are used up; a packet-rate ceiling models the
// NIC and PCIe; DMA delays a packet before the driver can see it; interrupt
// coalescing holds the interrupt until `coalesce` after the first waiting
// packet or until `coalesceFrames` are waiting. Interrupts stay off while
// NAPI owns the queue and come back when a poll finds the ring drained.
import * as codes from '../engine/codes';
import type { Simulation } from '../engine/simulation';
import * as packetPool from './packet-pool';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { CONSUMER_POLL, DROP_RING, EV_DMA_DONE, EV_IRQ_TIMER, LANE_FIFO } = codes;
const { IN_HOST } = packetPool;

export const IRQ_ENABLED = 0;
export const IRQ_COALESCING = 1;
export const IRQ_DISABLED = 2;

export class Nic {
  private readonly sim: Simulation;
  /** When each NIC's receive pipeline (packet-rate ceiling) is next free, ps. */
  private readonly rxFreeAt: Float64Array;
  /** Descriptors of each ring whose DMA is still in progress. */
  private readonly inDma: Int32Array;
  readonly irqState: Uint8Array;
  private readonly irqDue: Float64Array;

  constructor(sim: Simulation) {
    this.sim = sim;
    const plan = sim.plan;
    this.rxFreeAt = new Float64Array(plan.nics.length);
    let rings = 0;
    for (const chain of plan.chains) rings += chain.queues;
    this.inDma = new Int32Array(rings);
    this.irqState = new Uint8Array(rings);
    this.irqDue = new Float64Array(rings);
  }

  private ringOf(p: number): number {
    const pool = this.sim.pool;
    const chain = this.sim.plan.chains[this.sim.plan.traffic[pool.traffic[p]].chain];
    return chain.ringBase + (pool.hash[p] % chain.queues);
  }

  /** A frame has fully arrived from the wire. */
  arrive(p: number): void {
    const sim = this.sim;
    const plan = sim.plan;
    const pool = sim.pool;
    const chain = plan.chains[plan.traffic[pool.traffic[p]].chain];
    const ring = chain.ringBase + (pool.hash[p] % chain.queues);
    if (sim.queues.length[ring] + this.inDma[ring] >= plan.queueCapacity[ring]) {
      sim.path.dropUnit(p, DROP_RING);
      return;
    }
    const nic = plan.nics[chain.nic];
    const now = sim.now;
    let ready = now;
    if (nic.ppsIntervalPs > 0) {
      const free = this.rxFreeAt[chain.nic];
      const start = free > now ? free : now;
      if (start - now > nic.bufferPs) {
        sim.path.dropUnit(p, DROP_RING);
        return;
      }
      ready = start + nic.ppsIntervalPs;
      this.rxFreeAt[chain.nic] = ready;
    }
    ready += nic.dmaPs;
    pool.flags[p] |= IN_HOST;
    sim.cache.enter(chain.host, pool.bytes[p]);
    pool.stage[p] = chain.stageBase;
    if (ready === now) this.reachRing(p, ring);
    else {
      this.inDma[ring]++;
      sim.schedule(ready, EV_DMA_DONE, p);
    }
  }

  /** The packet's DMA is over. */
  dmaDone(p: number): void {
    const ring = this.ringOf(p);
    this.inDma[ring]--;
    this.reachRing(p, ring);
  }

  /** The packet is in host memory and its descriptor is visible to the driver. */
  private reachRing(p: number, ring: number): void {
    const sim = this.sim;
    sim.pool.enqueueTime[p] = sim.now;
    sim.queues.push(ring, p, LANE_FIFO);
    if (sim.plan.queueConsumer[ring] === CONSUMER_POLL) sim.cpu.notifyPoll(ring);
    else this.pending(ring);
  }

  /** Packets wait in `ring`: raise the interrupt now or arm the coalescing timer. */
  pending(ring: number): void {
    const state = this.irqState[ring];
    if (state === IRQ_DISABLED) return;
    const sim = this.sim;
    const nic = sim.plan.nics[sim.plan.chains[sim.plan.queueRingChain[ring]].nic];
    const waiting = sim.queues.length[ring];
    if (waiting >= nic.coalesceFrames || nic.coalescePs === 0) {
      this.fire(ring);
      return;
    }
    if (state === IRQ_COALESCING) return;
    const head = sim.queues.peek(ring);
    const due = sim.pool.enqueueTime[head] + nic.coalescePs;
    if (due <= sim.now) {
      this.fire(ring);
      return;
    }
    this.irqState[ring] = IRQ_COALESCING;
    this.irqDue[ring] = due;
    sim.schedule(due, EV_IRQ_TIMER, ring);
  }

  timer(ring: number): void {
    if (this.irqState[ring] === IRQ_COALESCING && this.irqDue[ring] === this.sim.now) this.fire(ring);
  }

  private fire(ring: number): void {
    this.irqState[ring] = IRQ_DISABLED;
    this.sim.cpu.interrupt(ring);
  }

  /** NAPI finished with the ring (napi_complete): interrupts are back on. */
  rearm(ring: number): void {
    this.irqState[ring] = IRQ_ENABLED;
    if (this.sim.queues.length[ring] > 0) this.pending(ring);
  }
}
