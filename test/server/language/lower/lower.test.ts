import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SystemModel } from '../../../../simulator/model';
import { lower, DEFAULT_SCENARIO } from '../../../../server/language/lower';
import { Workspace } from '../../../../server/language/workspace';
import { pathToUri } from '../../../../server/language/uri';
import { memoryWorkspace } from '../helpers';

const design = readFileSync(new URL('../fixtures/design.hnet', import.meta.url), 'utf8');

function lowerText(text: string, scenario?: string) {
  const { workspace, uri } = memoryWorkspace({ 'main.hnet': text });
  const result = lower(workspace, uri('main.hnet'), scenario);
  assert.deepEqual(result.errors.map((e) => e.message), []);
  return result.scenarios;
}

const chain = (model: SystemModel, name: string) => model.chains.find((c) => c.name === name)!;
const host = (model: SystemModel, name: string) => model.hosts.find((h) => h.name === name)!;
const traffic = (model: SystemModel, name: string) => model.traffic.find((t) => t.name === name)!;
const stage = (model: SystemModel, chainName: string, stageName: string) => chain(model, chainName).stages.find((s) => s.name === stageName)!;

test('the DESIGN §2 example lowers to one model per sweep point, every part in SI', () => {
  const [scenario] = lowerText(design);
  assert.equal(scenario.name, 'prism_under_load');
  assert.equal(scenario.points.length, 6);
  const model = scenario.points[3];
  assert.equal(model.scenario, 'prism_under_load');
  assert.deepEqual(model.params, { 'bulk.rate': 40e9, 'overlay.priority': 'prism' });
  assert.deepEqual(model.run, { duration: 0.02, warmup: 0.002, seed: 7, repeat: 1, timeSeriesPoints: 100 });

  const sut = host(model, 'sut');
  assert.equal(sut.role, 'sut');
  assert.equal(host(model, 'gen').role, 'loadgen');
  assert.deepEqual({ cores: sut.cpu.cores, freq: sut.cpu.freq, llc: sut.cpu.llc }, { cores: 8, freq: 3e9, llc: 32 * 2 ** 20 });
  assert.deepEqual(sut.containers, ['web']);
  const nic = sut.nics[0];
  assert.deepEqual(
    { name: nic.name, speed: nic.speed, queues: nic.queues, ring: nic.ring, mtu: nic.mtu, coalesce: nic.coalesce, offloads: nic.offloads, ddio: nic.ddio },
    { name: 'eth0', speed: 100e9, queues: 4, ring: 1024, mtu: 1500, coalesce: 8e-6, offloads: ['gro', 'tso', 'checksum'], ddio: true },
  );
  assert.deepEqual(model.links, [{ a: { host: 'gen', nic: 'eth0' }, b: { host: 'sut', nic: 'eth0' }, latency: 2e-6, loss: 0 }]);

  const overlay = chain(model, 'overlay');
  assert.deepEqual(
    { host: overlay.host, nic: overlay.nic, stack: overlay.stack, pipelining: overlay.pipelining, priority: overlay.priority, cores: overlay.cores },
    { host: 'sut', nic: 'eth0', stack: 'kernel', pipelining: 'none', priority: 'prism', cores: [0, 1, 2, 3] },
  );
  assert.deepEqual(overlay.stages.map((s) => s.name), ['driver', 'gro', 'vxlan', 'bridge', 'veth', 'udp', 'socket', 'app']);
  assert.deepEqual(overlay.stages.map((s) => s.queueBefore), ['ring', 'none', 'none', 'backlog', 'none', 'backlog', 'socket', 'none']);
  assert.deepEqual(overlay.stages.map((s) => s.context), ['softirq', 'softirq', 'softirq', 'softirq', 'softirq', 'softirq', 'thread', 'thread']);
  assert.deepEqual(overlay.stages.filter((s) => s.device).map((s) => s.name), ['driver', 'vxlan', 'veth']);
  assert.deepEqual(overlay.stages.filter((s) => s.copiesData).map((s) => s.name), ['socket']);
  assert.equal(stage(model, 'overlay', 'app').cyclesPerPacket, 6000, '2us at 3 GHz');
  assert.equal(stage(model, 'overlay', 'driver').queueCapacity, 1024);
  assert.equal(stage(model, 'overlay', 'bridge').queueCapacity, 1000);

  const rpc = traffic(model, 'rpc');
  assert.deepEqual(
    { from: rpc.from, to: rpc.to, via: rpc.via, pattern: rpc.pattern, rate: rpc.rate, size: rpc.size, class: rpc.class, reply: rpc.reply, forward: rpc.forward },
    { from: 'gen', to: { host: 'sut', container: 'web' }, via: 'overlay', pattern: 'poisson', rate: { unit: 'pps', value: 2e5 }, size: { kind: 'fixed', bytes: 64 }, class: 'high', reply: 64, forward: false },
  );
  assert.deepEqual(traffic(model, 'bulk').rate, { unit: 'bps', value: 40e9 });
  assert.equal(traffic(model, 'bulk').flows, 8);
  assert.deepEqual(model.expects, [
    { metric: 'rpc.latency.p99', op: '<', value: 5e-5 },
    { metric: 'bulk.throughput', op: '>', value: 9e9 },
  ]);
});

