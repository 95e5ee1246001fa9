// The SystemModel: what the simulator runs. One of the two contracts between
// the language (server/) and the engine (simulator/); the other is Results.
//
// Everything here is explicit: every default has already been applied by the
// lowering, every quantity is in SI base units (seconds, bytes, bits per
// second, hertz) or in CPU cycles where the name says so. The simulator never
// guesses a default and never sees syntax.

/** One sweep point of one scenario, ready to simulate. */
export interface SystemModel {
  scenario: string;
  /** The swept parameters of this point, by path (`bulk.rate`), SI values. */
  params: Record<string, number | string>;
  hosts: HostModel[];
  links: LinkModel[];
  chains: ChainModel[];
  /** Only the traffic the scenario runs. */
  traffic: TrafficModel[];
  expects: ExpectModel[];
  run: RunSettings;
}

export interface RunSettings {
  /** Simulated time measured after warm-up, seconds. */
  duration: number;
  /** Simulated time before measurement starts, seconds. */
  warmup: number;
  seed: number;
  /** Independent replications with seeds seed, seed+1, …; results are pooled. */
  repeat: number;
  /** Number of samples in each time series (throughput and latency over time). */
  timeSeriesPoints: number;
}

export type HostRole = 'sut' | 'loadgen';

export interface HostModel {
  name: string;
  role: HostRole;
  cpu: CpuModel;
  nics: NicModel[];
  containers: string[];
}

export interface CpuModel {
  cores: number;
  /** Clock frequency, Hz. */
  freq: number;
  /** Last-level cache size, bytes. */
  llc: number;
  /** LLC ways (the DDIO share is ddioWays / llcWays of the LLC). */
  llcWays: number;
  ddioWays: number;
  numaNodes: number;
  /** Extra cycles per byte a copy pays when its data is not in the LLC. */
  missCyclesPerByte: number;
  /** Cycles to switch a core from one thread (or ksoftirqd) to another. */
  contextSwitchCycles: number;
  /** Cycles to wake a sleeping thread (scheduler work on the waking core). */
  wakeupCycles: number;
  /** Cycles of one hard interrupt (entry, handler, NAPI schedule, exit). */
  hardirqCycles: number;
  /** Extra cycles per byte for an application on a NIC-remote NUMA node. */
  remoteNumaCyclesPerByte: number;
}

export type Offload = 'gro' | 'lro' | 'tso' | 'checksum' | 'rss' | 'arfs';

export interface NicModel {
  name: string;
  /** Line rate, bits per second. */
  speed: number;
  queues: number;
  /** RX descriptors per queue. */
  ring: number;
  /** Largest frame payload (MTU), bytes. */
  mtu: number;
  /** Interrupt coalescing: the first packet waits at most this long, seconds. */
  coalesce: number;
  /** Interrupt coalescing: raise the interrupt once this many frames are waiting. */
  coalesceFrames: number;
  offloads: Offload[];
  ddio: boolean;
  /** PCIe transfer latency of one descriptor + buffer, seconds. */
  dma: number;
  /** Aggregate packet-rate ceiling of the NIC and PCIe, packets per second. */
  maxPps: number;
  /** SR-IOV virtual functions (0 = none). */
  sriovVfs: number;
  numaNode: number;
}

export interface LinkModel {
  a: Endpoint;
  b: Endpoint;
  /** One-way propagation latency, seconds. */
  latency: number;
  /** Probability that a frame is lost on the wire, 0..1. */
  loss: number;
}

export interface Endpoint {
  host: string;
  nic: string;
}

export type Stack = 'kernel' | 'dpdk' | 'xdp' | 'afxdp' | 'userspace';
export type Pipelining = 'none' | 'rps' | 'falcon';
export type Priority = 'none' | 'prism';
export type CopyMode = 'copy' | 'zerocopy';

export interface ChainModel {
  name: string;
  host: string;
  /** The NIC this chain receives from. */
  nic: string;
  stack: Stack;
  stages: StageModel[];
  pipelining: Pipelining;
  priority: Priority;
  /** Cores the chain may use, in order; the first `nic.queues` take the RX queues. */
  cores: number[];
  /** Packets taken per poll by busy-polling stacks (DPDK burst). */
  batch: number;
  copy: CopyMode;
  numaNode: number;
  kernel: KernelSettings;
  /** Cycles to hand a packet from one core to another (backlog enqueue + IPI share). */
  handoffCycles: number;
  falcon: FalconSettings;
  /** Transmit cost for replies and forwarded packets when the chain has no `tx` stage. */
  tx: StageCost;
}

export interface KernelSettings {
  /** Packets per NAPI poll of one queue (NAPI_POLL_WEIGHT). */
  napiWeight: number;
  /** Packets per softirq round (netdev_budget). */
  budget: number;
  /** Time per softirq round, seconds (netdev_budget_usecs). */
  budgetTime: number;
  /** Softirq restarts before the rest moves to ksoftirqd. */
  maxRestarts: number;
  /** Per-CPU backlog queue length (netdev_max_backlog). */
  backlog: number;
  /** Socket receive buffer, bytes. */
  socketBuffer: number;
  /** Segments GRO merges at most into one. */
  groBatch: number;
  /** Largest GRO/TSO super-packet, bytes. */
  groMaxBytes: number;
}

