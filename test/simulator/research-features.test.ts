// Model features the research examples rely on: the drain after the window,
// GRO for TCP only, shared-memory rings and socket queues without the backlog
// hand-off cost,
// TSO bursts from windowed senders, short flows with per-flow costs, and the
// share and LLC-miss metrics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../simulator/index';
import type { Offload } from '../../simulator/model';
import { metricValue } from '../../simulator/metrics/expects';
import { chain, host, idealHosts, link, loadgen, model, stage, traffic } from './model-builder';

const near = (actual: number, expected: number, tolerance: number, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.abs(expected), `${what} ${actual} vs ${expected}`);

test('an overloaded queue delivers its service rate, and its slowest packets are not left out of the latency', () => {
  // 1 µs per packet at 2 Mpps: the 4096-slot ring stays full, so a packet waits ≈ 4 ms, longer than the 2 ms window.
  const result = simulate(model({
    ...idealHosts(),
    chains: [chain('rx', [stage('custom', { cyclesPerPacket: 3000, action: 'drop', queueCapacity: 4096 })])],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 2e6 } })],
    run: { duration: 2e-3, warmup: 3e-3 },
  }));
  const t = result.traffic.t;
  near(t.pps, 1e6, 0.01, 'throughput is the service rate');
  assert.ok(t.latency.p50 > 2e-3, `waits longer than the window are measured: ${t.latency.p50}`);
  assert.equal(t.inFlight, 0, 'the run drained every measured packet');
  assert.equal(t.offered, t.delivered + t.drops.ring);
});

test('GRO merges TCP segments but not UDP datagrams', () => {
  const run = (l4: 'tcp' | 'udp') => simulate(model({
    hosts: [loadgen(), host('sut', { nic: { offloads: ['gro'] } })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 600 }), stage('gro', { cyclesPerPacket: 300 }), stage(l4, { cyclesPerPacket: 3000, action: 'drop' })])],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'bps', value: 40e9 }, size: { kind: 'fixed', bytes: 1518 } })],
    run: { duration: 2e-3, warmup: 2e-4 },
  }));
  const tcp = run('tcp');
  const udp = run('udp');
  // Per-packet costs after GRO are paid once per merged unit for TCP, once per datagram for UDP.
  assert.ok(tcp.cores[0].byStage['rx.tcp'] < tcp.cores[0].byStage['rx.driver']);
  assert.ok(udp.cores[0].byStage['rx.udp'] > udp.cores[0].byStage['rx.driver']);
  assert.ok(tcp.traffic.t.pps > 2 * udp.traffic.t.pps, `${tcp.traffic.t.pps} vs ${udp.traffic.t.pps}`);
});

test('a shared-memory ring or a socket queue on another core costs the producer no backlog hand-off', () => {
  const overhead = (queue: 'shm' | 'socket' | 'backlog') => simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { wakeupCycles: 0, contextSwitchCycles: 0, hardirqCycles: 0 } })],
    chains: [chain('rx', [
      stage(queue === 'socket' ? 'driver' : 'pmd', { cyclesPerPacket: 100, context: queue === 'socket' ? 'softirq' : 'poll' }),
      stage(queue === 'shm' ? 'shm' : queue === 'socket' ? 'socket' : 'custom', {
        cyclesPerPacket: 90, context: queue === 'socket' ? 'thread' : 'poll', queueBefore: queue, queueCapacity: 1024, core: 1, action: 'drop',
      }),
    ], { stack: queue === 'socket' ? 'kernel' : 'dpdk', handoffCycles: 1500 })],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 1e6 } })],
  })).cores[0].byStage.overhead ?? 0;
  // The shm stage's cost covers its enqueue; a socket's reader is reached by the wake-up (zero here), not an IPI per packet.
  assert.equal(overhead('shm'), 0);
  assert.equal(overhead('socket'), 0);
  near(overhead('backlog'), 1e6 * 0.5e-6, 0.02, 'backlog hand-off: 1500 cycles per packet at 1 Mpps');
});

