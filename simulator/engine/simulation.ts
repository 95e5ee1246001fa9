// One replication of one sweep point: the event loop and the components it
// drives. All state lives in typed arrays owned by the components; an event
// is a kind (low 3 bits) and an integer argument (a packet, core, ring, …).
import { EventQueue } from './event-queue';
import { Random } from './random';
import type { Plan } from './plan';
import * as codes from './codes';
import type { Metrics } from '../metrics/collector';
import { PacketPool } from '../components/packet-pool';
import { Queues } from '../components/queues';
import { Wire } from '../components/wire';
import { Nic } from '../components/nic';
import { Cpu } from '../components/cpu';
import { Path } from '../components/path';
import { Placement } from '../components/placement';
import { Sources } from '../components/traffic';
import { Cache } from '../components/cache';
import { Batches } from '../components/batches';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { EV_BITS } = codes;

/** Most packets alive at once before the run stops with a clear error. */
export const PACKET_LIMIT = 1 << 22;

export class Simulation {
  readonly plan: Plan;
  readonly metrics: Metrics;
  readonly seed: number;
  readonly heap = new EventQueue();
  readonly pool = new PacketPool(PACKET_LIMIT);
  readonly queues: Queues;
  readonly wire: Wire;
  readonly nic: Nic;
  readonly cpu: Cpu;
  readonly path: Path;
  readonly placement: Placement;
  readonly sources: Sources;
  readonly cache: Cache;
  readonly batches: Batches;
  now = 0;
  events = 0;
  finished = false;

  constructor(plan: Plan, metrics: Metrics, seed: number) {
    this.plan = plan;
    this.metrics = metrics;
    this.seed = seed;
    this.queues = new Queues(this.pool, plan.queueCount);
    this.wire = new Wire(this);
    this.nic = new Nic(this);
    this.batches = new Batches(this);
    this.cpu = new Cpu(this);
    this.path = new Path(this);
    this.placement = new Placement(this);
    this.sources = new Sources(this);
    this.cache = new Cache(this);
    this.sources.start();
    this.placement.start();
  }

  /** A named random stream of this replication. */
  stream(name: string): Random {
    return Random.stream(this.seed, name);
  }

  schedule(time: number, kind: number, arg: number): void {
    this.heap.push(time, kind | (arg << EV_BITS));
  }

  /** Simulated fraction of the run, 0..1. */
  get progress(): number {
    return this.finished ? 1 : Math.min(1, this.now / this.plan.endPs);
  }

  /** Runs at most `limit` events; returns true once the run is over. */
  run(limit: number): boolean {
    if (this.finished) return true;
    const heap = this.heap;
    const end = this.plan.endPs;
    const drainEnd = this.plan.drainEndPs;
    const path = this.path;
    let count = 0;
    let over = false;
    while (count < limit) {
      const time = heap.peekTime();
      // Past the window the sources are silent; the run drains until every measured packet is done.
      if (time > end && (time > drainEnd || path.measuredPending === 0)) {
        over = true;
        break;
      }
      this.now = time;
      const payload = heap.pop();
      count++;
      const arg = payload >> 3;
      switch (payload & 7) {
        case 0: // EV_SOURCE
          this.sources.fire(arg);
          break;
        case 1: // EV_NIC_ARRIVE
          this.nic.arrive(arg);
          break;
        case 2: // EV_DMA_DONE
          this.nic.dmaDone(arg);
          break;
        case 3: // EV_IRQ_TIMER
          this.nic.timer(arg);
          break;
        case 4: // EV_CORE_DONE
          this.cpu.done(arg);
          break;
        case 5: // EV_LOADGEN_RX
          this.path.returned(arg);
          break;
        case 6: // EV_ACK
          this.sources.ack(arg);
          break;
        default: // EV_SAMPLE
          this.placement.sample(arg);
      }
    }
    this.events += count;
    if (over) this.finish();
    return this.finished;
  }

  private finish(): void {
    this.now = this.plan.endPs;
    this.cpu.closeIdle();
    this.path.close();
    this.finished = true;
    this.metrics.endReplication(this.path.measuredInFlight, this.events);
  }
}
