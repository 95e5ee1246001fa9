// The public API: budgets, cancellation, progress, sweeps on worker threads.
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import assert from 'node:assert/strict';
import { BudgetExceeded, ModelError, RESULTS_SCHEMA, runScenario, simulate, SimulationAborted, WorkerPool } from '../../simulator/index';
import { chain, model, stage, tandem, traffic } from './model-builder';

const small = (rho: number) => ({ ...tandem({ n: 2, serviceSeconds: 1e-6, rate: rho * 1e6, packets: 20000 }), params: { 'load.rate': rho * 1e6 } });

test('simulate reports progress up to 1 and counts its events', () => {
  const fractions: number[] = [];
  const result = simulate(small(0.5), { onProgress: (fraction) => fractions.push(fraction) });
  assert.ok(fractions.length >= 2);
  assert.equal(fractions[fractions.length - 1], 1);
  for (let i = 1; i < fractions.length; i++) assert.ok(fractions[i] >= fractions[i - 1]);
  assert.ok(result.events > 50000);
  assert.deepEqual(result.params, { 'load.rate': 5e5 });
});

test('the event budget stops a run with a clear message', () => {
  assert.throws(() => simulate(small(0.5), { budget: { maxEvents: 10000 } }), (error: Error) =>
    error instanceof BudgetExceeded && /event budget of 10000 events used up at simulated/.test(error.message));
});

test('the event budget holds exactly, however short the run', () => {
  const tiny = tandem({ n: 2, serviceSeconds: 1e-6, rate: 0.5e6, packets: 200 });
  const needed = simulate(tiny).events;
  assert.ok(needed < 10000, 'the run fits in one slice of events');
  assert.equal(simulate(tiny, { budget: { maxEvents: needed } }).events, needed);
  assert.throws(() => simulate(tiny, { budget: { maxEvents: needed - 1 } }), BudgetExceeded);
});

test('the wall-time budget stops a run with a clear message', () => {
  assert.throws(() => simulate(small(0.5), { budget: { maxWallSeconds: 0 } }), (error: Error) =>
    error instanceof BudgetExceeded && /wall-time budget of 0 s/.test(error.message));
});

test('an aborted signal stops simulate', () => {
  const controller = new AbortController();
  controller.abort();
  assert.throws(() => simulate(small(0.5), { signal: controller.signal }), SimulationAborted);
});

test('an absurd offered rate is capped by the wire and ends normally', () => {
  const result = simulate(model({
    chains: [chain('rx', [stage('driver', { cyclesPerPacket: 300, action: 'drop' })])],
    traffic: [traffic('flood', { pattern: 'poisson', rate: { unit: 'pps', value: 1e12 } })],
    run: { duration: 2e-4, warmup: 2e-5 },
  }));
  const flood = result.traffic.flood;
  assert.ok(flood.offered / 2e-4 <= 148.82e6);
  assert.ok(flood.drops.ring > 0.9 * flood.offered, 'the receiver drops most of it');
});

test('a model that names what does not exist fails with a ModelError', () => {
  const broken = model({ chains: [chain('rx', [stage('driver')])], traffic: [traffic('t', { via: 'nowhere' })] });
  assert.throws(() => simulate(broken), (error: Error) => error instanceof ModelError && /unknown chain 'nowhere'/.test(error.message));
});

test('runScenario on two workers returns the serial results in input order', async () => {
  const models = [0.3, 0.6, 0.4, 0.7].map(small);
  const progress: number[] = [];
  const results = await runScenario(models, { workers: 2, onProgress: (done, total, fraction) => {
    assert.equal(total, 4);
    assert.ok(done <= total && fraction >= 0 && fraction <= 1);
    progress.push(done);
  } });
  assert.equal(results.schema, RESULTS_SCHEMA);
  assert.equal(results.meta.seed, 7);
  assert.equal(progress[progress.length - 1], 4);
  assert.equal(JSON.stringify(results.points), JSON.stringify(models.map((m) => simulate(m))));
  assert.equal(results.meta.events, results.points.reduce((sum, point) => sum + point.events, 0));
});

test('runScenario in-process (one worker) matches too', async () => {
  const models = [0.3, 0.6].map(small);
  const results = await runScenario(models, { workers: 1 });
  assert.equal(JSON.stringify(results.points), JSON.stringify(models.map((m) => simulate(m))));
});

test('aborting runScenario stops the workers within 200 ms', async () => {
  const long = [0.5, 0.6].map((rho) => tandem({ n: 3, serviceSeconds: 1e-6, rate: rho * 1e6, packets: 5e6 }));
  const controller = new AbortController();
  const running = runScenario(long, { workers: 2, signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const abortedAt = performance.now();
  controller.abort();
  await assert.rejects(running, SimulationAborted);
  assert.ok(performance.now() - abortedAt < 200);
});

test('a worker pool keeps its workers between runs, and a run on warm workers gives the same results', async () => {
  const models = [0.3, 0.6, 0.4].map(small);
  const serial = JSON.stringify(models.map((m) => simulate(m)));
  const pool = new WorkerPool();
  try {
    for (let run = 0; run < 2; run++) {
      const results = await runScenario(models, { workers: 2, pool });
      assert.equal(JSON.stringify(results.points), serial);
      assert.equal(pool.idleCount, 2);
    }
  } finally {
    pool.close();
  }
  assert.equal(pool.idleCount, 0);
});

test('a pool keeps at most maxIdle workers, and ends one left idle past idleMs', async () => {
  // A thread that stays up until it is ended, as a served worker does.
  const start = () => new Worker('setInterval(() => {}, 1000);', { eval: true });
  const pool = new WorkerPool({ start, maxIdle: 1, idleMs: 100 });
  const first = pool.take();
  const second = pool.take();
  const secondGone = new Promise((resolve) => second.once('exit', resolve));
  pool.give(first);
  pool.give(second);
  assert.equal(pool.idleCount, 1);
  await secondGone;
  assert.equal(pool.take(), first);
  const firstGone = new Promise((resolve) => first.once('exit', resolve));
  pool.give(first);
  // The idle worker and its expiry timer do not keep this process alive; the test must, while it waits.
  const keepAlive = setInterval(() => {}, 50);
  await firstGone;
  clearInterval(keepAlive);
  assert.equal(pool.idleCount, 0);
});

test('an aborted or failed run ends its workers instead of giving them back to the pool', async () => {
  const pool = new WorkerPool();
  const long = [0.5, 0.6].map((rho) => tandem({ n: 3, serviceSeconds: 1e-6, rate: rho * 1e6, packets: 5e6 }));
  const controller = new AbortController();
  const running = runScenario(long, { workers: 2, signal: controller.signal, pool });
  await new Promise((resolve) => setTimeout(resolve, 300));
  controller.abort();
  await assert.rejects(running, SimulationAborted);
  assert.equal(pool.idleCount, 0);
  const broken = model({ chains: [chain('rx', [stage('driver')])], traffic: [traffic('t', { via: 'nowhere' })] });
  await assert.rejects(runScenario([small(0.3), broken], { workers: 2, pool }), ModelError);
  assert.equal(pool.idleCount, 0);
  const results = await runScenario([0.3, 0.5].map(small), { workers: 2, pool });
  assert.equal(results.points.length, 2);
  pool.close();
});

test('a failing point rejects runScenario with its error', async () => {
  const broken = model({ chains: [chain('rx', [stage('driver')])], traffic: [traffic('t', { via: 'nowhere' })] });
  await assert.rejects(runScenario([small(0.3), broken], { workers: 2 }), ModelError);
});
