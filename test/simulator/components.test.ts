// Behaviour of the simulated components: NIC, cores, stacks, traffic patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../simulator/index';
import type { StageModel } from '../../simulator/model';
import { chain, host, idealHosts, kernel, link, loadgen, model, stage, traffic } from './model-builder';

const near = (actual: number, expected: number, tolerance: number, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.abs(expected), `${what} ${actual} vs ${expected}`);

test('RSS spreads flows over the NIC queues and their cores', () => {
  const result = simulate(model({
    hosts: [loadgen(), host('sut', { nic: { queues: 4 } })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 1500, action: 'drop' })], { cores: [0, 1, 2, 3] })],
    traffic: [traffic('t', { rate: { unit: 'pps', value: 2e6 }, flows: 256 })],
  }));
  const utils = result.cores.slice(0, 4).map((core) => core.util);
  for (const util of utils) near(util, 0.25 + 0.25 * 0.01, 0.35, 'per-core share');
  assert.equal(result.cores[4].util, 0);
});

test('interrupt coalescing holds a lone packet for `coalesce`; a full batch of frames fires at once', () => {
  const lone = (coalesce: number, frames: number, rate: number) => simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { hardirqCycles: 0 }, nic: { coalesce, coalesceFrames: frames, dma: 0 } })],
    links: [link('gen', 'sut', { latency: 0 })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 300, action: 'drop' })])],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: rate } })],
  })).traffic.t.latency;
  // The stage, the frame's serialization and the NIC's packet-rate pipeline.
  const fixed = 100e-9 + 6.72e-9 + 1 / 115e6;
  near(lone(0, 1, 1e4).mean, fixed, 0.01, 'no coalescing');
  near(lone(20e-6, 32, 1e4).mean, 20e-6 + fixed, 0.01, 'coalesced');
  // At 10 Mpps, 4 frames arrive within 0.4 µs, far sooner than the 20 µs timer.
  assert.ok(lone(20e-6, 4, 1e7).mean < 2e-6);
});

test('GRO merges same-flow packets so later stages pay per-packet costs once per merged packet', () => {
  const bulk = (offloads: ('gro' | 'lro')[]) => simulate(model({
    hosts: [loadgen(), host('sut', { nic: { offloads } })],
    chains: [chain('rx', [
      stage('driver', { cyclesPerPacket: 600 }),
      stage('gro', { cyclesPerPacket: 300 }),
      stage('tcp', { cyclesPerPacket: 3000, action: 'drop' }),
    ])],
    traffic: [traffic('bulk', { pattern: 'constant', rate: { unit: 'bps', value: 40e9 }, size: { kind: 'fixed', bytes: 1518 } })],
    run: { duration: 2e-3, warmup: 2e-4 },
  }));
  const plain = bulk([]);
  const merged = bulk(['gro']);
  const hardware = bulk(['lro']);
  assert.ok(merged.traffic.bulk.pps > 2 * plain.traffic.bulk.pps, `${merged.traffic.bulk.pps} vs ${plain.traffic.bulk.pps}`);
  // Per merged unit the tcp stage runs once: its busy share drops well below the per-frame driver's.
  assert.ok(merged.cores[0].byStage['rx.tcp'] < merged.cores[0].byStage['rx.driver']);
  assert.ok(plain.cores[0].byStage['rx.tcp'] > plain.cores[0].byStage['rx.driver']);
  assert.ok(hardware.traffic.bulk.pps >= merged.traffic.bulk.pps, 'LRO merges before the driver too');
});

test('a DPDK polling core is 100% busy; byStage shows the useful work and idle-poll the rest', () => {
  const result = simulate(model({
    chains: [chain('fwd', [
      stage('pmd', { context: 'poll', cyclesPerPacket: 60, batch: 32 }),
      stage('nf', { context: 'poll', cyclesPerPacket: 240, action: 'forward' }),
    ], { stack: 'dpdk', tx: { cyclesPerPacket: 0, cyclesPerByte: 0 } })],
    traffic: [traffic('l2', { via: 'fwd', to: { host: 'gen' }, forward: true, pattern: 'constant', rate: { unit: 'pps', value: 5e6 } })],
  }));
  const core = result.cores[0];
  near(core.util, 1, 1e-9, 'util');
  near(core.byStage['fwd.pmd'] + core.byStage['fwd.nf'], 0.5, 0.02, 'useful work');
  near(core.byContext['idle-poll'], 0.5, 0.02, 'idle polling');
  assert.equal(core.byContext.hardirq, 0);
  const l2 = result.traffic.l2;
  near(l2.pps, 5e6, 0.01, 'forwarded rate');
  // Round trip: two 1 µs links, 0.5 µs DMA, ≤ 0.1 µs of work, two 64 B serializations.
  assert.ok(l2.latency.mean > 2.5e-6 && l2.latency.mean < 2.8e-6, `${l2.latency.mean}`);
});

