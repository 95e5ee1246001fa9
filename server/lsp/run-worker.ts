// The thread a `hostnet/run` request runs in, so the server's main thread
// never lowers or simulates. It receives the texts the server has (open
// documents win over the disk), lowers the scenario and simulates it with
// runScenario (whose sweep points go to the simulator's own workers),
// posting progress, then the results or an error. The server terminates
// the thread to cancel.
import { parentPort } from 'node:worker_threads';
import { lower } from '../language/lower';
import { displayName } from '../language/uri';
import { Workspace, diskFileSource } from '../language/workspace';
import { runScenario } from '../../simulator';
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
  const lowered = lower(workspace, job.uri, job.scenario);
  if (lowered.errors.length > 0) {
    const first = lowered.errors[0];
    const more = lowered.errors.length > 1 ? ` (and ${lowered.errors.length - 1} more)` : '';
    throw new Error(`${displayName(first.uri)} has errors to fix before it can run: ${first.message}${more}`);
  }
  const scenario = lowered.scenarios[0];
  if (!scenario || scenario.points.length === 0) throw new Error(`${displayName(job.uri)} has nothing to run`);
  if (job.seed !== undefined) for (const model of scenario.points) model.run.seed = job.seed;
  post({ kind: 'started', scenario: scenario.name, points: scenario.points.length });
  const results = await runScenario(scenario.points, {
    workers: job.workers,
    budget: job.budget,
    onProgress: (done, total, fraction) => post({ kind: 'progress', done, total, fraction }),
  });
  results.meta.file = job.uri;
  return results;
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
