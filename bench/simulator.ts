// Simulator speed, as printed figures (not pass/fail): events per second on a
// 5-stage M/M/1 tandem, event-queue operations per second, the speed-up of a
// sweep on two workers, and a comparison with SimPy when it is installed.
// It measures what ships: the simulator bundled by esbuild, as in dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Simulator from '../simulator/index';
import type { EventQueue as EventQueueClass } from '../simulator/engine/event-queue';
import { tandem } from '../test/simulator/model-builder';

const TANDEM_PACKETS = 1_000_000;
const SWEEP_POINTS = 8;
const SWEEP_PACKETS = 150_000;
const SIMPY_PACKETS = 100_000;

interface Bundle {
  simulator: typeof Simulator;
  EventQueue: typeof EventQueueClass;
}

async function bundle(dir: string): Promise<Bundle> {
  await build({
    entryPoints: { simulator: 'simulator/index.ts', worker: 'simulator/worker.ts', queue: 'simulator/engine/event-queue.ts' },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return { simulator: require(join(dir, 'simulator.js')), EventQueue: require(join(dir, 'queue.js')).EventQueue };
}

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function tandemEvents({ simulator }: Bundle): number {
  const model = tandem({ n: 5, serviceSeconds: 1e-6, rate: 0.7e6, packets: TANDEM_PACKETS });
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = simulator.simulate(model);
  const seconds = (performance.now() - wall) / 1000;
  const rate = result.events / seconds;
  console.log(`  5-stage M/M/1 tandem, ${TANDEM_PACKETS / 1e6} M packets: ${(result.events / 1e6).toFixed(1)} M events in ` +
    `${seconds.toFixed(2)} s = ${(rate / 1e6).toFixed(2)} M events/s (${(result.events / cpuSeconds(cpu) / 1e6).toFixed(2)} M/s of CPU time; target ≥ 15)`);
  return (result.traffic.load.delivered / seconds);
}

function queueOps({ EventQueue }: Bundle): void {
  for (const pending of [1e3, 1e5, 1e6]) {
    const queue = new EventQueue();
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % 1_000_000;
    };
    for (let i = 0; i < pending; i++) queue.push(next(), i);
    const rounds = 1_000_000;
    const wall = performance.now();
    for (let i = 0; i < rounds; i++) {
      const time = queue.peekTime();
      queue.pop();
      queue.push(time + next(), i);
    }
    const seconds = (performance.now() - wall) / 1000;
    console.log(`  event queue at ${pending.toExponential(0)} pending: ${((2 * rounds) / seconds / 1e6).toFixed(2)} M ops/s (hold model: pop + push)`);
  }
}

async function sweepSpeedup({ simulator }: Bundle): Promise<void> {
  const models = Array.from({ length: SWEEP_POINTS }, (_, i) =>
    tandem({ n: 3, serviceSeconds: 1e-6, rate: (0.3 + 0.05 * i) * 1e6, packets: SWEEP_PACKETS }));
  let wall = performance.now();
  const serial = await simulator.runScenario(models, { workers: 1 });
  const serialSeconds = (performance.now() - wall) / 1000;
  wall = performance.now();
  const parallel = await simulator.runScenario(models, { workers: 2 });
  const parallelSeconds = (performance.now() - wall) / 1000;
  const same = JSON.stringify(serial.points) === JSON.stringify(parallel.points);
  console.log(`  sweep of ${SWEEP_POINTS} points: ${serialSeconds.toFixed(2)} s serial, ${parallelSeconds.toFixed(2)} s on 2 workers = ` +
    `${(serialSeconds / parallelSeconds).toFixed(2)}× (target ≥ 1.8×; results ${same ? 'identical' : 'DIFFERENT'})`);
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
  console.log('simulator');
  const dir = mkdtempSync(join(tmpdir(), 'hostnet-bench-'));
  try {
    const bundled = await bundle(dir);
    const packetsPerSecond = tandemEvents(bundled);
    queueOps(bundled);
    await sweepSpeedup(bundled);
    simpy(packetsPerSecond);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