test('request/response: the reply goes back over the wire and latency is the round trip', () => {
  const rtt = (latency: number) => simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { hardirqCycles: 0 }, nic: { coalesce: 0, dma: 0 } })],
    links: [link('gen', 'sut', { latency })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 3000 }), stage('app', { cyclesPerPacket: 0 })])],
    traffic: [traffic('rpc', { pattern: 'constant', rate: { unit: 'pps', value: 1e4 }, reply: 1000, service: 5e-6 })],
  })).traffic.rpc;
  const short = rtt(1e-6);
  const long = rtt(11e-6);
  near(long.latency.mean - short.latency.mean, 20e-6, 0.01, 'two more link crossings');
  // 1 µs driver + 5 µs service + 0.33 µs transmit + wires + 2 µs of links.
  near(short.latency.mean, 1e-6 + 5e-6 + 1000 / 3e9 + (84 + 1020) * 8 / 100e9 + 2e-6, 0.01, 'round trip');
  assert.equal(short.delivered, short.offered - (short.inFlight ?? 0));
});

test('closed loop: throughput is concurrency over the round trip', () => {
  const result = simulate(model({
    ...idealHosts(),
    chains: [chain('rx', [stage('app', { cyclesPerPacket: 30000 })], { tx: { cyclesPerPacket: 0, cyclesPerByte: 0 } })],
    traffic: [traffic('c', { pattern: 'closed', concurrency: 2, think: 10e-6, reply: 64 })],
    run: { duration: 2e-3, warmup: 1e-4 },
  }));
  // Each request: 10 µs of service; two outstanding on one core, plus 10 µs think each: 2 per 20 µs.
  near(result.traffic.c.pps, 2 / 20e-6, 0.02, 'closed-loop rate');
});

test('on/off, trace, start and stop shape what is offered', () => {
  const run = (overrides: Parameters<typeof traffic>[1]) => simulate(model({
    ...idealHosts(),
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 30, action: 'drop' })])],
    traffic: [traffic('t', overrides)],
    run: { duration: 20e-3, warmup: 0 },
  })).traffic.t;
  near(run({ pattern: 'onoff', on: 1e-5, off: 3e-5, rate: { unit: 'pps', value: 4e6 } }).offered, 4e6 * 0.25 * 20e-3, 0.1, 'on/off');
  near(run({ pattern: 'constant', rate: { unit: 'pps', value: 1e6 }, start: 5e-3, stop: 15e-3 }).offered, 1e4, 0.001, 'start/stop');
  const records = Array.from({ length: 100 }, (_, i) => ({ time: i * 1e-4, bytes: 64 + i, flow: i % 3 }));
  const trace = run({ pattern: 'trace', trace: records });
  assert.equal(trace.offered, 100);
  near(trace.offeredThroughput, (records.reduce((sum, r) => sum + r.bytes, 0) * 8) / 20e-3, 1e-9, 'trace bytes');
  const mix = run({ pattern: 'poisson', rate: { unit: 'bps', value: 1e9 }, size: { kind: 'mix', entries: [{ bytes: 64, weight: 7 }, { bytes: 1500, weight: 1 }] } });
  near(mix.offeredThroughput, 1e9, 0.05, 'mix offered bits');
});

test('a TCP-like window bounds throughput to window / round trip', () => {
  const result = simulate(model({
    ...idealHosts(),
    links: [link('gen', 'sut', { latency: 10e-6 })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 30, action: 'drop' })])],
    traffic: [traffic('bulk', { pattern: 'constant', rate: { unit: 'bps', value: 50e9 }, size: { kind: 'fixed', bytes: 1500 }, window: 15000 })],
  }));
  // 15 kB per 20 µs of round trip (plus a few ns of work) is 6 Gbps.
  near(result.traffic.bulk.throughput, (15000 * 8) / 20e-6, 0.03, 'window-limited throughput');
});

