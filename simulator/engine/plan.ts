// Compiles a SystemModel into the flat, indexed tables the engine runs on:
// global core, NIC, stage and queue numbers, costs in picoseconds, and the
// queue each stage reads from on each core. Static for a model; every
// replication builds its own run-time state over the same plan.
import type { ChainModel, HostModel, NicModel, StageModel, SystemModel, TrafficModel } from '../model';
import {
  ACTION_CODES, ACTION_FORWARD, CONSUMER_NAPI, CONSUMER_POLL, CONSUMER_THREAD, CTX_CODES, CTX_SOFTIRQ, CTX_THREAD,
  DROP_BACKLOG, DROP_RING, DROP_SOCKET, FRAME_OVERHEAD_BYTES, LANE_CODES, PATTERN_CODES, QUEUE_BACKLOG, QUEUE_CODES,
  QUEUE_NONE, QUEUE_RING, QUEUE_SOCKET, WIRE_OVERHEAD_BYTES,
} from './codes';
import { hashString } from './hash';
import { PS_PER_SECOND, toPs } from './time';
import { ModelError } from '../errors';

/** Largest super-packet TSO hands to the NIC, bytes. */
const TSO_MAX_BYTES = 65536;
/** A transmit queue holds at most this many minimum-size frames of wire time. */
const TX_QUEUE_FRAMES = 1024;
/** How many more window lengths a run may drain for (only slow packets keep it going). */
const DRAIN_DURATIONS = 10;
/** A NIC's internal buffer, in packets of its packet-rate ceiling. */
const NIC_BUFFER_PACKETS = 1024;

export const PIPELINING_NONE = 0;
export const PIPELINING_RPS = 1;
export const PIPELINING_FALCON = 2;

export interface PlannedHost {
  name: string;
  model: HostModel;
  /** First global core number; -1 for a loadgen (ideal, no cores simulated). */
  coreBase: number;
  nicBase: number;
  /** Bytes of LLC that DDIO may fill. */
  ddioBytes: number;
}

export interface PlannedNic {
  host: number;
  model: NicModel;
  /** Wire time per byte, ps. */
  psPerByte: number;
  /** Largest frame, bytes (MTU + Ethernet header and FCS). */
  maxFrame: number;
  /** Time per packet at the NIC's packet-rate ceiling, ps (0 = no ceiling). */
  ppsIntervalPs: number;
  bufferPs: number;
  dmaPs: number;
  coalescePs: number;
  coalesceFrames: number;
  tso: boolean;
  /** How far ahead the transmit queue may be booked, ps. */
  txBoundPs: number;
}

export interface PlannedChain {
  index: number;
  model: ChainModel;
  host: number;
  nic: number;
  stageBase: number;
  stageCount: number;
  /** The chain's transmit cost as a pseudo-stage slot (`chain.tx`). */
  txSlot: number;
  /** Global index of the chain's first `tx` stage, or -1. */
  txStage: number;
  /** Global index of the stage that adds the traffic's service time. */
  serviceStage: number;
  cores: Int32Array;
  ringBase: number;
  queues: number;
  prism: boolean;
  pipelining: number;
  /** Stages up to this local index pay per-packet costs per merged segment; -2 = no merging, -1 = LRO. */
  mergeAfter: number;
  groBatch: number;
  groMaxBytes: number;
  handoffPs: number;
  tsoBytes: number;
}

export interface PlannedTraffic {
  index: number;
  model: TrafficModel;
  chain: number;
  /** Global NIC numbers of the sender and of the receiving host. */
  senderNic: number;
  receiverNic: number;
  latencyPs: number;
  loss: number;
  lane: number;
  pattern: number;
  /** Mean time between packets at the offered rate, ps (Infinity when the rate is 0). */
  intervalPs: number;
  sizes: Float64Array;
  cumulativeWeights: Float64Array;
  salt: number;
  servicePs: number;
  thinkPs: number;
  onPs: number;
  offPs: number;
  startPs: number;
  stopPs: number;
  /** Copies of the model's reply size, forward flag, window, flow count and flow size, read per packet. */
  reply: number;
  forward: boolean;
  window: number;
  flows: number;
  flowSize: number;
  flowExponential: boolean;
  /**
   * Bytes a round-robin sender sends on one flow before the next: a TCP-like
   * (windowed) sender with TSO hands its NIC 64 KB of one flow at a time,
   * which leave as back-to-back frames; otherwise 0 (flows interleave per frame).
   */
  burstBytes: number;
  /** The sender's global core when the sender is simulated, else -1; its costs in ps. */
  senderCore: number;
  senderPerBytePs: number;
  senderPerSegmentPs: number;
  senderSegmentBytes: number;
}

