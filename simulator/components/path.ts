// A packet's way through its chain: running a unit through a run of stages
// on one core (costs, DDIO misses, service distribution), deciding where it
// goes next (the next stage's queue, possibly on another core; delivery; the
// transmit path back to the generator), and the end of every packet
// (delivered, dropped, returned).
import * as codes from '../engine/codes';
import type { Plan, PlannedChain, PlannedTraffic } from '../engine/plan';
import type { Metrics } from '../metrics/collector';
import type { Random } from '../engine/random';
import type { Simulation } from '../engine/simulation';
import * as packetPool from './packet-pool';
import type { PacketPool } from './packet-pool';
import type { Queues } from './queues';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { ACTION_DROP, ACTION_FORWARD, DROP_RING, DROP_WIRE, EV_LOADGEN_RX, LANE_FIFO, LANE_HIGH, QUEUE_BACKLOG, QUEUE_NONE, QUEUE_SHM, QUEUE_SOCKET } = codes;
const { IN_HOST, MEASURED, NEW_FLOW, REPLIED, RETURNING, TX_PAID } = packetPool;

/** Where a unit goes after its run of stages when not to another stage. */
const DELIVER = -1;
const TRANSMIT = -2;

export class Path {
  private readonly sim: Simulation;
  // Components and plan tables read on every unit, held here rather than reached through `sim.plan`.
  private readonly plan: Plan;
  private readonly pool: PacketPool;
  private readonly metrics: Metrics;
  private readonly queues: Queues;
  private readonly chains: PlannedChain[];
  private readonly traffic: PlannedTraffic[];
  private readonly stageContext: Uint8Array;
  private readonly stageAction: Uint8Array;
  private readonly stageQueue: Uint8Array;
  private readonly stageLast: Uint8Array;
  private readonly stagePassesOn: Uint8Array;
  private readonly stageTx: Uint8Array;
  private readonly stageCopies: Uint8Array;
  private readonly stageInlineable: Uint8Array;
  private readonly stagePinned: Int32Array;
  private readonly stageMovable: Uint8Array;
  private readonly stagePerPacketPs: Float64Array;
  private readonly stagePerPacketOnlyPs: Float64Array;
  private readonly stagePerUnit: Uint8Array;
  private readonly stagePerBytePs: Float64Array;
  private readonly stagePerFlowPs: Float64Array;
  private readonly stageExponential: Uint8Array;
  private readonly stageQueueOf: Int32Array;
  private readonly queueCapacity: Float64Array;
  private readonly queueCapBytes: Float64Array;
  private readonly queueLaned: Uint8Array;
  private readonly queueCore: Int32Array;
  private readonly coreCount: number;
  /** Measured packets sent and not yet delivered or dropped, per traffic, and in all. */
  readonly measuredInFlight: Float64Array;
  measuredPending = 0;
  /** All packets in the system per traffic, and when that count last changed (for the time average). */
  private readonly inSystem: Float64Array;
  private readonly inSystemSince: Float64Array;
  private readonly trafficSlots: number;
  /** Service-time streams per (stage, traffic), for exponential stages. */
  private readonly serviceStreams: (Random | null)[];
  private readonly returnStreams: Random[];

  constructor(sim: Simulation) {
    this.sim = sim;
    const plan = sim.plan;
    this.plan = plan;
    this.pool = sim.pool;
    this.metrics = sim.metrics;
    this.queues = sim.queues;
    this.chains = plan.chains;
    this.traffic = plan.traffic;
    this.stageContext = plan.stageContext;
    this.stageAction = plan.stageAction;
    this.stageQueue = plan.stageQueue;
    this.stageLast = plan.stageLast;
    this.stagePassesOn = plan.stagePassesOn;
    this.stageTx = plan.stageTx;
    this.stageCopies = plan.stageCopies;
    this.stageInlineable = plan.stageInlineable;
    this.stagePinned = plan.stagePinned;
    this.stageMovable = plan.stageMovable;
    this.stagePerPacketPs = plan.stagePerPacketPs;
    this.stagePerPacketOnlyPs = plan.stagePerPacketOnlyPs;
    this.stagePerUnit = plan.stagePerUnit;
    this.stagePerBytePs = plan.stagePerBytePs;
    this.stagePerFlowPs = plan.stagePerFlowPs;
    this.stageExponential = plan.stageExponential;
    this.stageQueueOf = plan.stageQueueOf;
    this.queueCapacity = plan.queueCapacity;
    this.queueCapBytes = plan.queueCapBytes;
    this.queueLaned = plan.queueLaned;
    this.queueCore = plan.queueCore;
    this.coreCount = plan.coreCount;
    this.measuredInFlight = new Float64Array(plan.traffic.length);
    this.inSystem = new Float64Array(plan.traffic.length);
    this.inSystemSince = new Float64Array(plan.traffic.length);
    this.trafficSlots = Math.max(1, plan.traffic.length);
    this.serviceStreams = new Array<Random | null>(plan.slotCount * this.trafficSlots).fill(null);
    for (let s = 0; s < plan.slotCount; s++) {
      if (!plan.stageExponential[s]) continue;
      for (const traffic of plan.traffic) {
        this.serviceStreams[s * this.trafficSlots + traffic.index] = sim.stream(`service:${plan.stageKeys[s]}:${traffic.model.name}`);
      }
    }
    this.returnStreams = plan.traffic.map((traffic) => sim.stream(`wire:${traffic.model.name}:back`));
  }