test('short flows: each flow slot restarts as a new 5-tuple, and its first packet pays the per-flow cost', () => {
  const run = (flowSize: number) => simulate(model({
    hosts: [loadgen(), host('sut', { nic: { queues: 4, offloads: [] } })],
    chains: [chain('rx', [stage('custom', { cyclesPerPacket: 300, cyclesPerFlow: 30000, action: 'drop' })], { cores: [0, 1, 2, 3] })],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 1e5 }, size: { kind: 'fixed', bytes: 1000 }, flowSize })],
    run: { duration: 4e-3, warmup: 1e-3 },
  }));
  const long = run(0);
  assert.equal(long.cores.filter((c) => c.util > 0).length, 1, 'one long flow stays on one queue');
  const short = run(10000);
  assert.ok(short.cores.filter((c) => c.util > 0).length >= 3, 'new flows land on other queues');
  // 100 Kpps of 1000 B in 10 kB flows: 10 K new flows a second, 10 µs each.
  const busy = short.cores.reduce((sum, c) => sum + (c.byStage['rx.custom'] ?? 0), 0);
  near(busy, 1e5 * 100e-9 + 1e4 * 10e-6, 0.05, 'per-packet plus per-flow work');
});

test('`<chain>.<stage>.share` is the stage\'s part of its host\'s busy time; `<host>.llc.miss` the copies that missed', () => {
  const result = simulate(model({
    hosts: [loadgen(), host('sut', { cpu: { llc: 8e6, llcWays: 8, ddioWays: 1 }, nic: { maxPps: 0, offloads: [] } })],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 100 }), stage('custom', { name: 'copy', cyclesPerPacket: 0, cyclesPerByte: 1, copiesData: true, action: 'drop' })])],
    traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'pps', value: 5e5 }, size: { kind: 'fixed', bytes: 1500 } })],
  }));
  const core = result.cores[0];
  near(metricValue(result, 'rx.copy.share'), core.byStage['rx.copy'] / core.util, 1e-9, 'share');
  assert.equal(metricValue(result, 'sut.llc.miss'), result.hosts?.sut.llcMissRate);
  assert.ok(Number.isNaN(metricValue(result, 'rx.nothing.share')));
});

test('a simulated sender spends its cost per byte and per segment on its core, which bounds its rate', () => {
  const run = (pps: number) => simulate(model({
    hosts: [host('client'), host('sut')],
    links: [link('client', 'sut')],
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 30, action: 'drop' })])],
    // 1 cycle per byte plus 3000 cycles per 3000-byte segment: 3000 cycles (1 µs) per 1500 B packet.
    traffic: [traffic('t', { from: 'client', pattern: 'constant', rate: { unit: 'pps', value: pps }, size: { kind: 'fixed', bytes: 1500 },
      sender: { core: 2, cyclesPerByte: 1, cyclesPerSegment: 3000, segmentBytes: 3000 } })],
  }));
  const light = run(2e5);
  const client = (r: ReturnType<typeof run>) => r.cores.find((c) => c.host === 'client' && c.core === 2)!.util;
  near(client(light), 0.2, 0.02, 'sender busy 1 µs per packet at 200 Kpps');
  const heavy = run(2e6);
  near(heavy.traffic.t.pps, 1e6, 0.02, 'the sender core limits the rate');
  assert.ok(client(heavy) > 0.98);
});

test('a windowed sender with TSO sends 64 KB of one flow at a time, so GRO merges even many flows', () => {
  const tcpSecondsPerPacket = (senderOffloads: Offload[]) => {
    const result = simulate(model({
      hosts: [loadgen('gen', { offloads: senderOffloads }), host('sut', { nic: { offloads: ['gro'] } })],
      chains: [chain('rx', [stage('driver', { cyclesPerPacket: 300 }), stage('gro', { cyclesPerPacket: 100 }), stage('tcp', { cyclesPerPacket: 3000, action: 'drop' })])],
      traffic: [traffic('t', { pattern: 'constant', rate: { unit: 'bps', value: 20e9 }, size: { kind: 'fixed', bytes: 1518 }, flows: 16, window: 1e6 })],
      run: { duration: 2e-3, warmup: 2e-4 },
    }));
    return result.cores[0].byStage['rx.tcp'] / result.traffic.t.pps;
  };
  // Frame by frame, 16 interleaved flows outnumber GRO's 8 open flows and nothing merges.
  const interleaved = tcpSecondsPerPacket([]);
  near(interleaved, 1e-6, 0.02, 'one tcp pass (1 µs) per frame');
  const bursts = tcpSecondsPerPacket(['tso']);
  assert.ok(bursts < interleaved / 2, `tcp time per frame ${bursts} with TSO bursts vs ${interleaved} interleaved`);
});
