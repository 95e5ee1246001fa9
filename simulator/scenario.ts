// runScenario(): every sweep point of a scenario, in parallel on worker
// threads (or in-process, yielding between slices, when one worker is asked
// for or no worker entry exists). Results come back in input order and are
// identical to a serial run; aborting terminates the workers at once.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import packageJson from '../package.json';
import { BudgetExceeded, CapacityExceeded, ModelError, SimulationAborted } from './errors';
import type { SystemModel } from './model';
import { RESULTS_SCHEMA, type PointResult, type Results } from './results';
import { PointRun, type Budget } from './run-point';
import type { WorkerJob, WorkerReply } from './worker-protocol';
import { WorkerPool } from './worker-pool';

export interface ScenarioOptions {
  /** Worker threads to use (default: one per CPU, at most one per point). */
  workers?: number;
  signal?: AbortSignal;
  /** Points done, points in all, and the overall fraction done (0..1). */
  onProgress?: (done: number, total: number, fraction: number) => void;
  /** maxEvents applies to each point; maxWallSeconds to the whole scenario. */
  budget?: Budget;
  /** Keeps the workers for later runs (warm); without it they end with the run. */
  pool?: WorkerPool;
}

export async function runScenario(models: SystemModel[], options: ScenarioOptions = {}): Promise<Results> {
  const started = performance.now();
  if (options.signal?.aborted) throw new SimulationAborted();
  const total = models.length;
  const fractions = new Array<number>(total).fill(0);
  let done = 0;
  const progress = {
    point(index: number, fraction: number): void {
      fractions[index] = fraction;
      options.onProgress?.(done, total, fractions.reduce((a, b) => a + b, 0) / Math.max(1, total));
    },
    finished(index: number): void {
      done++;
      progress.point(index, 1);
    },
  };
  const workers = Math.max(1, Math.min(Math.floor(options.workers ?? availableParallelism()) || 1, total));
  const pool = options.pool ?? new WorkerPool();
  let points: PointResult[];
  try {
    points = workers > 1 && pool.available
      ? await runInWorkers(models, pool, workers, options, progress, started)
      : await runInProcess(models, options, progress, started);
  } finally {
    if (!options.pool) pool.close();
  }
  return {
    schema: RESULTS_SCHEMA,
    scenario: models[0]?.scenario ?? '',
    points,
    meta: {
      seed: models[0]?.run.seed ?? 0,
      events: points.reduce((sum, point) => sum + point.events, 0),
      wallSeconds: (performance.now() - started) / 1000,
      version: packageJson.version,
    },
  };
}

interface Progress {
  point(index: number, fraction: number): void;
  finished(index: number): void;
}

function remainingWall(budget: Budget | undefined, started: number): number | undefined {
  if (budget?.maxWallSeconds === undefined) return undefined;
  return budget.maxWallSeconds - (performance.now() - started) / 1000;
}

/** A point's budget: its own events, and the scenario's wall time with what earlier points used of it. */
function pointBudget(budget: Budget | undefined, started: number): Budget {
  return { maxEvents: budget?.maxEvents, maxWallSeconds: budget?.maxWallSeconds, wallUsedBefore: (performance.now() - started) / 1000 };
}

function wallExceeded(budget: Budget): BudgetExceeded {
  return new BudgetExceeded(`wall-time budget of ${budget.maxWallSeconds} s used up before the scenario finished; shorten the runs or raise the budget`);
}

async function runInProcess(models: SystemModel[], options: ScenarioOptions, progress: Progress, started: number): Promise<PointResult[]> {
  const points: PointResult[] = [];
  for (let index = 0; index < models.length; index++) {
    const run = new PointRun(models[index], pointBudget(options.budget, started));
    while (!run.step()) {
      progress.point(index, run.progress);
      // Let timers and abort signals in between slices.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw new SimulationAborted();
    }
    points.push(run.result());
    progress.finished(index);
  }
  return points;
}

function runInWorkers(
  models: SystemModel[], pool: WorkerPool, count: number, options: ScenarioOptions, progress: Progress, started: number,
): Promise<PointResult[]> {
  return new Promise((resolve, reject) => {
    const points = new Array<PointResult>(models.length);
    const running: Worker[] = [];
    let next = 0;
    let remaining = models.length;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    // A clean finish gives the workers back to the pool (all idle by then); a failure or an abort ends them at once.
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      for (const worker of running) {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (error) void worker.terminate();
        else pool.give(worker);
      }
      if (error) reject(error);
      else resolve(points);
    };
    const onAbort = (): void => finish(new SimulationAborted());
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const wall = remainingWall(options.budget, started);
    if (wall !== undefined) timer = setTimeout(() => finish(wallExceeded(options.budget as Budget)), Math.max(0, wall * 1000));

    const assign = (worker: Worker): void => {
      if (next >= models.length) return;
      const job: WorkerJob = { index: next, model: models[next], budget: pointBudget(options.budget, started) };
      next++;
      worker.postMessage(job);
    };
    function onMessage(this: Worker, reply: WorkerReply): void {
      if (settled) return;
      if (reply.kind === 'progress') progress.point(reply.index, reply.fraction);
      else if (reply.kind === 'error') finish(rebuildError(reply.name, reply.message));
      else {
        points[reply.index] = reply.result;
        progress.finished(reply.index);
        if (--remaining === 0) finish();
        else assign(this);
      }
    }
    const onError = (error: Error): void => finish(error);
    const onExit = (code: number): void => {
      if (!settled) finish(new Error(`simulation worker stopped unexpectedly (exit code ${code})`));
    };

    for (let i = 0; i < count; i++) {
      const worker = pool.take();
      running.push(worker);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      assign(worker);
    }
  });
}

function rebuildError(name: string, message: string): Error {
  switch (name) {
    case 'SimulationAborted': return new SimulationAborted(message);
    case 'BudgetExceeded': return new BudgetExceeded(message);
    case 'ModelError': return new ModelError(message);
    case 'CapacityExceeded': return new CapacityExceeded(message);
    default: return new Error(message);
  }
}