test('DDIO: copies hit the LLC while in-flight data fits its share, and miss beyond it or without DDIO', () => {
  const copy = (ddio: boolean, ring: number, rate: number) => simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { llc: 8e6, llcWays: 8, ddioWays: 1 }, nic: { ddio, ring, maxPps: 0, offloads: [] } })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 100, queueCapacity: ring }), stage('custom', { name: 'copy', cyclesPerPacket: 0, cyclesPerByte: 1, copiesData: true, action: 'drop' })])],
    traffic: [traffic('bulk', { pattern: 'constant', rate: { unit: 'pps', value: rate }, size: { kind: 'fixed', bytes: 1500 } })],
    run: { duration: 2e-3, warmup: 5e-4 },
  }));
  // 1 MB of DDIO share: a light load keeps a few packets in flight; an overload fills a 4096-slot ring (6 MB).
  assert.equal(copy(true, 4096, 1e5).hosts?.sut.llcMissRate, 0);
  const overloaded = copy(true, 4096, 5e6);
  const missRate = overloaded.hosts?.sut.llcMissRate ?? 0;
  assert.ok(missRate > 0.5, `${missRate}`);
  assert.ok(overloaded.traffic.bulk.pps < copy(true, 512, 5e6).traffic.bulk.pps, 'a ring beyond the DDIO share lowers throughput');
  assert.equal(copy(false, 4096, 1e5).hosts?.sut.llcMissRate, 1);
});

test('PRISM: high-priority packets overtake queued low-priority ones at every software queue', () => {
  // 400 low-priority frames, then 20 high-priority ones, into a backlog stage that needs 1 µs per packet.
  const records = [
    ...Array.from({ length: 400 }, (_, i) => ({ time: 1e-6 + i * 1e-9, bytes: 64, flow: 0 })),
  ];
  const high = Array.from({ length: 20 }, (_, i) => ({ time: 2e-6 + i * 1e-9, bytes: 64, flow: 1 }));
  const run = (priority: 'none' | 'prism') => simulate(model({
    ...idealHosts(2),
    chains: [chain('rx', [
      stage('driver', { cyclesPerPacket: 3, queueCapacity: 4096 }),
      stage('custom', { name: 'work', cyclesPerPacket: 3000, queueBefore: 'backlog', queueCapacity: 1000, core: 1, action: 'drop' }),
    ], { priority, handoffCycles: 0 })],
    traffic: [traffic('low', { pattern: 'trace', trace: records, class: 'low' }), traffic('high', { pattern: 'trace', trace: high, class: 'high' })],
    run: { duration: 1e-3, warmup: 0 },
  }));
  const fifo = run('none').traffic.high.latency.mean;
  const prism = run('prism').traffic.high.latency.mean;
  assert.ok(fifo > 350e-6, `FIFO waits behind the low-priority backlog: ${fifo}`);
  assert.ok(prism < 40e-6, `PRISM goes first: ${prism}`);
});

function falconModel(pipelining: 'none' | 'falcon', flows: number) {
  const stages: StageModel[] = [
    stage('driver', { cyclesPerPacket: 600, device: true }),
    stage('vxlan', { cyclesPerPacket: 1500, device: true }),
    stage('bridge', { cyclesPerPacket: 900, device: true }),
    stage('veth', { cyclesPerPacket: 900, device: true }),
    stage('udp', { cyclesPerPacket: 1500, action: 'drop' }),
  ];
  return model({
    hosts: [loadgen(), host('sut', { nic: { queues: 4 } })],
    chains: [chain('rx', stages, { pipelining, cores: [0, 1, 2, 3] })],
    traffic: [traffic('udp', { pattern: 'constant', rate: { unit: 'pps', value: 3e6 }, size: { kind: 'fixed', bytes: 1500 }, flows })],
    run: { duration: 5e-3, warmup: 2e-3 },
  });
}

test('FALCON spreads one flow\'s device stages over cores, and disengages when all cores are loaded', () => {
  const single = simulate(falconModel('falcon', 1)).traffic.udp.pps / simulate(falconModel('none', 1)).traffic.udp.pps;
  assert.ok(single >= 1.5, `single-flow gain ${single}`);
  const many = simulate(falconModel('falcon', 16)).traffic.udp.pps / simulate(falconModel('none', 16)).traffic.udp.pps;
  assert.ok(many < 1.1 && many > 0.85, `saturated multi-flow gain ${many}`);
});

