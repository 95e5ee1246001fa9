// The thread a `hostnet/run` request runs in, so the server's main thread
// never lowers or simulates. It receives the texts the server has (open
// documents win over the disk), lowers the scenario and simulates it
// (sweep points go to the simulator's own workers),
// posting progress, then the results or an error. The server terminates
// the thread to cancel.
import { parentPort } from 'node:worker_threads';
import { Workspace, diskFileSource } from '../language/workspace';
import { lowerForRun, simulateScenario } from '../runner';
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
async function runJob(job: RunJob, post: (reply: RunReply) => void): Promise<Results> {
  const workspace = new Workspace({ read: (uri) => job.files[uri] ?? diskFileSource.read(uri) });
  const [scenario] = lowerForRun(workspace, job.uri, job.scenario);
  post({ kind: 'started', scenario: scenario.name, points: scenario.points.length });
  return simulateScenario(scenario, {
    seed: job.seed,
    workers: job.workers,
    budget: job.budget,
    uri: job.uri,
    onProgress: (done, total, fraction) => post({ kind: 'progress', done, total, fraction }),
  });
}

/** The worker's side: take one job, answer, and let the server end the thread. */
export function serveRunRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRunRequests() runs in a worker thread');
  port.once('message', (job: RunJob) => {
    runJob(job, (reply) => port.postMessage(reply)).then(
      (results) => port.postMessage({ kind: 'result', results } satisfies RunReply),
      (error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RunReply),
    );
  });
}
