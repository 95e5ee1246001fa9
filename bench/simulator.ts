// Simulator speed, as printed figures against the targets of the speed issue
// (not pass/fail): events per second on a 5-stage M/M/1 tandem, event-queue
// operations per second with many events pending, the speed-up of a sweep on
// two workers (beside the same ratio for the plain loop: the machine's own
// parallel ceiling), the wall time of the quickstart overlay at 100 Gbps, and a
// comparison with SimPy when it is installed; where g++ exists, the plain loop
// is also run as C++ (the issue's native reference). It measures what ships: the
// simulator bundled by esbuild, as in dist/.
//
// Other work shares the machine and its speed swings from minute to minute,
// so every figure comes with a reference measured in the same run (a plain
// typed-array loop doing the same job) and with CPU time beside wall time;
// the tandem and sweep figures are medians of rounds that run hostnet and the
// reference one after the other, and the sweeps run in fresh processes, as
// `hostnet run` does. Read the ratios, not just the absolutes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as Simulator from '../simulator/index';
import type { EventQueue as EventQueueClass } from '../simulator/engine/event-queue';
import { quickstartOverlay, tandem } from '../test/simulator/model-builder';
import { withBundles } from './bundle';
import { BinaryHeap, plainTandem } from './simulator-reference';

const TANDEM_PACKETS = 1_000_000;
const TANDEM_TARGET = 15e6;
const QUEUE_TARGET = 3e6;
const QUEUE_ROUNDS = 500_000;
const QUEUE_RUNS = 3;
const SWEEP_POINTS = 8;
/**
 * Each sweep point should take about this long: a sweep worth running in
 * parallel (12 s serial), in which each worker's start-up and JIT warm-up
 * (0.2–0.4 s, paid by every fresh worker) is a small part.
 */
const SWEEP_POINT_SECONDS = 1.5;
const SWEEP_TARGET = 1.8;
/** Each point of the plain-loop sweep (the machine's parallel ceiling) should take about this long. */
const REFERENCE_POINT_SECONDS = 0.75;
const SIMPY_PACKETS = 100_000;
/** Rounds of the tandem and sweep figures; the machine's speed swings between them, so each figure is their median. */
const ROUNDS = 3;

interface Bundle {
  simulator: typeof Simulator;
  EventQueue: typeof EventQueueClass;
  /** Paths of the bundled simulator, its worker (runScenario finds it beside the simulator) and the reference loops, for workers to load. */
  files: Record<'simulator' | 'worker' | 'reference', string>;
}

const ENTRIES = {
  simulator: 'simulator/index.ts',
  worker: 'simulator/worker.ts',
  queue: 'simulator/engine/event-queue.ts',
  reference: 'bench/simulator-reference.ts',
};

/** Runs `work`, returning its result with the wall and CPU seconds it took (CPU of every thread of the process). */
function timed<T>(work: () => T): { result: T; wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const result = work();
  const wall = (performance.now() - wallStart) / 1000;
  const used = process.cpuUsage(cpuStart);
  return { result, wall, cpu: (used.user + used.system) / 1e6 };
}

const millions = (value: number): string => `${(value / 1e6).toFixed(2)} M`;
const ratio = (value: number, target: number): string => `${(value / target).toFixed(2)}×`;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Compiles bench/simulator-reference.cpp with g++ -O2 into `dir`; returns a
 * function that runs that plain tandem and gives its events per second, or
 * null where g++ is missing or fails.
 */
function nativeTandem(dir: string): ((stages: number, packets: number, lambda: number, mu: number) => number) | null {
  const binary = join(dir, 'simulator-reference');
  const compile = spawnSync('g++', ['-O2', '-o', binary, join(__dirname, 'simulator-reference.cpp')], { encoding: 'utf8' });
  if (compile.status !== 0) {
    console.log(`    C++ plain loop skipped: g++ ${compile.error ? 'is not installed' : `failed: ${compile.stderr.trim().split('\n')[0]}`}`);
    return null;
  }
  return (stages, packets, lambda, mu) => {
    const [events, seconds] = spawnSync(binary, [stages, packets, lambda, mu].map(String), { encoding: 'utf8' }).stdout.split('\n').map(Number);
    return events / seconds;
  };
}