  /** Runs unit `u` from its current stage up to the next queue or the end of its path; returns the time taken, ps. */
  run(c: number, u: number): number {
    const pool = this.pool;
    const metrics = this.metrics;
    const now = this.sim.now;
    const t = pool.traffic[u];
    const chain = this.chains[this.traffic[t].chain];
    const measured = (pool.flags[u] & MEASURED) !== 0;
    let s = pool.stage[u];
    let time = now;
    let wait = now - pool.enqueueTime[u];
    for (;;) {
      const ps = this.serviceTime(s, u, t, chain);
      metrics.busy(c, s, this.stageContext[s], time, ps);
      if (measured) metrics.stage(s, wait, ps, pool.count[u]);
      wait = 0;
      time += ps;
      // Most stages only pass the unit on; the others have effects of their own and may end its path.
      const next = this.stagePassesOn[s] ? s + 1 : this.endStage(s, u, t, chain);
      if (next === TRANSMIT && (pool.flags[u] & TX_PAID) === 0) time += this.payTransmit(c, u, chain, this.stageContext[s], time, measured);
      if (next < 0) {
        pool.stage[u] = next;
        pool.target[u] = -1;
        return time - now;
      }
      if ((this.stageQueue[next] !== QUEUE_NONE || chain.prism) && this.waitsBefore(c, u, s, next, chain)) return time - now;
      s = next;
    }
  }

  /** What stage `s` does besides costing time (pays transmit, copies the data out, makes the reply, drops, forwards); returns where unit `u` goes next. */
  private endStage(s: number, u: number, t: number, chain: PlannedChain): number {
    const pool = this.pool;
    const traffic = this.traffic[t];
    if (this.stageTx[s]) pool.flags[u] |= TX_PAID;
    if (this.stageCopies[s]) this.leaveHost(u);
    if (s === chain.serviceStage && traffic.reply > 0) {
      pool.flags[u] |= REPLIED;
      pool.unitBytes[u] = traffic.reply * pool.count[u];
    }
    const action = this.stageAction[s];
    if (action === ACTION_DROP) return DELIVER;
    if (action === ACTION_FORWARD) {
      pool.flags[u] |= RETURNING;
      return chain.txStage > s ? chain.txStage : TRANSMIT;
    }
    if (this.stageLast[s]) return (pool.flags[u] & (REPLIED | RETURNING)) !== 0 || traffic.forward ? TRANSMIT : DELIVER;
    return s + 1;
  }

  /** Unit `u` leaves by the transmit path and no `tx` stage paid for it: the chain's transmit cost, charged in `context`; returns that time. */
  private payTransmit(c: number, u: number, chain: PlannedChain, context: number, time: number, measured: boolean): number {
    const tx = this.txTime(u, chain);
    this.metrics.busy(c, chain.txSlot, context, time, tx);
    if (measured) this.metrics.stage(chain.txSlot, 0, tx, this.pool.count[u]);
    this.pool.flags[u] |= TX_PAID;
    return tx;
  }

  /**
   * Whether unit `u`, done with stage `s` on core `c`, stops before stage
   * `next` (which it then records, with the core chosen for it) rather than
   * running on into it on this core.
   */
  private waitsBefore(c: number, u: number, s: number, next: number, chain: PlannedChain): boolean {
    const pool = this.pool;
    const queue = this.stageQueue[next];
    let target = -1;
    if (chain.prism && s === chain.stageBase && pool.lane[u] !== LANE_HIGH && queue === QUEUE_NONE) {
      // PRISM's early classification: after the driver, lower-priority work waits in the backlog.
      target = c;
    } else if (queue === QUEUE_NONE) {
      return false;
    } else if (this.stageInlineable[next]) {
      // Pipelining decides now; work that stays on this core runs on without a queue.
      target = this.sim.placement.pick(chain.index, next, pool.hash[u], c);
      if (target === c) return false;
    } else if (this.streamlined(chain, u, next, c)) {
      return false;
    }
    pool.stage[u] = next;
    pool.target[u] = target;
    return true;
  }