export class Plan {
  readonly model: SystemModel;
  readonly warmupPs: number;
  readonly endPs: number;
  /** After the window the run goes on, sources silent, until every measured packet is done: at most ten more durations. */
  readonly drainEndPs: number;
  readonly durationPs: number;
  readonly hosts: PlannedHost[] = [];
  readonly nics: PlannedNic[] = [];
  readonly chains: PlannedChain[] = [];
  readonly traffic: PlannedTraffic[] = [];

  // Cores (every core of every non-loadgen host).
  coreCount = 0;
  hardirqPs!: Float64Array;
  contextSwitchPs!: Float64Array;
  wakeupPs!: Float64Array;
  coreBudget!: Int32Array;
  coreBudgetTimePs!: Float64Array;
  coreMaxRestarts!: Int32Array;
  corePrism!: Uint8Array;
  /** The per-CPU backlog queue of each core, or -1. */
  coreBacklog!: Int32Array;
  /** Queues each core busy-polls. */
  corePolled: number[][] = [];

  // Stages: every real stage, then one transmit pseudo-stage per chain.
  stageCount = 0;
  slotCount = 0;
  stageKeys: string[] = [];
  stagePerPacketPs!: Float64Array;
  stagePerBytePs!: Float64Array;
  stageMissPerBytePs!: Float64Array;
  stageRemotePerBytePs!: Float64Array;
  stagePerFlowPs!: Float64Array;
  /**
   * A stage's cost when it is its per-packet cost alone, paid once per unit
   * (no per-byte, per-flow or copy cost, not the service stage): adding the
   * other terms, all zero, would give the same number. -1 otherwise.
   */
  stagePerPacketOnlyPs!: Float64Array;
  stageExponential!: Uint8Array;
  stageAction!: Uint8Array;
  stageQueue!: Uint8Array;
  stageContext!: Uint8Array;
  stagePinned!: Int32Array;
  stageMovable!: Uint8Array;
  /** The backlog before this stage exists only for pipelining: when the work stays on its core it runs inline. */
  stageInlineable!: Uint8Array;
  /** 1: per-packet cost once per (merged) unit; 0: once per frame in it (up to the GRO stage). */
  stagePerUnit!: Uint8Array;
  stageTx!: Uint8Array;
  stageCopies!: Uint8Array;
  stageLast!: Uint8Array;
  /** 1 for a stage that only passes the unit on to the next stage: not the last, not `tx`, no copy, drop or forward, not where the service time and reply are. */
  stagePassesOn!: Uint8Array;
  /** Queue a stage reads on a core for a traffic: [(stage × cores + core) × traffic + t], -1 if none. */
  stageQueueOf!: Int32Array;

  // Queues (typed once planned; built up in the lists of `building`).
  queueCount = 0;
  queueCapacity = new Float64Array(0);
  queueCapBytes = new Float64Array(0);
  queueDrop = new Uint8Array(0);
  queueCore = new Int32Array(0);
  queueConsumer = new Uint8Array(0);
  queueWeight = new Int32Array(0);
  queueLaned = new Uint8Array(0);
  /** Chain of a NIC ring, or -1 for software queues. */
  queueRingChain = new Int32Array(0);
  queueThread = new Int32Array(0);
  private readonly building = {
    capacity: [] as number[], capBytes: [] as number[], drop: [] as number[], core: [] as number[],
    consumer: [] as number[], weight: [] as number[], laned: [] as number[], ringChain: [] as number[],
  };
  threadCount = 0;
  private readonly chainOfCore = new Map<number, number>();
  /** Thread number of each core's ksoftirqd: ksoftirqdBase + core. */
  ksoftirqdBase = 0;

