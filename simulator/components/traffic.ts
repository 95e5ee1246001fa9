// Traffic sources on an ideal generator. Each traffic draws from its own
// random stream. Patterns:
//   constant — evenly spaced at the rate, flows round-robin (a windowed
//              sender with TSO sends 64 KB of one flow before the next);
//   poisson  — exponential gaps, flows at random;
//   onoff    — exponential on and off periods (means `on`, `off`), evenly
//              spaced at the rate while on (the rate is the on-period rate);
//   closed   — `concurrency` requests outstanding, the next one `think`
//              after a reply arrives (or a request is lost);
//   trace    — the given records.
// A sender never exceeds its NIC's line rate: when the transmitter is booked
// too far ahead the source waits, so an absurd rate becomes line rate. A
// `sut` sender also waits for its core, which spends the traffic's sender
// cost on each packet (charged from the moment the packet leaves; the core
// is assumed to run nothing else).
// A TCP-like `window` limits bytes in flight per flow; a delivered packet
// frees its bytes one link latency later (the ACK's way back). With a
// flow size, each flow slot restarts as a new flow after that many bytes
// (or an exponentially distributed number with that mean).
import * as codes from '../engine/codes';
import * as hashing from '../engine/hash';
import type { PlannedTraffic } from '../engine/plan';
import type { Random } from '../engine/random';
import type { Simulation } from '../engine/simulation';
import { toPs } from '../engine/time';
import * as packetPool from './packet-pool';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { CTX_THREAD, DROP_WIRE, EV_ACK, EV_NIC_ARRIVE, EV_SOURCE, PATTERN_CLOSED, PATTERN_CONSTANT, PATTERN_ONOFF, PATTERN_POISSON, PATTERN_TRACE } = codes;
const { hash2 } = hashing;
const { MEASURED, NEW_FLOW } = packetPool;

export class Sources {
  private readonly sim: Simulation;
  private readonly streams: Random[];
  private readonly lossStreams: Random[];
  /** Packets sent in the current on-period (onoff) or since the start (constant). */
  private readonly sequence: Float64Array;
  private readonly periodStart: Float64Array;
  private readonly onUntil: Float64Array;
  private readonly traceIndex: Int32Array;
  private readonly nextFlow: Int32Array;
  /** Bytes sent on `nextFlow` in the current burst. */
  private readonly burstSent: Float64Array;
  private readonly blocked: Uint8Array;
  /** Bytes in flight per flow, for traffic with a window. */
  private readonly windowUsed: Float64Array[];
  /** Per flow slot, for traffic with a flow size: bytes its current flow has sent and will send, and how many flows it has started. */
  private readonly flowSent: Float64Array[];
  private readonly flowTarget: Float64Array[];
  private readonly flowGeneration: Float64Array[];
  /** When each simulated sender core has finished its sending work, ps. */
  private readonly senderFreeAt: Float64Array;

  constructor(sim: Simulation) {
    this.sim = sim;
    const traffic = sim.plan.traffic;
    this.streams = traffic.map((planned) => sim.stream(`traffic:${planned.model.name}`));
    this.lossStreams = traffic.map((planned) => sim.stream(`wire:${planned.model.name}:out`));
    this.sequence = new Float64Array(traffic.length);
    this.periodStart = new Float64Array(traffic.length);
    this.onUntil = new Float64Array(traffic.length);
    this.traceIndex = new Int32Array(traffic.length);
    this.nextFlow = new Int32Array(traffic.length);
    this.burstSent = new Float64Array(traffic.length);
    this.blocked = new Uint8Array(traffic.length);
    this.windowUsed = traffic.map((planned) => new Float64Array(planned.window > 0 ? Math.max(1, planned.flows) : 0));
    this.flowSent = traffic.map((planned) => new Float64Array(planned.flowSize > 0 ? Math.max(1, planned.flows) : 0));
    this.flowTarget = traffic.map((planned) => new Float64Array(planned.flowSize > 0 ? Math.max(1, planned.flows) : 0));
    this.flowGeneration = traffic.map((planned) => new Float64Array(planned.flowSize > 0 ? Math.max(1, planned.flows) : 0));
    this.senderFreeAt = new Float64Array(sim.plan.coreCount);
  }

  start(): void {
    for (const traffic of this.sim.plan.traffic) {
      const t = traffic.index;
      const start = traffic.startPs;
      if (start >= traffic.stopPs) continue;
      switch (traffic.pattern) {
        case PATTERN_CONSTANT:
          this.periodStart[t] = start;
          this.at(traffic, start);
          break;
        case PATTERN_POISSON:
          this.at(traffic, start + Math.round(this.streams[t].exponential(traffic.intervalPs)));
          break;
        case PATTERN_ONOFF:
          this.periodStart[t] = start;
          this.onUntil[t] = this.onPeriodEnd(traffic, start);
          this.at(traffic, start);
          break;
        case PATTERN_CLOSED:
          for (let i = 0; i < traffic.model.concurrency; i++) this.at(traffic, start);
          break;
        case PATTERN_TRACE: {
          const records = traffic.model.trace ?? [];
          let index = 0;
          while (index < records.length && toPs(records[index].time) < start) index++;
          this.traceIndex[t] = index;
          if (index < records.length) this.at(traffic, toPs(records[index].time));
          break;
        }
      }
    }
  }