/**
 * Returns the engine's events and packets per second, and the plain loop's
 * events per second (they size the sweep points): medians of ROUNDS rounds,
 * each running the engine, the plain loop and its C++ twin one after the
 * other, so that all see the same swings of the machine.
 */
function tandemEvents({ simulator, files }: Bundle): { events: number; packets: number; plainEvents: number } {
  const model = tandem({ n: 5, serviceSeconds: 1e-6, rate: 0.7e6, packets: TANDEM_PACKETS });
  simulator.simulate(tandem({ n: 5, serviceSeconds: 1e-6, rate: 0.7e6, packets: 50_000 })); // warm the JIT up
  const native = nativeTandem(dirname(files.simulator));
  const rates: number[] = [];
  const plainRates: number[] = [];
  const nativeRates: number[] = [];
  let events = 0;
  let delivered = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const run = timed(() => simulator.simulate(model));
    const plain = timed(() => plainTandem(5, TANDEM_PACKETS, 0.7e6, 1e6));
    events = run.result.events;
    delivered = run.result.traffic.load.delivered;
    rates.push(events / run.wall);
    plainRates.push(plain.result.events / plain.wall);
    if (native) nativeRates.push(native(5, TANDEM_PACKETS, 0.7e6, 1e6));
    console.log(`    round ${round + 1}: hostnet ${millions(rates[round])} events/s (${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU), ` +
      `plain loop ${millions(plainRates[round])} events/s = ${ratio(rates[round], plainRates[round])}` +
      (native ? `, C++ plain loop ${millions(nativeRates[round])} events/s` : ''));
  }
  const rate = median(rates);
  const plainRate = median(plainRates);
  const packets = rate * (delivered / events);
  console.log(`  5-stage M/M/1 tandem, ${TANDEM_PACKETS / 1e6} M packets (${millions(events)} events), median of ${ROUNDS} rounds: ` +
    `${millions(rate)} events/s (target ${millions(TANDEM_TARGET)}, ${ratio(rate, TANDEM_TARGET)}); ${millions(packets)} packets/s`);
  console.log(`    plain typed-array tandem loop, same rounds: ${millions(plainRate)} events/s; hostnet = ${ratio(median(rates.map((r, i) => r / plainRates[i])), 1)} of it (median of the rounds' ratios)`);
  if (native) {
    const nativeRate = median(nativeRates);
    console.log(`    the same loop in C++ (g++ -O2), same rounds: ${millions(nativeRate)} events/s = ${ratio(nativeRate, TANDEM_TARGET)} of the target; ` +
      `the TypeScript loop runs at ${ratio(median(plainRates.map((r, i) => r / nativeRates[i])), 1)} of it`);
  }
  return { events: rate, packets, plainEvents: plainRate };
}

function holdModel(queue: { push(time: number, payload: number): void; pop(): number; peekTime(): number }, pending: number): number {
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return seed >>> 12; // uniform in [0, 2^20)
  };
  for (let i = 0; i < pending; i++) queue.push(next(), i);
  const start = performance.now();
  for (let i = 0; i < QUEUE_ROUNDS; i++) {
    const time = queue.peekTime();
    queue.pop();
    queue.push(time + next(), i);
  }
  return (2 * QUEUE_ROUNDS) / ((performance.now() - start) / 1000);
}

function queueOps({ EventQueue }: Bundle): void {
  for (const pending of [1e3, 1e5, 1e6]) {
    // Best of a few alternating runs: the fastest is the better guide on a busy machine.
    let rate = 0;
    let binary = 0;
    for (let run = 0; run < QUEUE_RUNS; run++) {
      rate = Math.max(rate, holdModel(new EventQueue(), pending));
      binary = Math.max(binary, holdModel(new BinaryHeap(), pending));
    }
    const target = pending >= 1e6 ? ` (target ${millions(QUEUE_TARGET)}, ${ratio(rate, QUEUE_TARGET)})` : '';
    console.log(`  event queue, ${pending.toExponential(0)} pending: ${millions(rate)} ops/s${target}; ` +
      `plain binary heap in the same run: ${millions(binary)} ops/s = ${ratio(rate, binary)} (hold model: pop + push, best of ${QUEUE_RUNS})`);
  }
}