  constructor(model: SystemModel) {
    this.model = model;
    const run = model.run;
    if (!(run.duration > 0)) throw new ModelError(`run duration must be positive, got ${run.duration}`);
    if (!(run.warmup >= 0)) throw new ModelError(`warm-up must not be negative, got ${run.warmup}`);
    this.warmupPs = toPs(run.warmup);
    this.durationPs = toPs(run.duration);
    this.endPs = this.warmupPs + this.durationPs;
    this.drainEndPs = this.endPs + DRAIN_DURATIONS * this.durationPs;
    if (this.drainEndPs > 2 ** 52) throw new ModelError(`run of ${run.warmup + run.duration} s is too long to simulate`);
    this.planHosts();
    this.planChains();
    this.planStages();
    this.planQueues();
    this.planTraffic();
  }

  hostIndex(name: string, what: string): number {
    const index = this.hosts.findIndex((host) => host.name === name);
    if (index < 0) throw new ModelError(`${what}: unknown host '${name}'`);
    return index;
  }

  nicIndex(host: number, name: string, what: string): number {
    const nics = this.hosts[host].model.nics;
    const local = nics.findIndex((nic) => nic.name === name);
    if (local < 0) throw new ModelError(`${what}: host '${this.hosts[host].name}' has no NIC '${name}'`);
    return this.hosts[host].nicBase + local;
  }

  private planHosts(): void {
    let cores = 0;
    for (const host of this.model.hosts) {
      const loadgen = host.role === 'loadgen';
      const cpu = host.cpu;
      this.hosts.push({
        name: host.name,
        model: host,
        coreBase: loadgen ? -1 : cores,
        nicBase: this.nics.length,
        ddioBytes: cpu.llcWays > 0 ? (cpu.llc * cpu.ddioWays) / cpu.llcWays : 0,
      });
      if (!loadgen) {
        if (!(cpu.cores >= 1 && cpu.cores <= 4096)) throw new ModelError(`host '${host.name}': ${cpu.cores} cores is out of range`);
        if (!(cpu.freq > 0)) throw new ModelError(`host '${host.name}': CPU frequency must be positive`);
        cores += cpu.cores;
      }
      for (const nic of host.nics) this.nics.push(planNic(this.hosts.length - 1, nic));
    }
    this.coreCount = cores;
    this.hardirqPs = new Float64Array(cores);
    this.contextSwitchPs = new Float64Array(cores);
    this.wakeupPs = new Float64Array(cores);
    this.coreBudget = new Int32Array(cores).fill(300);
    this.coreBudgetTimePs = new Float64Array(cores).fill(toPs(0.002));
    this.coreMaxRestarts = new Int32Array(cores).fill(10);
    this.corePrism = new Uint8Array(cores);
    this.coreBacklog = new Int32Array(cores).fill(-1);
    this.hosts.forEach((host) => {
      if (host.coreBase < 0) return;
      const cpu = host.model.cpu;
      const psPerCycle = PS_PER_SECOND / cpu.freq;
      for (let local = 0; local < cpu.cores; local++) {
        const core = host.coreBase + local;
        this.hardirqPs[core] = cpu.hardirqCycles * psPerCycle;
        this.contextSwitchPs[core] = cpu.contextSwitchCycles * psPerCycle;
        this.wakeupPs[core] = cpu.wakeupCycles * psPerCycle;
        this.corePolled.push([]);
      }
    });
  }