  /** Schedules the source's next attempt at `time`, unless that is past its stop. */
  private at(traffic: PlannedTraffic, time: number): void {
    if (time < traffic.stopPs && Number.isFinite(time)) this.sim.schedule(time, EV_SOURCE, traffic.index);
  }

  private onPeriodEnd(traffic: PlannedTraffic, from: number): number {
    if (traffic.onPs <= 0 || traffic.offPs <= 0) return Infinity;
    return from + Math.max(1, Math.round(this.streams[traffic.index].exponential(traffic.onPs)));
  }

  /** The source's time to send has come. */
  fire(t: number): void {
    const sim = this.sim;
    const traffic = sim.plan.traffic[t];
    const now = sim.now;
    if (now >= traffic.stopPs) return;
    const nic = traffic.senderNic;
    const bound = sim.plan.nics[nic].txBoundPs;
    if (sim.wire.backlog(nic) > bound) {
      sim.schedule(sim.wire.freeAt[nic] - bound, EV_SOURCE, t);
      return;
    }
    // A simulated sender's core must have finished sending the previous packet.
    const core = traffic.senderCore;
    if (core >= 0 && this.senderFreeAt[core] > now) {
      sim.schedule(this.senderFreeAt[core], EV_SOURCE, t);
      return;
    }
    const pattern = traffic.pattern;
    let bytes: number;
    let flow: number;
    if (pattern === PATTERN_TRACE) {
      const record = (traffic.model.trace ?? [])[this.traceIndex[t]];
      bytes = record.bytes;
      flow = record.flow;
    } else {
      bytes = this.size(traffic);
      flow = this.flow(traffic);
    }
    if (traffic.window > 0 && pattern !== PATTERN_CLOSED) {
      flow = this.openFlow(traffic, flow, bytes);
      if (flow < 0) {
        this.blocked[t] = 1;
        return;
      }
    }
    if (pattern !== PATTERN_TRACE) this.advanceFlow(traffic, flow, bytes);
    this.send(traffic, bytes, flow);
    if (core >= 0) {
      const cost = Math.round(traffic.senderPerBytePs * bytes + (traffic.senderPerSegmentPs * bytes) / traffic.senderSegmentBytes);
      sim.metrics.busy(core, -1, CTX_THREAD, now, cost);
      this.senderFreeAt[core] = now + cost;
    }
    switch (pattern) {
      case PATTERN_CONSTANT: {
        const next = this.periodStart[t] + Math.round(++this.sequence[t] * traffic.intervalPs);
        this.at(traffic, next > now ? next : now);
        break;
      }
      case PATTERN_POISSON:
        this.at(traffic, now + Math.round(this.streams[t].exponential(traffic.intervalPs)));
        break;
      case PATTERN_ONOFF: {
        let next = this.periodStart[t] + Math.round(++this.sequence[t] * traffic.intervalPs);
        if (next >= this.onUntil[t]) {
          const off = Math.round(this.streams[t].exponential(traffic.offPs));
          this.periodStart[t] = this.onUntil[t] + off;
          this.onUntil[t] = this.onPeriodEnd(traffic, this.periodStart[t]);
          this.sequence[t] = 0;
          next = this.periodStart[t];
        }
        this.at(traffic, next > now ? next : now);
        break;
      }
      case PATTERN_TRACE: {
        const records = traffic.model.trace ?? [];
        const index = ++this.traceIndex[t];
        if (index < records.length) {
          const next = toPs(records[index].time);
          this.at(traffic, next > now ? next : now);
        }
        break;
      }
    }
  }

  private size(traffic: PlannedTraffic): number {
    const sizes = traffic.sizes;
    if (sizes.length === 1) return sizes[0];
    const u = this.streams[traffic.index].nextOpen();
    const cumulative = traffic.cumulativeWeights;
    for (let i = 0; i < sizes.length - 1; i++) if (u < cumulative[i]) return sizes[i];
    return sizes[sizes.length - 1];
  }

  private flow(traffic: PlannedTraffic): number {
    const flows = traffic.flows;
    if (flows <= 1) return 0;
    if (traffic.pattern === PATTERN_POISSON || traffic.pattern === PATTERN_ONOFF) return this.streams[traffic.index].below(flows);
    return this.nextFlow[traffic.index];
  }

