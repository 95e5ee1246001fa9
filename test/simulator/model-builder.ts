// Builds SystemModels for simulator tests with calibrated defaults (a 3 GHz
// server with a 100G NIC, Linux 5.4 kernel settings), so each test states
// only what it is about.
import type {
  ChainModel, CpuModel, HostModel, KernelSettings, LinkModel, NicModel, RunSettings, StageKind, StageModel, SystemModel,
  TrafficModel,
} from '../../simulator/model';

export function cpu(overrides: Partial<CpuModel> = {}): CpuModel {
  return {
    cores: 8,
    freq: 3e9,
    llc: 32 * 2 ** 20,
    llcWays: 11,
    ddioWays: 2,
    numaNodes: 1,
    missCyclesPerByte: 0.3,
    contextSwitchCycles: 3000,
    wakeupCycles: 1500,
    hardirqCycles: 1200,
    remoteNumaCyclesPerByte: 0.1,
    ...overrides,
  };
}

export function nic(overrides: Partial<NicModel> = {}): NicModel {
  return {
    name: 'eth0',
    speed: 100e9,
    queues: 1,
    ring: 1024,
    mtu: 1500,
    coalesce: 8e-6,
    coalesceFrames: 32,
    offloads: ['gro', 'tso', 'checksum', 'rss'],
    ddio: true,
    dma: 5e-7,
    maxPps: 115e6,
    sriovVfs: 0,
    numaNode: 0,
    ...overrides,
  };
}

export function host(name: string, overrides: { role?: HostModel['role']; cpu?: Partial<CpuModel>; nic?: Partial<NicModel> } = {}): HostModel {
  return { name, role: overrides.role ?? 'sut', cpu: cpu(overrides.cpu), nics: [nic(overrides.nic)], containers: [] };
}

export function loadgen(name = 'gen', nicOverrides: Partial<NicModel> = {}): HostModel {
  return host(name, { role: 'loadgen', nic: nicOverrides });
}

export function link(a: string, b: string, overrides: Partial<LinkModel> = {}): LinkModel {
  return { a: { host: a, nic: 'eth0' }, b: { host: b, nic: 'eth0' }, latency: 1e-6, loss: 0, ...overrides };
}

export function kernel(overrides: Partial<KernelSettings> = {}): KernelSettings {
  return {
    napiWeight: 64,
    budget: 300,
    budgetTime: 2e-3,
    maxRestarts: 10,
    backlog: 1000,
    socketBuffer: 212992,
    groBatch: 64,
    groMaxBytes: 65536,
    ...overrides,
  };
}

/** A stage; the first stage of a chain reads the RX ring, later ones run to completion unless told otherwise. */
export function stage(kind: StageKind, overrides: Partial<StageModel> = {}): StageModel {
  return {
    name: overrides.name ?? kind,
    kind,
    cyclesPerPacket: 300,
    cyclesPerByte: 0,
    context: 'softirq',
    queueBefore: 'none',
    queueCapacity: 0,
    dist: 'fixed',
    batch: 64,
    action: 'pass',
    copiesData: false,
    device: false,
    cyclesPerFlow: 0,
    ...overrides,
  };
}

export function chain(name: string, stages: StageModel[], overrides: Partial<ChainModel> = {}): ChainModel {
  const [first, ...rest] = stages;
  return {
    name,
    host: 'sut',
    nic: 'eth0',
    stack: 'kernel',
    stages: first ? [{ ...first, queueBefore: 'ring', queueCapacity: first.queueCapacity || 1024 }, ...rest] : [],
    pipelining: 'none',
    priority: 'none',
    cores: [0],
    batch: 32,
    copy: 'copy',
    numaNode: 0,
    kernel: kernel(),
    handoffCycles: 600,
    falcon: { busyThreshold: 0.8, disengageThreshold: 0.8, samplePeriod: 1e-3, ewmaWeight: 0.2 },
    tx: { cyclesPerPacket: 1000, cyclesPerByte: 0 },
    ...overrides,
  };
}

export function traffic(name: string, overrides: Partial<TrafficModel> = {}): TrafficModel {
  return {
    name,
    from: 'gen',
    to: { host: 'sut' },
    via: 'rx',
    pattern: 'poisson',
    rate: { unit: 'pps', value: 1e6 },
    size: { kind: 'fixed', bytes: 64 },
    flows: 1,
    class: 'normal',
    reply: 0,
    service: 0,
    concurrency: 1,
    think: 0,
    on: 0,
    off: 0,
    start: 0,
    stop: Infinity,
    forward: false,
    window: 0,
    flowSize: 0,
    flowDist: 'fixed',
    ...overrides,
  };
}

