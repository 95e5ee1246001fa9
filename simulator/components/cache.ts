// DDIO and the LLC: the NIC writes packet data into a share of the LLC
// (ddioWays / llcWays of it). Data stays there while the bytes the host holds
// in flight (received, not yet copied out or freed) fit that share; beyond
// it, the fraction that no longer fits is read from memory, at
// `missCyclesPerByte` extra. Without DDIO every copy misses.
import type { PlannedChain } from '../engine/plan';
import type { Simulation } from '../engine/simulation';

export class Cache {
  private readonly sim: Simulation;
  /** Bytes each host holds in flight. */
  readonly inFlight: Float64Array;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.inFlight = new Float64Array(sim.plan.hosts.length);
  }

  enter(host: number, bytes: number): void {
    this.inFlight[host] += bytes;
  }

  leave(host: number, bytes: number): void {
    this.inFlight[host] -= bytes;
  }

  /** Fraction of a copy's bytes that miss the LLC on `chain`'s host, 0..1. */
  missFraction(chain: PlannedChain): number {
    const plan = this.sim.plan;
    if (!plan.nics[chain.nic].model.ddio) return 1;
    const share = plan.hosts[chain.host].ddioBytes;
    const held = this.inFlight[chain.host];
    return held <= share ? 0 : 1 - share / held;
  }
}
