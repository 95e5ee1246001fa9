// Limits the simulated hardware and kernel must respect (calibration.md §2,
// checks 9 and 10), conservation of packets, and reproducibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../simulator/index';
import { chain, host, kernel, link, loadgen, model, nic, stage, traffic } from './model-builder';

function dpdkDrop(frame: number) {
  return model({
    hosts: [loadgen('gen'), host('sut', { nic: { maxPps: 0, ring: 4096 } })],
    chains: [chain('rx', [stage('pmd', { context: 'poll', cyclesPerPacket: 0, batch: 32, action: 'drop' })], { stack: 'dpdk' })],
    traffic: [traffic('flood', { pattern: 'constant', rate: { unit: 'pps', value: 1e12 }, size: { kind: 'fixed', bytes: frame } })],
    run: { duration: 20e-6, warmup: 2e-6 },
  });
}

test('a loadgen never exceeds line rate: 148.81 Mpps of 64 B frames at 100 Gbps', () => {
  const flood = simulate(dpdkDrop(64)).traffic.flood;
  const offeredPps = flood.offered / 20e-6;
  assert.ok(Math.abs(offeredPps - 148.81e6) / 148.81e6 < 0.002, `${offeredPps}`);
  assert.ok(flood.pps <= 148.81e6 * 1.002);
  assert.equal(flood.delivered + (flood.inFlight ?? NaN), flood.offered, 'the zero-cost receiver drops nothing');
});

test('a loadgen never exceeds line rate: 8.127 Mpps of 1518 B frames at 100 Gbps', () => {
  const flood = simulate(dpdkDrop(1518)).traffic.flood;
  const offeredPps = flood.offered / 20e-6;
  assert.ok(Math.abs(offeredPps - 8.127e6) / 8.127e6 < 0.01, `${offeredPps}`);
  assert.ok(flood.throughput <= 100e9);
});

function overloadedKernel(stageCycles: number, settings: Parameters<typeof kernel>[0] = {}) {
  return model({
    hosts: [loadgen('gen'), host('sut', { cpu: { cores: 2 } })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: stageCycles, action: 'drop' })], { kernel: kernel(settings) })],
    traffic: [traffic('flood', { pattern: 'constant', rate: { unit: 'pps', value: 2 * (3e9 / stageCycles) } })],
    run: { duration: 10e-3, warmup: 1e-3 },
  });
}

test('NAPI: a poll takes at most 64 packets; a round stops at the 300-packet budget, then ksoftirqd takes over', () => {
  const result = simulate(overloadedKernel(300));
  const counters = result.cores[0].kernel;
  assert.ok(counters, 'core 0 ran softirq');
  assert.equal(counters.maxPerPoll, 64);
  assert.ok(counters.maxPerRound <= 300 + 63, `${counters.maxPerRound} in one round`);
  assert.ok(counters.budgetStops > 0);
  assert.ok(counters.ksoftirqdWakeups > 0, 'work moved to ksoftirqd');
  assert.ok(result.traffic.flood.drops.ring > 0, 'the overloaded ring drops');
  assert.ok(result.cores[0].util > 0.99);
});

test('NAPI: a round also stops when its time budget (2 ms) is used up', () => {
  // 10 µs per packet: 2 ms is 200 packets, well under a packet budget of 10⁶.
  const result = simulate(overloadedKernel(30000, { budget: 1e6 }));
  const counters = result.cores[0].kernel;
  assert.ok(counters && counters.timeStops > 0);
  assert.equal(counters.budgetStops, 0);
  assert.ok(counters.maxPerRound <= 200 + 64, `${counters.maxPerRound} in one round`);
});

test('the per-CPU backlog drops only once 1000 packets are queued', () => {
  // 1500 frames at once; the backlog core is stuck on the first for a whole second.
  const records = Array.from({ length: 1500 }, (_, i) => ({ time: 1e-6 + i * 1e-9, bytes: 64, flow: 0 }));
  const result = simulate(model({
    hosts: [loadgen('gen', { speed: 10e12 }), host('sut', { cpu: { cores: 2 }, nic: { ring: 4096, maxPps: 0 } })],
    chains: [chain('rx', [
      stage('driver', { cyclesPerPacket: 0, queueCapacity: 4096 }),
      stage('custom', { name: 'slow', cyclesPerPacket: 3e9, queueBefore: 'backlog', queueCapacity: 1000, core: 1 }),
    ], { kernel: kernel({ backlog: 1000 }), handoffCycles: 0 })],
    traffic: [traffic('burst', { pattern: 'trace', trace: records })],
    run: { duration: 100e-6, warmup: 0 },
  }));
  const burst = result.traffic.burst;
  assert.equal(burst.drops.backlog, 1500 - 1 - 1000);
  assert.equal(burst.drops.ring, 0);
  assert.equal(burst.inFlight, 1001);
});