test('a sweep of 2 × 3 values gives 6 points, first path slowest, labelled with SI values and enum strings', () => {
  const [scenario] = lowerText(`
host gen { role = loadgen nic eth0 { } }
host sut { cpu { cores = 8 } nic eth0 { } }
chain rx on sut { stage driver stage app }
traffic t { from = gen to = sut via = rx rate = 1Mpps }
scenario s { sweep { sut.cpu.cores = [2, 4]  rx.app.cost = [1us, 500cycles, 2us] } }
`);
  assert.deepEqual(scenario.points.map((p) => p.params), [
    { 'sut.cpu.cores': 2, 'rx.app.cost': 1e-6 },
    { 'sut.cpu.cores': 2, 'rx.app.cost': 500 },
    { 'sut.cpu.cores': 2, 'rx.app.cost': 2e-6 },
    { 'sut.cpu.cores': 4, 'rx.app.cost': 1e-6 },
    { 'sut.cpu.cores': 4, 'rx.app.cost': 500 },
    { 'sut.cpu.cores': 4, 'rx.app.cost': 2e-6 },
  ]);
  assert.deepEqual(scenario.points.map((p) => host(p, 'sut').cpu.cores), [2, 2, 2, 4, 4, 4]);
  assert.deepEqual(scenario.points.map((p) => stage(p, 'rx', 'app').cyclesPerPacket), [3000, 500, 6000, 3000, 500, 6000]);
  // A chain without `cores` uses every core of its host, as swept.
  assert.deepEqual(chain(scenario.points[0], 'rx').cores, [0, 1]);
  assert.deepEqual(chain(scenario.points[3], 'rx').cores, [0, 1, 2, 3]);
});