  private planChains(): void {
    let ringBase = 0;
    let stageBase = 0;
    this.model.chains.forEach((chain, index) => {
      const what = `chain '${chain.name}'`;
      const host = this.hostIndex(chain.host, what);
      const planned = this.hosts[host];
      if (planned.coreBase < 0) throw new ModelError(`${what} runs on '${chain.host}', a loadgen with no simulated cores`);
      const nic = this.nicIndex(host, chain.nic, what);
      if (chain.stages.length === 0) throw new ModelError(`${what} has no stages`);
      const hostCores = planned.model.cpu.cores;
      const coreList = chain.cores.length > 0 ? chain.cores : [0];
      for (const core of coreList) {
        if (!(core >= 0 && core < hostCores)) throw new ModelError(`${what}: core ${core} is beyond host '${chain.host}' (${hostCores} cores)`);
      }
      const nicModel = this.nics[nic].model;
      const kinds = chain.stages.map((stage) => stage.kind);
      const kernelStack = chain.stack === 'kernel' || chain.stack === 'xdp';
      // GRO and LRO merge TCP segments; plain UDP is not merged (Linux 5.4's UDP GRO is a per-socket opt-in).
      const tcp = kinds.includes('tcp') || kinds.includes('userspace_tcp');
      let mergeAfter = -2;
      if (tcp && nicModel.offloads.includes('lro')) mergeAfter = -1;
      else if (tcp && kernelStack && nicModel.offloads.includes('gro') && kinds.includes('gro')) mergeAfter = kinds.indexOf('gro');
      const txLocal = kinds.indexOf('tx');
      const appLocal = kinds.indexOf('app');
      const freq = planned.model.cpu.freq;
      this.chains.push({
        index,
        model: chain,
        host,
        nic,
        stageBase,
        stageCount: chain.stages.length,
        txSlot: -1,
        txStage: txLocal >= 0 ? stageBase + txLocal : -1,
        serviceStage: stageBase + (appLocal >= 0 ? appLocal : chain.stages.length - 1),
        cores: Int32Array.from(coreList, (core) => planned.coreBase + core),
        ringBase,
        queues: Math.max(1, nicModel.queues),
        prism: chain.priority === 'prism',
        pipelining: chain.pipelining === 'rps' ? PIPELINING_RPS : chain.pipelining === 'falcon' ? PIPELINING_FALCON : PIPELINING_NONE,
        mergeAfter,
        groBatch: Math.max(1, chain.kernel.groBatch),
        groMaxBytes: Math.max(1, chain.kernel.groMaxBytes),
        handoffPs: (chain.handoffCycles * PS_PER_SECOND) / freq,
        tsoBytes: this.nics[nic].tso ? Math.max(TSO_MAX_BYTES, chain.kernel.groMaxBytes) : 0,
      });
      ringBase += Math.max(1, nicModel.queues);
      stageBase += chain.stages.length;
      // Per-core kernel settings come from the first chain that uses the core.
      for (const core of coreList) {
        const global = planned.coreBase + core;
        if (this.chainOfCore.has(global)) continue;
        this.chainOfCore.set(global, index);
        this.coreBudget[global] = Math.max(1, chain.kernel.budget);
        this.coreBudgetTimePs[global] = Math.max(1, toPs(chain.kernel.budgetTime));
        this.coreMaxRestarts[global] = Math.max(1, chain.kernel.maxRestarts);
      }
    });
    this.stageCount = stageBase;
    this.slotCount = stageBase + this.chains.length;
  }