test('conservation: offered = delivered + drops + in flight, under overload, loss and replies', () => {
  const result = simulate(model({
    hosts: [loadgen('gen'), host('sut', { cpu: { cores: 4 }, nic: { queues: 2, ring: 256 } })],
    links: [link('gen', 'sut', { loss: 0.01, latency: 2e-6 })],
    chains: [chain('rx', [
      stage('driver', { cyclesPerPacket: 200 }),
      stage('ip', { cyclesPerPacket: 400, queueBefore: 'backlog', queueCapacity: 300, device: true }),
      stage('socket', { cyclesPerPacket: 300, queueBefore: 'socket', context: 'thread', batch: 8 }),
      stage('app', { cyclesPerPacket: 2000, context: 'thread' }),
    ], { cores: [0, 1], kernel: kernel({ backlog: 300, socketBuffer: 64 * 200 }) })],
    traffic: [
      traffic('rpc', { rate: { unit: 'pps', value: 3e6 }, flows: 16, reply: 128 }),
      traffic('bulk', { pattern: 'constant', rate: { unit: 'bps', value: 20e9 }, size: { kind: 'fixed', bytes: 1500 }, flows: 4 }),
    ],
    run: { duration: 2e-3, warmup: 2e-4 },
  }));
  for (const [name, flow] of Object.entries(result.traffic)) {
    const drops = flow.drops.ring + flow.drops.backlog + flow.drops.socket + flow.drops.wire;
    assert.ok(flow.offered > 0);
    assert.equal(flow.offered, flow.delivered + drops + (flow.inFlight ?? NaN), name);
    assert.ok(flow.drops.wire > 0, `${name} lost frames on the wire`);
    assert.ok(drops > flow.drops.wire, `${name} overflowed a queue`);
  }
});

function busyModel(seed: number, withOther: boolean) {
  const genNics = [nic({ name: 'eth0' }), nic({ name: 'eth1' })];
  const sutNics = [nic({ name: 'eth0' }), nic({ name: 'eth1' })];
  return model({
    hosts: [
      { ...loadgen('gen'), nics: genNics },
      { ...host('sut', { cpu: { cores: 4 } }), nics: sutNics },
    ],
    links: [link('gen', 'sut'), { a: { host: 'gen', nic: 'eth1' }, b: { host: 'sut', nic: 'eth1' }, latency: 1e-6, loss: 0 }],
    chains: [
      chain('rx', [stage('driver', { dist: 'exponential' }), stage('app', { cyclesPerPacket: 1500, dist: 'exponential', queueBefore: 'backlog' })], { cores: [0] }),
      chain('rx2', [stage('driver'), stage('app', { cyclesPerPacket: 1500 })], { cores: [2], nic: 'eth1' }),
    ],
    traffic: [
      traffic('a', { rate: { unit: 'pps', value: 1.5e6 }, flows: 8 }),
      ...(withOther ? [traffic('b', { via: 'rx2', rate: { unit: 'pps', value: 1e6 } })] : []),
    ],
    run: { duration: 1e-3, warmup: 1e-4, seed },
  });
}

test('same model and seed give byte-identical results; another seed differs', () => {
  const first = JSON.stringify(simulate(busyModel(7, false)));
  const again = JSON.stringify(simulate(busyModel(7, false)));
  const other = JSON.stringify(simulate(busyModel(8, false)));
  assert.equal(first, again);
  assert.notEqual(first, other);
});

test('adding an unrelated traffic source does not reshuffle another one', () => {
  const alone = simulate(busyModel(7, false));
  const together = simulate(busyModel(7, true));
  assert.deepEqual(together.traffic.a, alone.traffic.a);
  assert.deepEqual(together.stages['rx.app'], alone.stages['rx.app']);
});