test('every field is filled from the catalog when nothing is written', () => {
  const [scenario] = lowerText('host gen { role = loadgen nic eth0 { } }\nhost sut { nic eth0 { } }\nchain rx on sut { stage driver stage udp stage socket }\ntraffic t { from = gen to = sut rate = 1Gbps }\n');
  assert.equal(scenario.name, DEFAULT_SCENARIO);
  assert.equal(scenario.span, undefined);
  const [model] = scenario.points;
  assert.deepEqual(model.run, { duration: 0.01, warmup: 0.001, seed: 1, repeat: 1, timeSeriesPoints: 100 });
  const missing: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) missing.push(path);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  walk(model, 'model');
  assert.deepEqual(missing, []);
  const sut = host(model, 'sut');
  assert.deepEqual(sut.cpu, {
    cores: 8, freq: 3e9, llc: 16 * 2 ** 20, llcWays: 16, ddioWays: 4, numaNodes: 1, missCyclesPerByte: 0.15,
    contextSwitchCycles: 3000, wakeupCycles: 2000, hardirqCycles: 1500, remoteNumaCyclesPerByte: 0.14,
  });
  assert.deepEqual(sut.nics[0], {
    name: 'eth0', speed: 100e9, queues: 1, ring: 1024, mtu: 1500, coalesce: 16e-6, coalesceFrames: 32,
    offloads: ['gro', 'tso', 'checksum', 'rss'], ddio: true, dma: 5e-7, maxPps: 115e6, sriovVfs: 0, numaNode: 0,
  });
  const rx = chain(model, 'rx');
  assert.equal(rx.nic, 'eth0');
  assert.deepEqual(rx.kernel, { napiWeight: 64, budget: 300, budgetTime: 0.002, maxRestarts: 10, backlog: 1000, socketBuffer: 212992, groBatch: 64, groMaxBytes: 65536 });
  assert.deepEqual(rx.falcon, { busyThreshold: 0.8, disengageThreshold: 0.8, samplePeriod: 0.01, ewmaWeight: 0.2 });
  assert.deepEqual(rx.tx, { cyclesPerPacket: 750 + 300, cyclesPerByte: 0 }, 'tx, and udp again for replies');
  assert.equal(rx.handoffCycles, 400);
  const t = traffic(model, 't');
  assert.equal(t.via, 'rx', 'the only chain on the `to` host');
  assert.deepEqual({ pattern: t.pattern, size: t.size, stop: t.stop, flows: t.flows, class: t.class }, { pattern: 'constant', size: { kind: 'fixed', bytes: 64 }, stop: Infinity, flows: 1, class: 'normal' });
  assert.deepEqual(stage(model, 'rx', 'driver'), {
    name: 'driver', kind: 'driver', cyclesPerPacket: 317, cyclesPerByte: 0.2, context: 'softirq', queueBefore: 'ring',
    queueCapacity: 1024, dist: 'fixed', batch: 64, action: 'pass', copiesData: false, device: true, cyclesPerFlow: 0,
  });
  assert.equal(rx.batch, 32, 'the polling burst; kernel stages poll napi_weight');
});

test('units are converted: times to seconds, costs to cycles at the host clock, percentages to fractions', () => {
  const [{ points: [model] }] = lowerText(`
host gen { role = loadgen nic eth0 { } }
host sut { cpu { freq = 2.5GHz  llc = 32MiB  wakeup = 1us  miss_cost = 0.04ns/B } nic eth0 { mtu = 9000B speed = 25Gbps } }
link gen.eth0 <-> sut.eth0 { loss = 0.01%  latency = 1.5us }
chain rx on sut { stage driver { cost = 100ns  per_byte = 0.1ns/B } stage app { cost = 700cycles } handoff = 200ns  budget_time = 500us  socket_buffer = 12MB }
traffic t { from = gen to = sut rate = 10Gbps size = 9018B }
scenario s { expect { t.latency.p99 < 20us  sut.cpu.util < 90%  t.drops == 0 } }
`);
  const sut = host(model, 'sut');
  assert.equal(sut.cpu.freq, 2.5e9);
  assert.equal(sut.cpu.llc, 33554432);
  assert.equal(sut.cpu.wakeupCycles, 2500);
  assert.equal(sut.cpu.missCyclesPerByte, 0.1);
  assert.equal(sut.nics[0].mtu, 9000);
  assert.equal(sut.nics[0].speed, 25e9);
  assert.deepEqual(model.links[0], { a: { host: 'gen', nic: 'eth0' }, b: { host: 'sut', nic: 'eth0' }, latency: 1.5e-6, loss: 1e-4 });
  assert.equal(stage(model, 'rx', 'driver').cyclesPerPacket, 250);
  assert.equal(stage(model, 'rx', 'driver').cyclesPerByte, 0.25);
  assert.equal(stage(model, 'rx', 'app').cyclesPerPacket, 700);
  const rx = chain(model, 'rx');
  assert.equal(rx.handoffCycles, 500);
  assert.equal(rx.kernel.budgetTime, 5e-4);
  assert.equal(rx.kernel.socketBuffer, 12e6);
  assert.deepEqual(traffic(model, 't').rate, { unit: 'bps', value: 1e10 });
  assert.deepEqual(model.expects.map((e) => e.value), [2e-5, 0.9, 0]);
});