  private planStages(): void {
    const slots = this.slotCount;
    this.stagePerPacketPs = new Float64Array(slots);
    this.stagePerBytePs = new Float64Array(slots);
    this.stageMissPerBytePs = new Float64Array(slots);
    this.stageRemotePerBytePs = new Float64Array(slots);
    this.stagePerFlowPs = new Float64Array(slots);
    this.stagePerPacketOnlyPs = new Float64Array(slots).fill(-1);
    this.stageExponential = new Uint8Array(slots);
    this.stageAction = new Uint8Array(slots);
    this.stageQueue = new Uint8Array(slots);
    this.stageContext = new Uint8Array(slots);
    this.stagePinned = new Int32Array(slots).fill(-1);
    this.stageMovable = new Uint8Array(slots);
    this.stageInlineable = new Uint8Array(slots);
    this.stagePerUnit = new Uint8Array(slots);
    this.stageTx = new Uint8Array(slots);
    this.stageCopies = new Uint8Array(slots);
    this.stageLast = new Uint8Array(slots);
    this.stagePassesOn = new Uint8Array(slots);
    this.stageKeys = new Array<string>(slots);
    for (const chain of this.chains) {
      const model = chain.model;
      const host = this.hosts[chain.host];
      const cpu = host.model.cpu;
      const psPerCycle = PS_PER_SECOND / cpu.freq;
      const remote = model.numaNode !== this.nics[chain.nic].model.numaNode;
      const copying = model.copy !== 'zerocopy';
      const seen = new Set<string>();
      model.stages.forEach((stage: StageModel, local) => {
        const s = chain.stageBase + local;
        if (seen.has(stage.name)) throw new ModelError(`chain '${model.name}': two stages named '${stage.name}'`);
        seen.add(stage.name);
        this.stageKeys[s] = `${model.name}.${stage.name}`;
        const copies = stage.copiesData && copying;
        this.stagePerPacketPs[s] = nonNegative(stage.cyclesPerPacket, `${this.stageKeys[s]} cycles per packet`) * psPerCycle;
        this.stagePerBytePs[s] = copies || !stage.copiesData ? nonNegative(stage.cyclesPerByte, `${this.stageKeys[s]} cycles per byte`) * psPerCycle : 0;
        this.stageCopies[s] = copies ? 1 : 0;
        this.stageMissPerBytePs[s] = copies ? cpu.missCyclesPerByte * psPerCycle : 0;
        this.stageRemotePerBytePs[s] = copies && remote && stage.context === 'thread' ? cpu.remoteNumaCyclesPerByte * psPerCycle : 0;
        this.stagePerFlowPs[s] = nonNegative(stage.cyclesPerFlow, `${this.stageKeys[s]} cycles per flow`) * psPerCycle;
        this.stageExponential[s] = stage.dist === 'exponential' ? 1 : 0;
        this.stageAction[s] = ACTION_CODES[stage.action];
        this.stageContext[s] = CTX_CODES[stage.context];
        this.stageLast[s] = local === model.stages.length - 1 ? 1 : 0;
        const previous = local > 0 ? model.stages[local - 1] : undefined;
        const movable = previous !== undefined && previous.device && chain.pipelining !== PIPELINING_NONE && stage.core === undefined;
        let queue = local === 0 ? QUEUE_RING : QUEUE_CODES[stage.queueBefore];
        // Pipelining moves the work after a device stage through a backlog queue, as the kernel does.
        if (movable && queue === QUEUE_NONE) {
          queue = QUEUE_BACKLOG;
          this.stageInlineable[s] = 1;
        }
        if (queue === QUEUE_NONE && stage.core !== undefined && previous !== undefined && previous.core !== stage.core) queue = QUEUE_BACKLOG;
        this.stageQueue[s] = queue;
        this.stageMovable[s] = movable && queue === QUEUE_BACKLOG ? 1 : 0;
        if (stage.core !== undefined) {
          if (!(stage.core >= 0 && stage.core < cpu.cores)) {
            throw new ModelError(`${this.stageKeys[s]}: core ${stage.core} is beyond host '${host.name}' (${cpu.cores} cores)`);
          }
          this.stagePinned[s] = host.coreBase + stage.core;
        }
        this.stagePerUnit[s] = local <= chain.mergeAfter ? 0 : 1;
        this.stageTx[s] = stage.kind === 'tx' ? 1 : 0;
        const passesOn = !this.stageLast[s] && !this.stageTx[s] && !copies && stage.action === 'pass' && s !== chain.serviceStage;
        this.stagePassesOn[s] = passesOn ? 1 : 0;
        const perPacketOnly = this.stagePerUnit[s] && this.stagePerBytePs[s] === 0 && this.stagePerFlowPs[s] === 0 && !copies && s !== chain.serviceStage;
        if (perPacketOnly) this.stagePerPacketOnlyPs[s] = this.stagePerPacketPs[s];
      });
      // The transmit pseudo-stage runs where the path ends, in the context of the stage before it.
      const tx = this.stageCount + chain.index;
      chain.txSlot = tx;
      this.stageKeys[tx] = `${model.name}.tx`;
      this.stagePerPacketPs[tx] = nonNegative(model.tx.cyclesPerPacket, `${model.name} tx cycles per packet`) * psPerCycle;
      this.stagePerBytePs[tx] = nonNegative(model.tx.cyclesPerByte, `${model.name} tx cycles per byte`) * psPerCycle;
      this.stageAction[tx] = ACTION_FORWARD;
      this.stageContext[tx] = CTX_SOFTIRQ;
      this.stagePerUnit[tx] = 1;
    }
  }

