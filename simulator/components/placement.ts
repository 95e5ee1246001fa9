// Where work after a device stage runs when a chain pipelines it:
// RPS keeps a flow on one core chosen by its hash; FALCON spreads the device
// stages of one flow over the chain's cores by hash(flow + stage), rehashing
// once when the chosen core is at or above the busy threshold, and stays on
// the current core while the average load of its cores is at or above the
// disengage threshold. Loads are EWMAs of per-core busy fractions sampled
// every `samplePeriod`, starting from the first sample (not from zero, so a
// run of a few milliseconds is not spent warming the average up).
import { EV_SAMPLE } from '../engine/codes';
import { hash2 } from '../engine/hash';
import { PIPELINING_RPS } from '../engine/plan';
import type { Simulation } from '../engine/simulation';
import { toPs } from '../engine/time';

export class Placement {
  private readonly sim: Simulation;
  /** EWMA load of each core, 0..1. */
  readonly load: Float64Array;
  private readonly lastBusy: Float64Array;
  /** Average load of each chain's cores. */
  readonly chainLoad: Float64Array;
  /** Sampling period of each host, ps (0 = not sampled). */
  private readonly periodPs: Float64Array;
  private readonly weight: Float64Array;
  private readonly sampled: Uint8Array;

  constructor(sim: Simulation) {
    this.sim = sim;
    const plan = sim.plan;
    this.load = new Float64Array(plan.coreCount);
    this.lastBusy = new Float64Array(plan.coreCount);
    this.chainLoad = new Float64Array(plan.chains.length);
    this.periodPs = new Float64Array(plan.hosts.length);
    this.weight = new Float64Array(plan.hosts.length);
    this.sampled = new Uint8Array(plan.hosts.length);
    for (const chain of plan.chains) {
      if (chain.model.pipelining !== 'falcon' || this.periodPs[chain.host] > 0) continue;
      this.periodPs[chain.host] = Math.max(1, toPs(chain.model.falcon.samplePeriod));
      this.weight[chain.host] = Math.min(1, Math.max(0, chain.model.falcon.ewmaWeight));
    }
  }

  start(): void {
    this.periodPs.forEach((period, host) => {
      if (period > 0 && period <= this.sim.plan.endPs) this.sim.schedule(period, EV_SAMPLE, host);
    });
  }

  /** Core for stage `s` of a flow with hash `hash` arriving from core `current`. */
  pick(chainIndex: number, s: number, hash: number, current: number): number {
    const chain = this.sim.plan.chains[chainIndex];
    const cores = chain.cores;
    const n = cores.length;
    if (chain.pipelining === PIPELINING_RPS) return cores[hash % n];
    const falcon = chain.model.falcon;
    if (this.chainLoad[chainIndex] >= falcon.disengageThreshold) return current;
    const first = hash2(hash, s);
    const core = cores[first % n];
    if (this.load[core] < falcon.busyThreshold) return core;
    return cores[hash2(first, 0x2545f491) % n];
  }

  sample(host: number): void {
    const sim = this.sim;
    const plan = sim.plan;
    const period = this.periodPs[host];
    const weight = this.sampled[host] ? this.weight[host] : 1;
    this.sampled[host] = 1;
    const planned = plan.hosts[host];
    for (let local = 0; local < planned.model.cpu.cores; local++) {
      const c = planned.coreBase + local;
      const busy = sim.cpu.busySoFar(c);
      const fraction = Math.min(1, (busy - this.lastBusy[c]) / period);
      this.lastBusy[c] = busy;
      this.load[c] = (1 - weight) * this.load[c] + weight * fraction;
    }
    for (const chain of plan.chains) {
      if (chain.host !== host) continue;
      let sum = 0;
      for (const c of chain.cores) sum += this.load[c];
      this.chainLoad[chain.index] = sum / chain.cores.length;
    }
    if (sim.now + period <= plan.endPs) sim.schedule(sim.now + period, EV_SAMPLE, host);
  }
}