test('forwarding to the sending loadgen, imix, a trace read relative to its file, hosts from an import', () => {
  const path = fileURLToPath(new URL('./fixtures/forward.hnet', import.meta.url));
  const result = lower(new Workspace(), pathToUri(path));
  assert.deepEqual(result.errors, []);
  const [model] = result.scenarios[0].points;
  assert.deepEqual(model.hosts.map((h) => h.name), ['gen', 'sut']);
  assert.equal(model.links[0].loss, 1e-4);
  const l2 = traffic(model, 'l2');
  assert.equal(l2.forward, true);
  assert.deepEqual(l2.to, { host: 'gen' });
  assert.deepEqual(l2.size, { kind: 'mix', entries: [{ bytes: 64, weight: 7 }, { bytes: 570, weight: 4 }, { bytes: 1518, weight: 1 }] });
  const replay = traffic(model, 'replay');
  assert.equal(replay.forward, false);
  assert.deepEqual(replay.trace, [
    { time: 0, bytes: 64, flow: 0 },
    { time: 1e-6, bytes: 64, flow: 0 },
    { time: 2e-6, bytes: 1518, flow: 1 },
  ]);
  assert.deepEqual(replay.rate, { unit: 'pps', value: 1e6 });
  const fwd = chain(model, 'fwd');
  assert.deepEqual(fwd.stages.map((s) => [s.name, s.context, s.queueBefore, s.cyclesPerPacket]), [
    ['pmd', 'poll', 'ring', 69],
    ['nf', 'poll', 'none', 150],
  ]);
  assert.equal(fwd.stages[1].action, 'forward');
  assert.deepEqual(fwd.tx, { cyclesPerPacket: 40, cyclesPerByte: 0 });
  assert.deepEqual(fwd.cores, [2]);
  assert.deepEqual(fwd.stages.map((s) => s.batch), [32, 32]);
});

test('`batch` set on a chain or a stage overrides the poll size of its stages', () => {
  const [{ points: [model] }] = lowerText(`
host sut { nic eth0 { } }
chain mm1 on sut { batch = 1  stage custom { cost = 1us  dist = exponential } }
chain k on sut { stage driver  stage udp { batch = 8 } }
`);
  assert.deepEqual(chain(model, 'mm1').stages.map((s) => [s.batch, s.dist, s.cyclesPerPacket, s.queueBefore]), [[1, 'exponential', 3000, 'ring']]);
  assert.deepEqual(chain(model, 'k').stages.map((s) => s.batch), [64, 8]);
});

test('stage behaviour follows the stack: XDP-mode driver, AF_XDP socket ring, thread hand-off, zero copy', () => {
  const [{ points: [model] }] = lowerText(`
host sut { nic eth0 { } }
chain x on sut { stack = xdp  stage driver  stage xdp { action = drop } }
chain a on sut { stack = afxdp  stage driver  stage xdp  stage app }
chain k on sut { stage driver  stage udp  stage app  copy = zerocopy }
chain z on sut { stack = userspace  copy = zerocopy  stage pmd  stage userspace_tcp  stage socket  stage app }
`);
  assert.deepEqual(chain(model, 'x').stages.map((s) => s.cyclesPerPacket), [85, 40]);
  assert.deepEqual(chain(model, 'a').stages.map((s) => `${s.name}:${s.context}:${s.queueBefore}`), ['driver:softirq:ring', 'xdp:softirq:none', 'app:poll:shm']);
  assert.equal(stage(model, 'a', 'app').queueCapacity, 1024);
  assert.deepEqual(chain(model, 'k').stages.map((s) => `${s.name}:${s.context}:${s.queueBefore}`), ['driver:softirq:ring', 'udp:softirq:none', 'app:thread:socket']);
  assert.deepEqual(chain(model, 'z').stages.map((s) => `${s.name}:${s.context}:${s.copiesData}`), ['pmd:poll:false', 'userspace_tcp:poll:false', 'socket:poll:false', 'app:poll:false']);
});

