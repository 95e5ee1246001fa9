// Everything measured during a point's replications, pooled across them.
// Only packets sent inside the measurement window count towards traffic and
// stage figures; core time is clipped to the window. Sizes depend on the
// model (traffic, stages, cores, time-series points), never on run length.
import * as codes from '../engine/codes';
import type { Plan } from '../engine/plan';
import { LogHistogram } from './histogram';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { CTX_COUNT } = codes;

/** Per-core NAPI/softirq counters. */
export const K_POLLS = 0;
export const K_POLLED = 1;
export const K_MAX_PER_POLL = 2;
export const K_ROUNDS = 3;
export const K_MAX_PER_ROUND = 4;
export const K_BUDGET_STOPS = 5;
export const K_TIME_STOPS = 6;
export const K_KSOFTIRQD_WAKEUPS = 7;
export const K_RESTARTS = 8;
export const K_COUNT = 9;

export class Metrics {
  readonly plan: Plan;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly points: number;
  readonly binPs: number;
  replications = 0;
  events = 0;

  // Traffic.
  readonly offered: Float64Array;
  readonly offeredBytes: Float64Array;
  readonly delivered: Float64Array;
  /** Packets (measured or not) that completed inside the window, and their bytes: the throughput. */
  readonly completed: Float64Array;
  readonly completedBytes: Float64Array;
  /** [traffic × 4]: ring, backlog, socket, wire. */
  readonly drops: Float64Array;
  readonly inFlight: Float64Array;
  /** Integral over the window of the packets in the system, packet·ps. */
  readonly occupancy: Float64Array;
  readonly latency: LogHistogram[];
  readonly seriesBytes: Float64Array;
  readonly seriesP99Sum: Float64Array;
  readonly seriesP99Count: Float64Array;
  private readonly binLatency: LogHistogram[];
  private readonly currentBin: Int32Array;

  // Stages (slots: real stages and transmit pseudo-stages). A slot's packets are its wait histogram's total.
  readonly stageWait: LogHistogram[];
  readonly stageServiceSum: Float64Array;

  // Cores: busy picoseconds by context and by slot (the last slot is overhead).
  readonly overheadSlot: number;
  readonly coreContext: Float64Array;
  readonly coreSlot: Float64Array;
  readonly coreSeries: Float64Array;
  /** Each core's current time-series interval: its index in coreSeries and its end. */
  private readonly binSlot: Int32Array;
  private readonly binEnd: Float64Array;
  /** The start of each core's current interval, never before the window (+Infinity: none yet). */
  private readonly binStart: Float64Array;
  /** Slots per core in coreSlot: every stage slot and the overhead slot. */
  private readonly slotStride: number;
  readonly kernel: Float64Array;

  // Hosts: bytes copied and bytes copied from outside the LLC.
  readonly copiedBytes: Float64Array;
  readonly missedBytes: Float64Array;

  constructor(plan: Plan) {
    this.plan = plan;
    this.windowStart = plan.warmupPs;
    this.windowEnd = plan.endPs;
    this.points = Math.max(1, Math.floor(plan.model.run.timeSeriesPoints) || 1);
    this.binPs = plan.durationPs / this.points;
    const traffic = plan.traffic.length;
    this.offered = new Float64Array(traffic);
    this.offeredBytes = new Float64Array(traffic);
    this.delivered = new Float64Array(traffic);
    this.completed = new Float64Array(traffic);
    this.completedBytes = new Float64Array(traffic);
    this.drops = new Float64Array(traffic * 4);
    this.inFlight = new Float64Array(traffic);
    this.occupancy = new Float64Array(traffic);
    this.latency = plan.traffic.map(() => new LogHistogram());
    this.seriesBytes = new Float64Array(traffic * this.points);
    this.seriesP99Sum = new Float64Array(traffic * this.points);
    this.seriesP99Count = new Float64Array(traffic * this.points);
    this.binLatency = plan.traffic.map(() => new LogHistogram(5));
    this.currentBin = new Int32Array(traffic).fill(-1);
    const slots = plan.slotCount;
    this.stageWait = Array.from({ length: slots }, () => new LogHistogram(5));
    this.stageServiceSum = new Float64Array(slots);
    this.overheadSlot = slots;
    const cores = plan.coreCount;
    this.coreContext = new Float64Array(cores * CTX_COUNT);
    this.coreSlot = new Float64Array(cores * (slots + 1));
    this.coreSeries = new Float64Array(cores * this.points);
    this.binSlot = new Int32Array(cores);
    this.binEnd = new Float64Array(cores).fill(-Infinity);
    this.binStart = new Float64Array(cores).fill(Infinity);
    this.slotStride = slots + 1;
    this.kernel = new Float64Array(cores * K_COUNT);
    this.copiedBytes = new Float64Array(plan.hosts.length);
    this.missedBytes = new Float64Array(plan.hosts.length);
  }

  offer(traffic: number, bytes: number): void {
    this.offered[traffic]++;
    this.offeredBytes[traffic] += bytes;
  }