  private planQueues(): void {
    const traffic = Math.max(1, this.model.traffic.length);
    this.stageQueueOf = new Int32Array(this.stageCount * this.coreCount * traffic).fill(-1);
    // The RX rings first, so ring r of a chain is queue ringBase + r.
    for (const chain of this.chains) {
      const model = chain.model;
      const first = model.stages[0];
      const s0 = chain.stageBase;
      for (let q = 0; q < chain.queues; q++) {
        const core = this.stagePinned[s0] >= 0 ? this.stagePinned[s0] : chain.cores[q % chain.cores.length];
        const poll = first.context === 'poll';
        const capacity = first.queueBefore === 'ring' && first.queueCapacity > 0 ? first.queueCapacity : this.nics[chain.nic].model.ring;
        this.addQueue(capacity, 0, DROP_RING, core, poll ? CONSUMER_POLL : CONSUMER_NAPI,
          poll ? Math.max(1, first.batch) : napiWeight(model, first), false, chain.index);
      }
    }
    for (const chain of this.chains) {
      const model = chain.model;
      // Where each stage may run: pinned, moved by pipelining, or following the stage before it.
      let possible = new Set<number>(Array.from({ length: chain.queues }, (_, q) => this.building.core[chain.ringBase + q]));
      for (let local = 0; local < model.stages.length; local++) {
        const s = chain.stageBase + local;
        if (this.stagePinned[s] >= 0) possible = new Set([this.stagePinned[s]]);
        else if (this.stageMovable[s]) possible = new Set([...possible, ...chain.cores]);
        if (local === 0) continue;
        const kind = this.stageQueue[s];
        if (kind === QUEUE_NONE) continue;
        const stage = model.stages[local];
        const context = CTX_CODES[stage.context];
        const consumer = context === CTX_THREAD ? CONSUMER_THREAD : stage.context === 'poll' ? CONSUMER_POLL : CONSUMER_NAPI;
        const weight = consumer === CONSUMER_NAPI ? napiWeight(model, stage) : Math.max(1, stage.batch);
        for (const core of possible) {
          const base = (s * this.coreCount + core) * traffic;
          if (kind === QUEUE_BACKLOG && consumer === CONSUMER_NAPI) {
            // The per-CPU backlog is one queue per core, shared by every device that feeds it.
            if (this.coreBacklog[core] < 0) {
              this.coreBacklog[core] = this.addQueue(capacityOf(stage, model.kernel.backlog), 0, DROP_BACKLOG,
                core, CONSUMER_NAPI, weight, chain.prism, -1);
            }
            for (let t = 0; t < traffic; t++) this.stageQueueOf[base + t] = this.coreBacklog[core];
          } else if (kind === QUEUE_SOCKET) {
            // A socket per receiving application: one per traffic, each read by its own thread.
            this.model.traffic.forEach((flow, t) => {
              if (flow.via !== model.name) return;
              this.stageQueueOf[base + t] = this.addQueue(stage.queueCapacity > 0 ? stage.queueCapacity : Infinity,
                model.kernel.socketBuffer, DROP_SOCKET, core, consumer, weight, chain.prism, -1);
            });
          } else {
            const capacity = kind === QUEUE_BACKLOG ? capacityOf(stage, model.kernel.backlog) : capacityOf(stage, this.nics[chain.nic].model.ring);
            const id = this.addQueue(capacity, 0, kind === QUEUE_BACKLOG ? DROP_BACKLOG : DROP_RING,
              core, consumer, weight, chain.prism, -1);
            for (let t = 0; t < traffic; t++) this.stageQueueOf[base + t] = id;
          }
        }
      }
    }
    // PRISM classifies at the driver and defers low-priority work to the core's backlog.
    for (const chain of this.chains) {
      if (!chain.prism) continue;
      for (let q = 0; q < chain.queues; q++) {
        const core = this.building.core[chain.ringBase + q];
        if (this.coreBacklog[core] < 0) {
          this.coreBacklog[core] = this.addQueue(chain.model.kernel.backlog, 0, DROP_BACKLOG, core, CONSUMER_NAPI,
            Math.max(1, chain.model.kernel.napiWeight), true, -1);
        }
      }
    }
    this.freezeQueues();
    // Threads: one per thread-read queue, then one ksoftirqd per core.
    this.queueThread = new Int32Array(this.queueCount);
    for (let q = 0; q < this.queueCount; q++) {
      this.queueThread[q] = this.queueConsumer[q] === CONSUMER_THREAD ? this.threadCount++ : -1;
      if (this.queueConsumer[q] === CONSUMER_POLL) this.corePolled[this.queueCore[q]].push(q);
      if (this.queueLaned[q]) this.corePrism[this.queueCore[q]] = 1;
    }
    this.ksoftirqdBase = this.threadCount;
    this.threadCount += this.coreCount;
  }

