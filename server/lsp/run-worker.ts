// The thread a `hostnet/run` request runs in, so the server's main thread
// never lowers or simulates. It receives the texts the server has (open
// documents win over the disk), lowers the scenario and simulates it
// (sweep points go to the simulator's own workers, kept warm between jobs),
// posting progress, then the results or an error. The server sends one job
// at a time, keeps the thread for its next run and terminates it to cancel.
import { parentPort } from 'node:worker_threads';
import { Workspace, diskFileSource } from '../language/workspace';
import { lowerForRun, simulateScenario } from '../runner';
import { WorkerPool } from '../../simulator';
import type { Results } from '../../simulator/results';

export interface RunJob {
  uri: string;
  scenario?: string;
  seed?: number;
  workers?: number;
  budget?: { maxEvents?: number; maxWallSeconds?: number };
  /** Texts by URI: the file, its imports and any open documents; other files are read from disk. */
  files: Record<string, string>;
}

export type RunReply =
  | { kind: 'started'; scenario: string; points: number }
  | { kind: 'progress'; done: number; total: number; fraction: number }
  | { kind: 'result'; results: Results }
  | { kind: 'error'; message: string };

/** Lowers and simulates one job in this thread. */
async function runJob(job: RunJob, pool: WorkerPool, post: (reply: RunReply) => void): Promise<Results> {
  const workspace = new Workspace({ read: (uri) => job.files[uri] ?? diskFileSource.read(uri) });
  const [scenario] = lowerForRun(workspace, job.uri, job.scenario);
  post({ kind: 'started', scenario: scenario.name, points: scenario.points.length });
  return simulateScenario(scenario, {
    seed: job.seed,
    workers: job.workers,
    budget: job.budget,
    uri: job.uri,
    pool,
    onProgress: (done, total, fraction) => post({ kind: 'progress', done, total, fraction }),
  });
}

/** The worker's side: answer each job the server sends, one at a time. */
export function serveRunRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRunRequests() runs in a worker thread');
  const pool = new WorkerPool();
  port.on('message', (job: RunJob) => {
    runJob(job, pool, (reply) => port.postMessage(reply)).then(
      (results) => port.postMessage({ kind: 'result', results } satisfies RunReply),
      (error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RunReply),
    );
  });
}