export function run(overrides: Partial<RunSettings> = {}): RunSettings {
  return { duration: 1e-3, warmup: 1e-4, seed: 1, repeat: 1, timeSeriesPoints: 10, ...overrides };
}

export interface ModelParts {
  hosts?: HostModel[];
  links?: LinkModel[];
  chains: ChainModel[];
  traffic: TrafficModel[];
  expects?: SystemModel['expects'];
  run?: Partial<RunSettings>;
  params?: SystemModel['params'];
}

/** A generator `gen` linked to a server `sut` (unless hosts are given), with the given chains and traffic. */
export function model(parts: ModelParts): SystemModel {
  const hosts = parts.hosts ?? [loadgen(), host('sut')];
  return {
    scenario: 'test',
    params: parts.params ?? {},
    hosts,
    links: parts.links ?? [link('gen', 'sut')],
    chains: parts.chains,
    traffic: parts.traffic,
    expects: parts.expects ?? [],
    run: run(parts.run),
  };
}

/** Hosts and link with every fixed overhead removed: what queueing-theory checks need. */
export function idealHosts(cores = 8): { hosts: HostModel[]; links: LinkModel[] } {
  const ideal = { speed: 10e12, ring: 1e7, coalesce: 0, dma: 0, maxPps: 0, offloads: [] };
  return {
    hosts: [
      loadgen('gen', ideal),
      host('sut', { cpu: { cores, hardirqCycles: 0, contextSwitchCycles: 0, wakeupCycles: 0 }, nic: ideal }),
    ],
    links: [link('gen', 'sut', { latency: 0 })],
  };
}

/** A tandem of `n` single-stage queues (each `custom`, on its own core behind a backlog) fed by Poisson traffic. */
export function tandem(options: { n: number; serviceSeconds: number; rate: number; dist?: StageModel['dist']; packets: number; seed?: number }): SystemModel {
  const cycles = options.serviceSeconds * 3e9;
  const stages = Array.from({ length: options.n }, (_, i) =>
    stage('custom', {
      name: `s${i}`,
      cyclesPerPacket: cycles,
      dist: options.dist ?? 'exponential',
      batch: 1,
      core: i,
      queueBefore: i === 0 ? 'ring' : 'backlog',
      queueCapacity: 1e7,
    }),
  );
  const duration = options.packets / options.rate;
  return model({
    ...idealHosts(Math.max(1, options.n)),
    chains: [chain('rx', stages, { cores: [0], kernel: kernel({ backlog: 1e7 }), handoffCycles: 0 })],
    traffic: [traffic('load', { rate: { unit: 'pps', value: options.rate } })],
    run: { duration, warmup: duration / 20, seed: options.seed ?? 7 },
  });
}

/**
 * The shape of examples/quickstart.hnet: RPCs and bulk frames through a
 * kernel container overlay (VXLAN, bridge, veth) on a 4-core server, with the
 * catalog's default stage costs; `bulkBps` sets the bulk rate.
 */
export function quickstartOverlay(options: { bulkBps: number; duration: number; warmup: number; seed?: number }): SystemModel {
  const overlay = [
    stage('driver', { cyclesPerPacket: 315, cyclesPerByte: 0.24, device: true }),
    stage('gro', { cyclesPerPacket: 60 }),
    stage('vxlan', { cyclesPerPacket: 700, device: true }),
    stage('bridge', { cyclesPerPacket: 330, queueBefore: 'backlog' }),
    stage('veth', { cyclesPerPacket: 400, device: true }),
    stage('udp', { cyclesPerPacket: 300, queueBefore: 'backlog' }),
    stage('socket', { cyclesPerPacket: 400, cyclesPerByte: 0.2, context: 'thread', queueBefore: 'socket', copiesData: true }),
    stage('app', { cyclesPerPacket: 3000, context: 'thread' }),
  ];
  return model({
    hosts: [
      loadgen('gen'),
      host('sut', { cpu: { cores: 4, llc: 32 * 2 ** 20 }, nic: { queues: 4, ring: 1024, coalesce: 8e-6, offloads: ['gro', 'tso', 'checksum'] } }),
    ],
    links: [link('gen', 'sut', { latency: 2e-6 })],
    chains: [chain('overlay', overlay, { cores: [0, 1, 2, 3] })],
    traffic: [
      traffic('rpc', { via: 'overlay', to: { host: 'sut', container: 'web' }, rate: { unit: 'pps', value: 100e3 }, class: 'high', reply: 64 }),
      traffic('bulk', {
        via: 'overlay', to: { host: 'sut', container: 'web' }, pattern: 'constant', rate: { unit: 'bps', value: options.bulkBps },
        size: { kind: 'fixed', bytes: 1500 }, class: 'low', flows: 8,
      }),
    ],
    run: { duration: options.duration, warmup: options.warmup, seed: options.seed ?? 1 },
  });
}