/** Time from creating a worker on the bundled worker script until it runs. */
async function workerStartup(script: string): Promise<number> {
  const start = performance.now();
  const worker = new Worker(script);
  await new Promise((resolve, reject) => {
    worker.once('online', resolve);
    worker.once('error', reject);
  });
  const ms = performance.now() - start;
  await worker.terminate();
  return ms;
}

/**
 * Runs `code` in a fresh Node process, with `args` after it, and returns what
 * it prints as JSON. A sweep measured there starts as \`hostnet run\` does,
 * cold, and apart from this process's heap and background work left over
 * from the other figures.
 */
function inFreshProcess<T>(code: string, args: string[]): T {
  const run = spawnSync(process.execPath, ['-e', code, '--', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`sweep process failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** The sweep on `workers` workers (1: on the process's own thread), from a cold start; its wall and CPU seconds and its points as JSON. */
function sweep(simulatorFile: string, modelsFile: string, workers: number): { wall: number; cpu: number; points: string } {
  return inFreshProcess(`
    const [simulator, models, workers] = process.argv.slice(-3);
    const { runScenario } = require(simulator);
    const start = performance.now();
    runScenario(JSON.parse(require('node:fs').readFileSync(models, 'utf8')), { workers: Number(workers) }).then((results) => {
      const wall = (performance.now() - start) / 1000;
      const { user, system } = process.cpuUsage();
      console.log(JSON.stringify({ wall, cpu: (user + system) / 1e6, points: JSON.stringify(results.points) }));
    });`, [simulatorFile, modelsFile, String(workers)]);
}

/**
 * The machine's own parallel ceiling: the plain typed-array tandem (3
 * stages, `packets` each) for `points` points, in 1 worker, or shared by 2
 * workers running at once. Returns the wall seconds.
 */
function plainSweep(reference: string, points: number, packets: number, workers: number): number {
  return inFreshProcess(`
    const { Worker } = require('node:worker_threads');
    const [reference, points, packets, workers] = process.argv.slice(-4);
    const code = "const { workerData, parentPort } = require('node:worker_threads'); const { plainTandem } = require(workerData.reference);" +
      "for (let i = 0; i < workerData.points; i++) plainTandem(3, workerData.packets, (0.3 + 0.05 * i) * 1e6, 1e6); parentPort.postMessage(0);";
    const start = performance.now();
    Promise.all(Array.from({ length: Number(workers) }, () => new Promise((resolve) => {
      const worker = new Worker(code, { eval: true, workerData: { reference, points: Number(points) / Number(workers), packets: Number(packets) } });
      worker.once('message', () => worker.terminate().then(resolve));
    }))).then(() => console.log((performance.now() - start) / 1000));`, [reference, String(points), String(packets), String(workers)]);
}

async function sweepSpeedup({ files }: Bundle, eventsPerSecond: number, plainEventsPerSecond: number): Promise<void> {
  // A 3-stage tandem takes 5 events a packet; size the points to SWEEP_POINT_SECONDS at the measured speed.
  const packets = Math.max(100_000, Math.round((SWEEP_POINT_SECONDS * eventsPerSecond) / 5));
  const models = Array.from({ length: SWEEP_POINTS }, (_, i) =>
    tandem({ n: 3, serviceSeconds: 1e-6, rate: (0.3 + 0.05 * i) * 1e6, packets }));
  // The plain loop does 4 events a packet on 3 stages; its points take about REFERENCE_POINT_SECONDS each.
  const plainPackets = Math.round((REFERENCE_POINT_SECONDS * plainEventsPerSecond) / 4);
  const startupMs = await workerStartup(files.worker);
  const modelsFile = join(dirname(files.simulator), 'sweep-models.json');
  writeFileSync(modelsFile, JSON.stringify(models));
  const speedups: number[] = [];
  const ceilings: number[] = [];
  let same = true;
  for (let round = 0; round < ROUNDS; round++) {
    const serial = sweep(files.simulator, modelsFile, 1);
    const parallel = sweep(files.simulator, modelsFile, 2);
    same &&= serial.points === parallel.points;
    const plainOne = plainSweep(files.reference, SWEEP_POINTS, plainPackets, 1);
    const plainTwo = plainSweep(files.reference, SWEEP_POINTS, plainPackets, 2);
    speedups.push(serial.wall / parallel.wall);
    ceilings.push(plainOne / plainTwo);
    console.log(`    round ${round + 1}: ${serial.wall.toFixed(2)} s on 1 thread (${serial.cpu.toFixed(2)} s CPU), ` +
      `${parallel.wall.toFixed(2)} s on 2 workers (${parallel.cpu.toFixed(2)} s CPU) = ${speedups[round].toFixed(2)}×; ` +
      `plain loop ${plainOne.toFixed(2)} s in 1 worker, ${plainTwo.toFixed(2)} s in 2 = ${ceilings[round].toFixed(2)}×`);
  }
  const speedup = median(speedups);
  const ceiling = median(ceilings);
  console.log(`  sweep of ${SWEEP_POINTS} points (${packets / 1e3} k packets each), median of ${ROUNDS} rounds: ${speedup.toFixed(2)}× on 2 workers ` +
    `(target ${SWEEP_TARGET}×, ${ratio(speedup, SWEEP_TARGET)}; results ${same ? 'identical' : 'DIFFERENT'}); a worker starts in ${startupMs.toFixed(0)} ms`);
  console.log(`    machine's parallel ceiling: the plain typed-array tandem, same ${SWEEP_POINTS} points ` +
    `(${(plainPackets / 1e3).toFixed(0)} k packets each) on 2 workers, median ${ceiling.toFixed(2)}×; hostnet's sweep reaches ${ratio(speedup, ceiling)} of it`);
}

function quickstart({ simulator }: Bundle): void {
  const model = quickstartOverlay({ bulkBps: 100e9, duration: 10e-3, warmup: 1e-3 });
  const run = timed(() => simulator.simulate(model));
  const { bulk, rpc } = run.result.traffic;
  console.log(`  quickstart overlay, bulk offered at 100 Gbps, 10 ms (+1 ms warm-up): ${run.wall.toFixed(2)} s wall ` +
    `(${run.cpu.toFixed(2)} s CPU), ${millions(run.result.events)} events; bulk delivers ${(bulk.throughput / 1e9).toFixed(1)} Gbps, ` +
    `rpc p99 ${(rpc.latency.p99 * 1e6).toFixed(1)} µs`);
}

const SIMPY_TANDEM = `
import random, sys, time, simpy
packets, lam, mu, stages = int(sys.argv[1]), 0.7e6, 1e6, 5
random.seed(1)
env = simpy.Environment()
servers = [simpy.Resource(env, 1) for _ in range(stages)]
def packet(env):
    for server in servers:
        with server.request() as request:
            yield request
            yield env.timeout(random.expovariate(mu))
def source(env):
    for _ in range(packets):
        yield env.timeout(random.expovariate(lam))
        env.process(packet(env))
env.process(source(env))
start = time.time()
env.run()
print(packets / (time.time() - start))
`;

function simpy(hostnetPacketsPerSecond: number): void {
  const python = ['python3', '/usr/bin/python3'].find((command) =>
    spawnSync(command, ['-c', 'import simpy'], { stdio: 'ignore' }).status === 0);
  if (!python) {
    console.log('  SimPy comparison skipped: `python3 -c "import simpy"` fails (install Debian python3-simpy3)');
    return;
  }
  const run = spawnSync(python, ['-c', SIMPY_TANDEM, String(SIMPY_PACKETS)], { encoding: 'utf8' });
  const simpyRate = Number(run.stdout.trim());
  if (run.status !== 0 || !(simpyRate > 0)) {
    console.log(`  SimPy comparison failed: ${run.stderr.trim().split('\n').pop()}`);
    return;
  }
  console.log(`  same tandem in SimPy (${SIMPY_PACKETS / 1e3} k packets): ${(simpyRate / 1e3).toFixed(0)} k packets/s vs hostnet ` +
    `${(hostnetPacketsPerSecond / 1e3).toFixed(0)} k packets/s = ${(hostnetPacketsPerSecond / simpyRate).toFixed(1)}× faster`);
}

export async function benchSimulator(): Promise<void> {
  console.log(`simulator (load average ${loadavg()[0].toFixed(1)} on this machine)`);
  await withBundles(ENTRIES, async (files) => {
    const bundled: Bundle = { simulator: require(files.simulator), EventQueue: require(files.queue).EventQueue, files };
    const speed = tandemEvents(bundled);
    await sweepSpeedup(bundled, speed.events, speed.plainEvents);
    queueOps(bundled);
    quickstart(bundled);
    simpy(speed.packets);
  });
}