  private addQueue(capacity: number, capBytes: number, drop: number, core: number, consumer: number,
    weight: number, laned: boolean, ringChain: number): number {
    const queue = this.building;
    queue.capacity.push(capacity);
    queue.capBytes.push(capBytes > 0 ? capBytes : Infinity);
    queue.drop.push(drop);
    queue.core.push(core);
    queue.consumer.push(consumer);
    queue.weight.push(weight);
    queue.laned.push(laned ? 1 : 0);
    queue.ringChain.push(ringChain);
    return this.queueCount++;
  }

  private freezeQueues(): void {
    const queue = this.building;
    this.queueCapacity = Float64Array.from(queue.capacity);
    this.queueCapBytes = Float64Array.from(queue.capBytes);
    this.queueCore = Int32Array.from(queue.core);
    this.queueConsumer = Uint8Array.from(queue.consumer);
    this.queueDrop = Uint8Array.from(queue.drop);
    this.queueWeight = Int32Array.from(queue.weight);
    this.queueLaned = Uint8Array.from(queue.laned);
    this.queueRingChain = Int32Array.from(queue.ringChain);
  }

  /** A `sut` sender pays for sending on one of its cores; a loadgen sends for free. */
  private planSender(traffic: TrafficModel, from: number, what: string): Pick<PlannedTraffic, 'senderCore' | 'senderPerBytePs' | 'senderPerSegmentPs' | 'senderSegmentBytes'> {
    const host = this.hosts[from];
    const sender = traffic.sender;
    if (!sender || host.coreBase < 0) return { senderCore: -1, senderPerBytePs: 0, senderPerSegmentPs: 0, senderSegmentBytes: 1 };
    const cpu = host.model.cpu;
    if (!(sender.core >= 0 && sender.core < cpu.cores)) throw new ModelError(`${what}: sender core ${sender.core} is beyond host '${host.name}' (${cpu.cores} cores)`);
    const psPerCycle = PS_PER_SECOND / cpu.freq;
    return {
      senderCore: host.coreBase + sender.core,
      senderPerBytePs: nonNegative(sender.cyclesPerByte, `${what}: sender cycles per byte`) * psPerCycle,
      senderPerSegmentPs: nonNegative(sender.cyclesPerSegment, `${what}: sender cycles per segment`) * psPerCycle,
      senderSegmentBytes: Math.max(1, sender.segmentBytes),
    };
  }

