// Simulation worker threads, and a pool that keeps them between runs. A
// fresh worker pays its start-up and, on its first point, V8's warm-up
// (the engine runs unoptimised while the optimising compiler works, on the
// same two cores the other workers need): for a sweep of short points that
// is most of the run. A long-lived caller (the language server's run
// thread) keeps one pool, so its second run starts on warm workers. The pool
// can keep other threads too (the language server's run threads), given how
// to start one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

interface WorkerEntry {
  /** A script path, or code to evaluate when `eval` is set. */
  script: string;
  eval: boolean;
}

/**
 * The worker script beside the running bundle (dist/worker.js), or, when
 * running from source (tests, tsx), the TypeScript worker loaded through
 * tsx's require hook (loader hooks given with --import do not reach workers).
 */
function findWorkerEntry(): WorkerEntry | undefined {
  const bundled = join(__dirname, 'worker.js');
  if (existsSync(bundled)) return { script: bundled, eval: false };
  const source = join(__dirname, 'worker.ts');
  if (existsSync(source)) return { script: `require('tsx/cjs'); require(${JSON.stringify(source)});`, eval: true };
  return undefined;
}

interface IdleWorker {
  worker: Worker;
  /** Forgets the worker should it die while idle (it should not). */
  onGone: () => void;
  expiry?: NodeJS.Timeout;
}

export interface WorkerPoolOptions {
  /** Starts a worker; by default a simulation worker (dist/worker.js). */
  start?: () => Worker;
  /** Idle workers kept at most; more given back are ended. */
  maxIdle?: number;
  /** An idle worker ends after this long, ms; by default it waits until close(). */
  idleMs?: number;
}

export class WorkerPool {
  private readonly idle: IdleWorker[] = [];
  private readonly start: (() => Worker) | undefined;
  private readonly maxIdle: number;
  private readonly idleMs: number | undefined;
  private entry: WorkerEntry | undefined;

  constructor(options: WorkerPoolOptions = {}) {
    this.start = options.start;
    this.maxIdle = options.maxIdle ?? Infinity;
    this.idleMs = options.idleMs;
  }

  /** Whether workers can be started here (a start function, or a simulation worker script). */
  get available(): boolean {
    if (this.start) return true;
    this.entry ??= findWorkerEntry();
    return this.entry !== undefined;
  }

  /** An idle worker, or a new one. The caller gives it back or terminates it. */
  take(): Worker {
    const kept = this.idle.pop();
    if (kept) {
      this.release(kept);
      kept.worker.ref();
      return kept.worker;
    }
    if (this.start) return this.start();
    if (!this.available) throw new Error('no simulation worker script (dist/worker.js) next to the simulator');
    const entry = this.entry as WorkerEntry;
    return new Worker(entry.script, { eval: entry.eval });
  }

  /**
   * A worker that finished its jobs, with none of the caller's listeners
   * left: kept for the next run, without keeping the process alive (or
   * ended, when the pool holds its most).
   */
  give(worker: Worker): void {
    if (this.idle.length >= this.maxIdle) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const kept: IdleWorker = {
      worker,
      onGone: () => {
        const index = this.idle.indexOf(kept);
        if (index < 0) return;
        this.idle.splice(index, 1);
        this.release(kept);
      },
    };
    worker.once('exit', kept.onGone).once('error', kept.onGone);
    if (this.idleMs !== undefined) kept.expiry = setTimeout(() => void worker.terminate(), this.idleMs).unref();
    this.idle.push(kept);
  }

  /** Workers waiting for the next run. */
  get idleCount(): number {
    return this.idle.length;
  }

  /** Ends the idle workers. */
  close(): void {
    for (const kept of this.idle.splice(0)) {
      this.release(kept);
      void kept.worker.terminate();
    }
  }

  /** Drops what the pool attached to an idle worker it no longer holds. */
  private release(kept: IdleWorker): void {
    kept.worker.off('exit', kept.onGone).off('error', kept.onGone);
    if (kept.expiry) clearTimeout(kept.expiry);
  }
}
