// Worker-thread entry (bundled to dist/worker.js): simulates the sweep
// points the pool sends, one at a time, reporting progress as it goes.
import { parentPort } from 'node:worker_threads';
import { simulate } from './simulate';
import type { WorkerReply, WorkerJob } from './worker-protocol';

/** Least time between two progress messages, ms. */
const PROGRESS_INTERVAL_MS = 50;

const port = parentPort;
if (port) {
  port.on('message', (job: WorkerJob) => {
    let lastReport = 0;
    const post = (reply: WorkerReply) => port.postMessage(reply);
    try {
      const result = simulate(job.model, {
        budget: job.budget,
        onProgress: (fraction) => {
          const now = Date.now();
          if (now - lastReport < PROGRESS_INTERVAL_MS) return;
          lastReport = now;
          post({ kind: 'progress', index: job.index, fraction });
        },
      });
      post({ kind: 'result', index: job.index, result });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      post({ kind: 'error', index: job.index, name, message });
    }
  });
}