  private planTraffic(): void {
    this.model.traffic.forEach((traffic, index) => {
      const what = `traffic '${traffic.name}'`;
      const chain = this.chains.find((candidate) => candidate.model.name === traffic.via);
      if (!chain) throw new ModelError(`${what}: unknown chain '${traffic.via}'`);
      const chainHost = this.hosts[chain.host];
      const from = this.hostIndex(traffic.from, what);
      if (this.hosts[from].model.nics.length === 0) throw new ModelError(`${what}: host '${traffic.from}' has no NIC to send from`);
      const receiverNic = chain.nic;
      const nicName = this.nics[receiverNic].model.name;
      // The link from the sender to the chain's NIC; without one the sender's first NIC, zero latency.
      let senderNic = this.hosts[from].nicBase;
      let latency = 0;
      let loss = 0;
      for (const link of this.model.links) {
        const ends = [link.a, link.b];
        for (let i = 0; i < 2; i++) {
          const near = ends[i];
          const far = ends[1 - i];
          if (near.host === chainHost.name && near.nic === nicName && far.host === traffic.from) {
            senderNic = this.nicIndex(from, far.nic, what);
            latency = link.latency;
            loss = link.loss;
          }
        }
      }
      const sizes = traffic.size.kind === 'fixed' ? [traffic.size.bytes] : traffic.size.entries.map((entry) => entry.bytes);
      const weights = traffic.size.kind === 'fixed' ? [1] : traffic.size.entries.map((entry) => entry.weight);
      const totalWeight = weights.reduce((a, b) => a + b, 0);
      if (!(totalWeight > 0) || sizes.some((bytes) => !(bytes >= 1))) throw new ModelError(`${what}: frame sizes must be positive`);
      let cumulative = 0;
      const cumulativeWeights = Float64Array.from(weights, (weight) => (cumulative += weight / totalWeight));
      const meanBytes = sizes.reduce((sum, bytes, i) => sum + (bytes * weights[i]) / totalWeight, 0);
      const pps = traffic.rate.unit === 'pps' ? traffic.rate.value : traffic.rate.value / (8 * meanBytes);
      const pattern = PATTERN_CODES[traffic.pattern];
      if (pattern !== PATTERN_CODES.closed && pattern !== PATTERN_CODES.trace && !(pps >= 0)) throw new ModelError(`${what}: rate must not be negative`);
      if (pattern === PATTERN_CODES.trace && !traffic.trace) throw new ModelError(`${what}: trace pattern without records`);
      this.traffic.push({
        index,
        model: traffic,
        chain: chain.index,
        senderNic,
        receiverNic,
        latencyPs: toPs(latency),
        loss,
        lane: LANE_CODES[traffic.class],
        pattern,
        intervalPs: pps > 0 ? PS_PER_SECOND / pps : Infinity,
        sizes: Float64Array.from(sizes),
        cumulativeWeights,
        salt: hashString(traffic.name),
        servicePs: toPs(Math.max(0, traffic.service)),
        thinkPs: toPs(Math.max(0, traffic.think)),
        onPs: toPs(Math.max(0, traffic.on)),
        offPs: toPs(Math.max(0, traffic.off)),
        startPs: toPs(Math.max(0, traffic.start)),
        stopPs: Math.min(this.endPs, Number.isFinite(traffic.stop) ? toPs(traffic.stop) : Infinity),
        reply: traffic.reply,
        forward: traffic.forward,
        window: traffic.window,
        flows: traffic.flows,
        flowSize: nonNegative(traffic.flowSize, `${what}: flow size`),
        flowExponential: traffic.flowDist === 'exponential',
        burstBytes: traffic.window > 0 && this.nics[senderNic].tso ? TSO_MAX_BYTES : 0,
        ...this.planSender(traffic, from, what),
      });
    });
  }
}

function planNic(host: number, nic: NicModel): PlannedNic {
  if (!(nic.speed > 0)) throw new ModelError(`NIC '${nic.name}': speed must be positive`);
  const psPerByte = (8 * PS_PER_SECOND) / nic.speed;
  const ppsIntervalPs = nic.maxPps > 0 && Number.isFinite(nic.maxPps) ? PS_PER_SECOND / nic.maxPps : 0;
  return {
    host,
    model: nic,
    psPerByte,
    maxFrame: nic.mtu + FRAME_OVERHEAD_BYTES,
    ppsIntervalPs,
    bufferPs: ppsIntervalPs * NIC_BUFFER_PACKETS,
    dmaPs: toPs(Math.max(0, nic.dma)),
    coalescePs: toPs(Math.max(0, nic.coalesce)),
    coalesceFrames: Math.max(1, nic.coalesceFrames),
    tso: nic.offloads.includes('tso'),
    txBoundPs: TX_QUEUE_FRAMES * (64 + WIRE_OVERHEAD_BYTES) * psPerByte,
  };
}

/**
 * Packets per NAPI poll: the kernel's weight, lowered by a stage's own
 * `batch` (`batch = 1` polls one packet at a time). A stage batch equal to
 * the chain's is the inherited DPDK burst, which NAPI does not use.
 */
function napiWeight(chain: ChainModel, stage: StageModel): number {
  const weight = Math.max(1, chain.kernel.napiWeight);
  return stage.batch !== chain.batch && stage.batch >= 1 ? Math.min(weight, stage.batch) : weight;
}

function capacityOf(stage: StageModel, fallback: number): number {
  return stage.queueCapacity > 0 ? stage.queueCapacity : fallback;
}

function nonNegative(value: number, what: string): number {
  if (!(value >= 0) || !Number.isFinite(value)) throw new ModelError(`${what} must be a finite non-negative number, got ${value}`);
  return value;
}