test('replies pay the transport and overlay stages again unless the chain has its own `tx` stage', () => {
  const [{ points: [model] }] = lowerText(`
host sut { nic eth0 { } }
chain native on sut { stage driver  stage ip  stage tcp  stage socket  stage app }
chain overlay on sut { stage driver  stage vxlan  stage bridge  stage veth { cost = 100cycles }  stage ip  stage tcp  stage socket  stage app }
chain router on sut { stage driver  stage ip  stage route { action = forward } }
chain own on sut { stage driver  stage vxlan  stage tx { cost = 500cycles } }
`);
  assert.deepEqual(chain(model, 'native').tx, { cyclesPerPacket: 750 + 710, cyclesPerByte: 0 });
  assert.deepEqual(chain(model, 'overlay').tx, { cyclesPerPacket: 750 + 710 + 700 + 330 + 100, cyclesPerByte: 0 });
  assert.deepEqual(chain(model, 'router').tx, { cyclesPerPacket: 750, cyclesPerByte: 0 });
  assert.deepEqual(chain(model, 'own').tx, { cyclesPerPacket: 500, cyclesPerByte: 0 });
});

test('short flows, per-flow costs and a simulated sender lower from the catalog', () => {
  const [{ points: [model] }] = lowerText(`
host client { cpu { cores = 4 } nic eth0 { mtu = 9000B  offloads = [tso] } }
host gen { role = loadgen  nic eth0 { } }
host sut { nic eth0 { } }
link client.eth0 <-> sut.eth0 { }
chain rx on sut { stage driver  stage tcp  stage custom work { cost = 1us  per_flow = 2us } }
traffic long { from = gen  to = sut  rate = 1Gbps }
traffic short { from = client  to = sut  rate = 1Gbps  flow_size = 64KB  flow_dist = exponential  sender_core = 3 }
`);
  assert.deepEqual(chain(model, 'rx').stages.map((s) => s.cyclesPerFlow), [0, 28000, 6000]);
  const long = traffic(model, 'long');
  assert.deepEqual([long.flowSize, long.flowDist, long.sender], [0, 'fixed', undefined]);
  const short = traffic(model, 'short');
  assert.deepEqual([short.flowSize, short.flowDist], [64000, 'exponential']);
  assert.deepEqual(short.sender, { core: 3, cyclesPerByte: 0.225, cyclesPerSegment: 710 + 150 + 750, segmentBytes: 65536 });
});

test('a sweep may choose the chain a traffic goes through', () => {
  const [{ points }] = lowerText(`
host gen { role = loadgen  nic eth0 { } }
host sut { nic eth0 { } }
chain a on sut { stage driver }
chain b on sut { stage driver  stage ip }
traffic t { from = gen  to = sut  via = a  rate = 1Mpps }
scenario s { sweep { t.via = [a, b] } }
`);
  assert.deepEqual(points.map((p) => [p.params['t.via'], traffic(p, 't').via]), [['a', 'a'], ['b', 'b']]);
});

test('several scenarios, one chosen by name; errors stop the lowering', () => {
  const text = 'host gen { role = loadgen nic eth0 { } }\nhost sut { nic eth0 { } }\nchain rx on sut { stage driver }\ntraffic a { from = gen to = sut rate = 1Mpps }\ntraffic b { from = gen to = sut rate = 2Mpps }\nscenario one { traffic = [b] }\nscenario two { duration = 1ms }\n';
  const all = lowerText(text);
  assert.deepEqual(all.map((s) => s.name), ['one', 'two']);
  assert.deepEqual(all[0].points[0].traffic.map((t) => t.name), ['b']);
  assert.deepEqual(all[1].points[0].traffic.map((t) => t.name), ['a', 'b']);
  assert.deepEqual(lowerText(text, 'two').map((s) => s.name), ['two']);
  const { workspace, uri } = memoryWorkspace({ 'main.hnet': text, 'bad.hnet': 'host sut { cpu { cores = 0 } }\n' });
  assert.throws(() => lower(workspace, uri('main.hnet'), 'three'), /no scenario named `three` in main.hnet \(scenarios: one, two\)/);
  const bad = lower(workspace, uri('bad.hnet'));
  assert.deepEqual(bad.scenarios, []);
  assert.deepEqual(bad.errors.map((e) => e.code), ['HN008']);
});