  /** Round-robin senders move to the flow after `flow` once its burst (a frame, or a TSO segment) is sent. */
  private advanceFlow(traffic: PlannedTraffic, flow: number, bytes: number): void {
    const flows = traffic.flows;
    if (flows <= 1 || traffic.pattern === PATTERN_POISSON || traffic.pattern === PATTERN_ONOFF) return;
    const t = traffic.index;
    // A full window sent the packet on another flow: the burst continues there.
    if (flow !== this.nextFlow[t]) this.burstSent[t] = 0;
    this.burstSent[t] += bytes;
    if (this.burstSent[t] < traffic.burstBytes) {
      this.nextFlow[t] = flow;
      return;
    }
    this.burstSent[t] = 0;
    this.nextFlow[t] = flow + 1 < flows ? flow + 1 : 0;
  }

  /** The first flow from `flow` on whose window has room for `bytes`, or -1. */
  private openFlow(traffic: PlannedTraffic, flow: number, bytes: number): number {
    const used = this.windowUsed[traffic.index];
    const window = traffic.window;
    for (let i = 0; i < used.length; i++) {
      const f = (flow + i) % used.length;
      if (used[f] === 0 || used[f] + bytes <= window) return f;
    }
    return -1;
  }

  private send(traffic: PlannedTraffic, bytes: number, flow: number): void {
    const sim = this.sim;
    const pool = sim.pool;
    const t = traffic.index;
    const p = pool.alloc();
    pool.traffic[p] = t;
    let id = flow;
    if (traffic.flowSize > 0) {
      // A slot's flow ends after `flowSize` bytes; the next packet opens a new flow (a new 5-tuple) in its place.
      const sent = this.flowSent[t];
      const slot = flow % sent.length;
      if (sent[slot] > 0 && sent[slot] >= this.flowTarget[t][slot]) {
        sent[slot] = 0;
        this.flowGeneration[t][slot]++;
      }
      if (sent[slot] === 0) {
        pool.flags[p] |= NEW_FLOW;
        this.flowTarget[t][slot] = traffic.flowExponential ? this.streams[t].exponential(traffic.flowSize) : traffic.flowSize;
      }
      sent[slot] += bytes;
      id = slot + this.flowGeneration[t][slot] * sent.length;
    }
    pool.flow[p] = id;
    pool.hash[p] = hash2(traffic.salt, id);
    pool.bytes[p] = bytes;
    pool.unitBytes[p] = bytes;
    pool.lane[p] = traffic.lane;
    pool.stage[p] = -1;
    const nic = traffic.senderNic;
    const start = sim.wire.book(nic, bytes);
    pool.sendTime[p] = start;
    const measured = start >= sim.plan.warmupPs && start < sim.plan.endPs;
    if (measured) {
      pool.flags[p] |= MEASURED;
      sim.metrics.offer(t, bytes);
    }
    sim.path.sent(t, measured);
    if (traffic.window > 0 && traffic.pattern !== PATTERN_CLOSED) this.windowUsed[t][flow % this.windowUsed[t].length] += bytes;
    if (traffic.loss > 0) {
      const frames = Math.ceil(bytes / sim.plan.nics[nic].maxFrame);
      if (this.lossStreams[t].nextOpen() < 1 - (1 - traffic.loss) ** frames) {
        sim.path.dropUnit(p, DROP_WIRE);
        return;
      }
    }
    sim.schedule(start + sim.wire.wireTime(nic, bytes) + traffic.latencyPs, EV_NIC_ARRIVE, p);
  }

  /** Packet `p` completed its path at the receiver; true if the source keeps it until its ACK. */
  delivered(p: number): boolean {
    const sim = this.sim;
    const traffic = sim.plan.traffic[sim.pool.traffic[p]];
    if (traffic.pattern === PATTERN_CLOSED) {
      this.at(traffic, sim.now + traffic.latencyPs + traffic.thinkPs);
      return false;
    }
    if (traffic.window > 0) {
      sim.schedule(sim.now + traffic.latencyPs, EV_ACK, p);
      return true;
    }
    return false;
  }

  /** A reply or forwarded packet reached the generator. */
  returned(p: number): void {
    this.settle(p);
  }

  /** Packet `p` was lost. */
  lost(p: number): void {
    this.settle(p);
  }

  /** The ACK of a delivered packet reached the sender. */
  ack(p: number): void {
    this.freeWindow(p);
    this.sim.pool.release(p);
  }

  private settle(p: number): void {
    const sim = this.sim;
    const traffic = sim.plan.traffic[sim.pool.traffic[p]];
    if (traffic.pattern === PATTERN_CLOSED) this.at(traffic, sim.now + traffic.thinkPs);
    else if (traffic.window > 0) this.freeWindow(p);
  }

  private freeWindow(p: number): void {
    const sim = this.sim;
    const pool = sim.pool;
    const t = pool.traffic[p];
    const used = this.windowUsed[t];
    used[pool.flow[p] % used.length] -= pool.bytes[p];
    if (this.blocked[t]) {
      this.blocked[t] = 0;
      sim.schedule(sim.now, EV_SOURCE, t);
    }
  }
}