export interface FalconSettings {
  /** A core at or above this load is skipped (rehashed once), 0..1. */
  busyThreshold: number;
  /** FALCON disengages when the average load of its cores is at or above this, 0..1. */
  disengageThreshold: number;
  /** How often core load is sampled, seconds. */
  samplePeriod: number;
  /** EWMA weight of a new load sample. */
  ewmaWeight: number;
}

export interface StageCost {
  cyclesPerPacket: number;
  cyclesPerByte: number;
}

export type StageKind =
  | 'driver' | 'pmd' | 'xdp' | 'gro' | 'ip' | 'route' | 'conntrack' | 'tcp' | 'udp'
  | 'vxlan' | 'geneve' | 'bridge' | 'ovs' | 'veth' | 'iptables' | 'ebpf' | 'shm' | 'nf'
  | 'userspace_tcp' | 'socket' | 'app' | 'tx' | 'custom';

/** Where a stage runs. */
export type ExecContext = 'hardirq' | 'softirq' | 'thread' | 'poll';

/**
 * The queue a packet waits in before a stage. `none` means the stage runs
 * right after the previous one on the same core (run to completion).
 */
export type QueueKind = 'ring' | 'backlog' | 'socket' | 'shm' | 'none';

export type StageAction = 'pass' | 'drop' | 'forward';

export interface StageModel extends StageCost {
  /** Unique within the chain: the stage's name, or its kind when unnamed. */
  name: string;
  kind: StageKind;
  context: ExecContext;
  queueBefore: QueueKind;
  /** Capacity of queueBefore in packets (ring and backlog sizes are copied here). */
  queueCapacity: number;
  /** `fixed` costs are exact; `exponential` costs have that mean. */
  dist: 'fixed' | 'exponential';
  /** Pinned core, or undefined to follow the chain's placement. */
  core?: number;
  /** Packets per poll at this stage (overrides the chain's batch). */
  batch: number;
  action: StageAction;
  /** This stage copies packet data; its per-byte cost rises when data misses the LLC. */
  copiesData: boolean;
  /** A device stage: FALCON and RPS may move the work that follows it to another core. */
  device: boolean;
  /** Cycles paid once per new flow (connection set-up and tear-down), by the flow's first packet. */
  cyclesPerFlow: number;
}

export type Pattern = 'constant' | 'poisson' | 'onoff' | 'closed' | 'trace';
export type TrafficClass = 'high' | 'normal' | 'low';

export type SizeDist =
  | { kind: 'fixed'; bytes: number }
  | { kind: 'mix'; entries: { bytes: number; weight: number }[] };

export type Rate = { unit: 'bps'; value: number } | { unit: 'pps'; value: number };

export interface TraceRecord {
  /** Send time from the start of the run, seconds. */
  time: number;
  bytes: number;
  flow: number;
}

export interface TrafficModel {
  name: string;
  /** Sending host (normally a loadgen). */
  from: string;
  to: { host: string; container?: string };
  /** The chain that receives it on the `to` host. */
  via: string;
  pattern: Pattern;
  /** Open-loop offered rate (constant, poisson, onoff, and the mean of trace-free patterns). */
  rate: Rate;
  /** Ethernet frame size including header and FCS. */
  size: SizeDist;
  flows: number;
  class: TrafficClass;
  /** Reply frame size for request/response traffic (latency is the round trip), or 0. */
  reply: number;
  /** Application time per request before the reply, seconds. */
  service: number;
  /** Closed loop: requests outstanding at once. */
  concurrency: number;
  /** Closed loop: think time between a reply and the next request, seconds. */
  think: number;
  /** onoff: mean on and off periods, seconds. */
  on: number;
  off: number;
  start: number;
  /** Stop sending at this time (seconds from the start of the run), or Infinity. */
  stop: number;
  /** The chain forwards packets back out to the sender (l2fwd-style). */
  forward: boolean;
  /** Records of a trace pattern, sorted by time. */
  trace?: TraceRecord[];
  /** TCP-like window: bytes in flight per flow before the sender waits, or 0 for none. */
  window: number;
  /** Bytes each flow carries before a new flow (a new 5-tuple) replaces it, or 0 for flows that last the run. */
  flowSize: number;
  /** `fixed`: every flow carries flowSize bytes; `exponential`: each flow's size is drawn with that mean. */
  flowDist: 'fixed' | 'exponential';
  /** Present when the sender is a `sut` host: what sending costs its core (a loadgen sends for free). */
  sender?: SenderCost;
}

/** The send path on a simulated sender: the copy from the application, then TCP/IP and the driver per segment. */
export interface SenderCost {
  /** The sending host's core (numbered within that host). */
  core: number;
  cyclesPerByte: number;
  cyclesPerSegment: number;
  /** Bytes per segment: the TSO size when the sender's NIC segments, else one frame. */
  segmentBytes: number;
}

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface ExpectModel {
  /** A metric path such as `rpc.latency.p99` (DESIGN §2). */
  metric: string;
  op: CompareOp;
  /** SI value. */
  value: number;
}