test('ksoftirqd shares an overloaded core with the application thread', () => {
  const result = simulate(model({
    hosts: [loadgen(), host('sut', { nic: { offloads: [] } })],
    chains: [chain('rx', [
      stage('driver', { cyclesPerPacket: 3000 }),
      stage('socket', { cyclesPerPacket: 600, queueBefore: 'socket', context: 'thread', batch: 16 }),
      stage('app', { cyclesPerPacket: 600, context: 'thread' }),
    ], { kernel: kernel({ socketBuffer: 1e7 }) })],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 3e6 } })],
    run: { duration: 5e-3, warmup: 1e-3 },
  }));
  const core = result.cores[0];
  assert.ok(core.kernel && core.kernel.ksoftirqdWakeups > 0);
  assert.ok(core.byContext.thread > 0.1, `the application still runs: ${core.byContext.thread}`);
  assert.ok(result.traffic.t.pps > 0.3e6);
});

test('wire loss and the NIC packet-rate ceiling', () => {
  const result = simulate(model({
    hosts: [loadgen(), host('sut', { nic: { maxPps: 1e6 } })],
    links: [link('gen', 'sut', { loss: 0.1 })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 30, action: 'drop' })])],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 2e6 } })],
    run: { duration: 2e-3, warmup: 2e-3 },
  }));
  const t = result.traffic.t;
  near(t.drops.wire / t.offered, 0.1, 0.1, 'wire loss');
  assert.ok(t.pps <= 1e6 && t.drops.ring > 0, 'the NIC drops what exceeds its packet rate');
  // The driver (10 ns a packet) sees exactly the ceiling's 1 Mpps.
  near(result.cores[0].byStage['rx.driver'], 1e6 * 10e-9, 0.01, 'NIC ceiling');
});

test('repeat pools replications; time series add up to the totals', () => {
  const base = { chains: [chain('rx', [stage('driver', { cyclesPerPacket: 600, action: 'drop', dist: 'exponential' as const })])], traffic: [traffic('t')] };
  const once = simulate(model({ ...base, run: { repeat: 1 } })).traffic.t;
  const thrice = simulate(model({ ...base, run: { repeat: 3 } }));
  near(thrice.traffic.t.offered, 3 * once.offered, 0.02, 'pooled packets');
  near(thrice.traffic.t.pps, once.pps, 0.02, 'rate per second of measured time');
  const series = thrice.timeseries.traffic.t.throughput;
  assert.equal(series.length, 10);
  near(series.reduce((a, b) => a + b, 0) / series.length, thrice.traffic.t.throughput, 1e-9, 'series mean');
  assert.equal(thrice.timeseries.t.length, 10);
  near(thrice.timeseries.t[9], 1e-3, 1e-9, 'last sample at the end of measurement');
});

test('shared-memory hand-off between polling functions, and an AF_XDP socket read by a polling core', () => {
  const middlenet = simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { cores: 4 } })],
    chains: [chain('nfv', [
      stage('pmd', { context: 'poll', cyclesPerPacket: 60, batch: 32 }),
      stage('nf', { name: 'firewall', context: 'poll', cyclesPerPacket: 300, queueBefore: 'shm', queueCapacity: 512, core: 1 }),
      stage('nf', { name: 'nat', context: 'poll', cyclesPerPacket: 300, queueBefore: 'shm', queueCapacity: 512, core: 2, action: 'drop' }),
    ], { stack: 'dpdk', handoffCycles: 30 })],
    traffic: [traffic('t', { via: 'nfv', pattern: 'constant', rate: { unit: 'pps', value: 5e6 } })],
  }));
  for (const core of [0, 1, 2]) near(middlenet.cores[core].util, 1, 1e-9, `polling core ${core}`);
  near(middlenet.cores[1].byStage['nfv.firewall'], 0.5, 0.02, 'firewall work');
  near(middlenet.traffic.t.pps, 5e6, 0.01, 'rate');
  assert.ok(middlenet.traffic.t.latency.mean < 3e-6);

  const afxdp = simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { cores: 4 } })],
    chains: [chain('xsk', [
      stage('driver', { cyclesPerPacket: 200 }),
      stage('xdp', { cyclesPerPacket: 100 }),
      stage('app', { context: 'poll', cyclesPerPacket: 150, queueBefore: 'ring', queueCapacity: 2048, core: 2, action: 'drop' }),
    ], { stack: 'afxdp' })],
    traffic: [traffic('t', { via: 'xsk', pattern: 'constant', rate: { unit: 'pps', value: 2e6 } })],
  }));
  near(afxdp.cores[2].util, 1, 1e-9, 'the AF_XDP core polls');
  near(afxdp.cores[2].byStage['xsk.app'], 0.1, 0.03, 'its useful work');
  assert.ok(afxdp.cores[0].byContext.softirq > 0.15, 'the XDP program runs in the driver softirq');
  near(afxdp.traffic.t.pps, 2e6, 0.02, 'rate');
});

