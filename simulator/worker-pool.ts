// Simulation worker threads, and a pool that keeps them between runs. A
// fresh worker pays its start-up and, on its first point, V8's warm-up
// (the engine runs unoptimised while the optimising compiler works, on the
// same two cores the other workers need): for a sweep of short points that
// is most of the run. A long-lived caller (the language server's run
// thread) keeps one pool, so its second run starts on warm workers.
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
}

export class WorkerPool {
  private readonly idle: IdleWorker[] = [];
  private entry: WorkerEntry | undefined;

  /** Whether simulation workers can be started here (a worker script exists). */
  get available(): boolean {
    this.entry ??= findWorkerEntry();
    return this.entry !== undefined;
  }

  /** An idle worker, or a new one. The caller gives it back or terminates it. */
  take(): Worker {
    const kept = this.idle.pop();
    if (kept) {
      kept.worker.off('exit', kept.onGone).off('error', kept.onGone);
      kept.worker.ref();
      return kept.worker;
    }
    if (!this.available) throw new Error('no simulation worker script (dist/worker.js) next to the simulator');
    const entry = this.entry as WorkerEntry;
    return new Worker(entry.script, { eval: entry.eval });
  }

  /**
   * A worker that finished its jobs, with none of the caller's listeners
   * left: kept for the next run, without keeping the process alive.
   */
  give(worker: Worker): void {
    worker.unref();
    const kept: IdleWorker = {
      worker,
      onGone: () => {
        const index = this.idle.indexOf(kept);
        if (index >= 0) this.idle.splice(index, 1);
      },
    };
    worker.once('exit', kept.onGone).once('error', kept.onGone);
    this.idle.push(kept);
  }

  /** Workers waiting for the next run. */
  get idleCount(): number {
    return this.idle.length;
  }

  /** Ends the idle workers. */
  close(): void {
    for (const { worker } of this.idle.splice(0)) void worker.terminate();
  }
}
