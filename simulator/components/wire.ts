// Wires and links: each NIC has a transmit serializer that sends one frame
// at a time at line rate (frame + 20 B of preamble and inter-frame gap), so
// no sender ever exceeds its line rate; a link adds propagation latency and
// may lose frames.
import * as codes from '../engine/codes';
import type { Simulation } from '../engine/simulation';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { WIRE_OVERHEAD_BYTES } = codes;

export class Wire {
  private readonly sim: Simulation;
  /** When each NIC's transmitter is next free, ps. */
  readonly freeAt: Float64Array;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.freeAt = new Float64Array(sim.plan.nics.length);
  }

  /** How far ahead NIC `nic`'s transmitter is booked, ps. */
  backlog(nic: number): number {
    const ahead = this.freeAt[nic] - this.sim.now;
    return ahead > 0 ? ahead : 0;
  }

  /**
   * Books `bytes` of frames on NIC `nic`, split into frames of at most its
   * largest frame. Returns the time the first bit leaves; the last bit
   * leaves at that time plus `wireTime()`.
   */
  book(nic: number, bytes: number): number {
    const now = this.sim.now;
    const free = this.freeAt[nic];
    const start = free > now ? free : now;
    this.freeAt[nic] = start + this.wireTime(nic, bytes);
    return start;
  }

  /** Time `bytes` of frames occupy NIC `nic`'s wire, ps. */
  wireTime(nic: number, bytes: number): number {
    const planned = this.sim.plan.nics[nic];
    const frames = bytes > planned.maxFrame ? Math.ceil(bytes / planned.maxFrame) : 1;
    return Math.round((bytes + frames * WIRE_OVERHEAD_BYTES) * planned.psPerByte);
  }
}