  /** PRISM streamlines high-priority packets: they skip backlog hops that stay on their core. */
  private streamlined(chain: PlannedChain, u: number, next: number, c: number): boolean {
    if (!chain.prism || this.pool.lane[u] !== LANE_HIGH || this.stageQueue[next] !== QUEUE_BACKLOG) return false;
    const pinned = this.stagePinned[next];
    return pinned < 0 || pinned === c;
  }

  private serviceTime(s: number, u: number, t: number, chain: PlannedChain): number {
    const flat = this.stagePerPacketOnlyPs[s];
    const mean = flat >= 0 ? flat : this.meanServiceTime(s, u, t, chain);
    if (!this.stageExponential[s]) return Math.round(mean);
    return Math.round((this.serviceStreams[s * this.trafficSlots + t] as Random).exponential(mean));
  }

  /** Stage `s`'s cost for unit `u` (its mean, for an exponential stage), ps. */
  private meanServiceTime(s: number, u: number, t: number, chain: PlannedChain): number {
    const pool = this.pool;
    const bytes = pool.unitBytes[u];
    const count = pool.count[u];
    let ps = this.stagePerPacketPs[s] * (this.stagePerUnit[s] ? 1 : count) + this.stagePerBytePs[s] * bytes;
    if (this.stageCopies[s]) ps += this.copyMissTime(s, u, chain, bytes);
    // The first packet of a flow heads its unit (GRO merges a flow in arrival order).
    if (pool.flags[u] & NEW_FLOW) ps += this.stagePerFlowPs[s];
    if (s === chain.serviceStage) ps += this.traffic[t].servicePs * count;
    return ps;
  }

  /** Extra time of a copy for the bytes that miss the LLC (DDIO) or come from a remote NUMA node, ps. */
  private copyMissTime(s: number, u: number, chain: PlannedChain, bytes: number): number {
    const sim = this.sim;
    const plan = this.plan;
    const miss = sim.cache.missFraction(chain);
    if (this.pool.flags[u] & MEASURED) this.metrics.copy(chain.host, bytes, miss);
    return (plan.stageMissPerBytePs[s] * miss + plan.stageRemotePerBytePs[s]) * bytes;
  }

  /** Transmit cost of a unit when no `tx` stage paid it: per super-packet with TSO, else per frame. */
  private txTime(u: number, chain: PlannedChain): number {
    const plan = this.sim.plan;
    const pool = this.sim.pool;
    const bytes = pool.unitBytes[u];
    const frames = Math.max(pool.count[u], Math.ceil(bytes / plan.nics[chain.nic].maxFrame));
    const packets = chain.tsoBytes > 0 ? Math.max(1, Math.ceil(bytes / chain.tsoBytes)) : frames;
    return Math.round(plan.stagePerPacketPs[chain.txSlot] * packets + plan.stagePerBytePs[chain.txSlot] * bytes);
  }

  /** Unit `u` finished its run of stages on core `c`. */
  complete(c: number, u: number): void {
    const next = this.sim.pool.stage[u];
    if (next === DELIVER) this.deliverUnit(u);
    else if (next === TRANSMIT) this.transmit(u);
    else this.route(c, u, next);
  }

  /** Sends unit `u` to the queue of stage `s`, on the core placement picks. */
  private route(c: number, u: number, s: number): void {
    const sim = this.sim;
    const pool = this.pool;
    const t = pool.traffic[u];
    let target = pool.target[u];
    if (target < 0) target = this.stagePinned[s];
    if (target < 0) target = this.stageMovable[s] ? sim.placement.pick(this.traffic[t].chain, s, pool.hash[u], c) : c;
    let q = this.stageQueueOf[(s * this.coreCount + target) * this.trafficSlots + t];
    // A stage without a queue of its own (PRISM deferring after the driver) waits in the core's backlog.
    if (q < 0) q = this.plan.coreBacklog[target];
    if (q < 0) throw new Error(`internal: no queue for ${this.plan.stageKeys[s]} on core ${target}`);
    const queues = this.queues;
    if (queues.length[q] >= this.queueCapacity[q] || queues.bytes[q] + pool.unitBytes[u] > this.queueCapBytes[q]) {
      this.dropUnit(u, this.plan.queueDrop[q]);
      return;
    }
    pool.enqueueTime[u] = sim.now;
    queues.push(q, u, this.queueLaned[q] ? pool.lane[u] : LANE_FIFO);
    const context = this.stageContext[s > 0 ? s - 1 : s];
    // Handing a packet to another core's backlog (RPS, FALCON, device hand-offs) costs the producer a remote enqueue and
    // an IPI. A socket queue's enqueue is the protocol stage's own work and its consumer is reached by the wake-up, paid
    // apart; a shared-memory ring's enqueue is part of the `shm` stage's own cost.
    const queueKind = this.stageQueue[s];
    if (this.queueCore[q] !== c && queueKind !== QUEUE_SHM && queueKind !== QUEUE_SOCKET) sim.cpu.addOverhead(c, context, this.chains[this.traffic[t].chain].handoffPs);
    sim.cpu.notify(q, c, context);
  }