test('PRISM improves the p99 of a high-priority flow at least 2× under heavy low-priority load, at little cost to the bulk', () => {
  // The overlay's softirq work on core 0 (backlog polls of 8), the applications on core 1.
  const overlay = [
    stage('driver', { cyclesPerPacket: 600 }),
    stage('vxlan', { cyclesPerPacket: 900, device: true }),
    stage('bridge', { cyclesPerPacket: 600, device: true, queueBefore: 'backlog', batch: 8 }),
    stage('veth', { cyclesPerPacket: 600, device: true }),
    stage('ip', { cyclesPerPacket: 600, queueBefore: 'backlog', batch: 8 }),
    stage('udp', { cyclesPerPacket: 600 }),
    stage('socket', { cyclesPerPacket: 300, cyclesPerByte: 0.1, queueBefore: 'socket', context: 'thread', copiesData: true, batch: 16, core: 1 }),
    stage('app', { cyclesPerPacket: 300, context: 'thread', core: 1 }),
  ];
  const run = (priority: 'none' | 'prism') => simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { cores: 2 }, nic: { coalesce: 0 } })],
    chains: [chain('rx', overlay, { priority, kernel: kernel({ socketBuffer: 4e6 }) })],
    traffic: [
      traffic('rpc', { class: 'high', rate: { unit: 'pps', value: 2e4 }, reply: 64, flows: 4 }),
      traffic('bulk', { class: 'low', rate: { unit: 'pps', value: 0.45e6 }, size: { kind: 'fixed', bytes: 1500 }, flows: 8 }),
    ],
    run: { duration: 10e-3, warmup: 2e-3 },
  }));
  const fifo = run('none');
  const prism = run('prism');
  assert.ok(fifo.cores[0].util > 0.8);
  const gain = fifo.traffic.rpc.latency.p99 / prism.traffic.rpc.latency.p99;
  assert.ok(gain >= 2, `p99 gain ${gain}`);
  assert.ok(prism.traffic.bulk.pps >= 0.9 * fifo.traffic.bulk.pps);
});

test('a one-packet NAPI poll: one poll per packet, rounds still end on the budget', () => {
  const stages = [
    stage('driver', { cyclesPerPacket: 300 }),
    stage('custom', { cyclesPerPacket: 2700, dist: 'exponential', batch: 1, core: 1, queueBefore: 'backlog', queueCapacity: 1e6 }),
  ];
  const result = simulate(model({
    ...idealHosts(2),
    chains: [chain('rx', stages, { cores: [0, 1], handoffCycles: 0, kernel: kernel({ budget: 8, backlog: 1e6 }) })],
    traffic: [traffic('t', { rate: { unit: 'pps', value: 1e6 } })],
    run: { duration: 2e-3, warmup: 2e-4 },
  }));
  const counters = result.cores[1].kernel;
  assert.ok(counters);
  assert.ok(counters.packets > 1000);
  assert.equal(counters.polls, counters.packets);
  assert.equal(counters.maxPerPoll, 1);
  assert.equal(counters.maxPerRound, 8);
  assert.ok(counters.budgetStops > 0);
});

test('a one-packet NAPI instance scheduled on an idle core: each packet starts net_rx_action, one round and one poll', () => {
  // Packets 10 µs apart, 1 µs of work each: every packet finds core 1 idle with an empty poll list.
  const stages = [
    stage('driver', { cyclesPerPacket: 300 }),
    stage('custom', { cyclesPerPacket: 3000, batch: 1, core: 1, queueBefore: 'backlog', queueCapacity: 1e6 }),
  ];
  const result = simulate(model({
    ...idealHosts(2),
    chains: [chain('rx', stages, { cores: [0, 1], handoffCycles: 0, kernel: kernel({ budget: 8, backlog: 1e6 }) })],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 1e5 } })],
    run: { duration: 2e-3, warmup: 2e-4 },
  }));
  const counters = result.cores[1].kernel;
  assert.ok(counters);
  assert.ok(counters.packets > 100);
  assert.equal(counters.polls, counters.packets);
  assert.equal(counters.rounds, counters.packets);
  assert.equal(counters.maxPerRound, 1);
  assert.equal(counters.budgetStops, 0);
  assert.equal(result.stages['rx.custom'].packets, result.traffic.t.delivered);
});