  drop(traffic: number, place: number): void {
    this.drops[traffic * 4 + place]++;
  }

  /**
   * A measured packet completed its path at `time`, `latency` ps after it
   * was sent. Completions while the run drains after the window count
   * towards the latency figures, not towards the p99 time series.
   */
  deliver(traffic: number, latency: number, time: number): void {
    this.delivered[traffic]++;
    this.latency[traffic].record(latency);
    if (time >= this.windowEnd) return;
    let bin = Math.floor((time - this.windowStart) / this.binPs);
    if (bin < 0) bin = 0;
    if (bin !== this.currentBin[traffic]) {
      this.closeBin(traffic);
      this.currentBin[traffic] = bin;
    }
    this.binLatency[traffic].record(latency);
  }

  /** A packet (measured or not) completed its path at `time`: throughput counts what completes inside the window. */
  complete(traffic: number, bytes: number, time: number): void {
    if (time < this.windowStart || time >= this.windowEnd) return;
    this.completed[traffic]++;
    this.completedBytes[traffic] += bytes;
    this.seriesBytes[traffic * this.points + Math.floor((time - this.windowStart) / this.binPs)] += bytes;
  }

  /**
   * Core `core` was busy in `slot` and context `context` from `start` for
   * `duration` ps. Calls for one core come in time order, so the time series
   * follows the core's current interval: a job inside it (the common case)
   * needs no clipping and no division.
   */
  busy(core: number, slot: number, context: number, start: number, duration: number): void {
    const end = start + duration;
    if (start >= this.binStart[core] && end <= this.binEnd[core] && end > start) {
      // binStart ≥ windowStart and binEnd ≤ windowEnd: the clipping in busyClipped() would change nothing.
      // (A span that ends before it starts, such as idle polling closed at the window's end after the run drained, adds nothing.)
      const time = end - start;
      this.coreContext[core * CTX_COUNT + context] += time;
      if (slot >= 0) this.coreSlot[core * this.slotStride + slot] += time;
      this.coreSeries[this.binSlot[core]] += time;
      return;
    }
    this.busyClipped(core, slot, context, start, end);
  }

  /** busy() for a job that leaves the core's current interval: clipped to the window, possibly over several intervals. */
  private busyClipped(core: number, slot: number, context: number, from: number, to: number): void {
    if (from < this.windowStart) from = this.windowStart;
    if (to > this.windowEnd) to = this.windowEnd;
    if (to <= from) return;
    const time = to - from;
    this.coreContext[core * CTX_COUNT + context] += time;
    if (slot >= 0) this.coreSlot[core * this.slotStride + slot] += time;
    if (to <= this.binEnd[core] && from >= this.binEnd[core] - this.binPs) this.coreSeries[this.binSlot[core]] += time;
    else this.addSeries(core, from, to);
  }

  private addSeries(core: number, from: number, to: number): void {
    const binPs = this.binPs;
    const base = core * this.points;
    const last = this.points - 1;
    let bin = Math.min(last, Math.floor((from - this.windowStart) / binPs));
    for (;;) {
      const binEnd = bin === last ? this.windowEnd : this.windowStart + (bin + 1) * binPs;
      this.binSlot[core] = base + bin;
      this.binEnd[core] = binEnd;
      this.binStart[core] = Math.max(this.windowStart, binEnd - binPs);
      if (to <= binEnd) {
        this.coreSeries[base + bin] += to - from;
        return;
      }
      this.coreSeries[base + bin] += binEnd - from;
      from = binEnd;
      bin++;
    }
  }

  /** `packets` packets went through stage slot `slot` after waiting `wait` ps (never negative) and took `service` ps each. */
  stage(slot: number, wait: number, service: number, packets: number): void {
    this.stageWait[slot].record(wait, packets);
    this.stageServiceSum[slot] += service * packets;
  }

  copy(host: number, bytes: number, missFraction: number): void {
    this.copiedBytes[host] += bytes;
    this.missedBytes[host] += bytes * missFraction;
  }

  /** `count` packets of `traffic` were in the system from `from` to `to`. */
  occupy(traffic: number, count: number, from: number, to: number): void {
    if (from < this.windowStart) from = this.windowStart;
    if (to > this.windowEnd) to = this.windowEnd;
    if (to > from) this.occupancy[traffic] += count * (to - from);
  }

  /** Called once at the end of each replication. */
  endReplication(inFlight: Float64Array, events: number): void {
    for (let t = 0; t < this.plan.traffic.length; t++) {
      this.closeBin(t);
      this.currentBin[t] = -1;
      this.inFlight[t] += inFlight[t];
    }
    this.binEnd.fill(-Infinity);
    this.binStart.fill(Infinity);
    this.replications++;
    this.events += events;
  }

  private closeBin(traffic: number): void {
    const bin = this.currentBin[traffic];
    const histogram = this.binLatency[traffic];
    if (bin < 0 || histogram.total === 0) return;
    this.seriesP99Sum[traffic * this.points + bin] += histogram.quantile(0.99);
    this.seriesP99Count[traffic * this.points + bin]++;
    histogram.reset();
  }
}