  /** Every frame of unit `u` completed its path here (a sink or a drop action). */
  private deliverUnit(u: number): void {
    const sim = this.sim;
    const pool = sim.pool;
    for (let p = u; p >= 0; ) {
      const next = pool.merged[p];
      pool.merged[p] = -1;
      this.leaveHost(p);
      this.record(p);
      if (!sim.sources.delivered(p)) pool.release(p);
      p = next;
    }
  }

  /** Puts every frame of unit `u` on the wire back to its generator. */
  private transmit(u: number): void {
    const sim = this.sim;
    const plan = sim.plan;
    const pool = sim.pool;
    for (let p = u; p >= 0; ) {
      const next = pool.merged[p];
      pool.merged[p] = -1;
      this.leaveHost(p);
      const t = pool.traffic[p];
      const traffic = plan.traffic[t];
      const nic = traffic.receiverNic;
      const bytes = pool.flags[p] & REPLIED ? traffic.reply : pool.bytes[p];
      if (sim.wire.backlog(nic) > plan.nics[nic].txBoundPs) {
        this.drop(p, DROP_RING);
      } else {
        const start = sim.wire.book(nic, bytes);
        const frames = Math.ceil(bytes / plan.nics[nic].maxFrame);
        if (traffic.loss > 0 && this.returnStreams[t].nextOpen() < 1 - (1 - traffic.loss) ** frames) {
          this.drop(p, DROP_WIRE);
        } else {
          pool.flags[p] |= RETURNING;
          sim.schedule(start + sim.wire.wireTime(nic, bytes) + traffic.latencyPs, EV_LOADGEN_RX, p);
        }
      }
      p = next;
    }
  }

  /** A reply or forwarded frame reached its generator. */
  returned(p: number): void {
    this.record(p);
    this.sim.sources.returned(p);
    this.sim.pool.release(p);
  }

  private record(p: number): void {
    const now = this.sim.now;
    const pool = this.pool;
    const metrics = this.metrics;
    const t = pool.traffic[p];
    this.count(t, -1);
    metrics.complete(t, pool.bytes[p], now);
    if ((pool.flags[p] & MEASURED) === 0) return;
    this.measuredInFlight[t]--;
    this.measuredPending--;
    metrics.deliver(t, now - pool.sendTime[p], now);
  }

  /** Drops every frame of unit `u`, counting the loss at `place`. */
  dropUnit(u: number, place: number): void {
    const pool = this.sim.pool;
    for (let p = u; p >= 0; ) {
      const next = pool.merged[p];
      pool.merged[p] = -1;
      this.leaveHost(p);
      this.drop(p, place);
      p = next;
    }
  }

  private drop(p: number, place: number): void {
    const sim = this.sim;
    const pool = sim.pool;
    this.count(pool.traffic[p], -1);
    if (pool.flags[p] & MEASURED) {
      const t = pool.traffic[p];
      this.measuredInFlight[t]--;
      this.measuredPending--;
      sim.metrics.drop(t, place);
    }
    sim.sources.lost(p);
    pool.release(p);
  }

  /** The frames of `u` no longer occupy the receiving host's memory (copied out, sent or freed). */
  private leaveHost(u: number): void {
    const pool = this.pool;
    for (let p = u; p >= 0; p = pool.merged[p]) {
      if ((pool.flags[p] & IN_HOST) === 0) continue;
      pool.flags[p] &= ~IN_HOST;
      this.sim.cache.leave(this.chains[this.traffic[pool.traffic[p]].chain].host, pool.bytes[p]);
    }
  }

  /** A packet of traffic `t` entered the system. */
  sent(t: number, measured: boolean): void {
    if (measured) {
      this.measuredInFlight[t]++;
      this.measuredPending++;
    }
    this.count(t, 1);
  }

  private count(t: number, change: number): void {
    const now = this.sim.now;
    this.metrics.occupy(t, this.inSystem[t], this.inSystemSince[t], now);
    this.inSystem[t] += change;
    this.inSystemSince[t] = now;
  }

  /** At the end of a run: account the packets still in the system. */
  close(): void {
    for (let t = 0; t < this.inSystem.length; t++) this.count(t, 0);
  }
}
