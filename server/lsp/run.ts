// `hostnet/run`: simulate a scenario in a worker thread (run-worker.ts),
// with work-done progress, cancellation (the request's token terminates the
// thread) and the results kept for inlay hints and failed-expect diagnostics.
// A thread that finished its run is kept for the next one: it and its
// simulation workers are then started and warmed up already.
import { Worker } from 'node:worker_threads';
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { displayName } from '../language/uri';
import { WorkerPool } from '../../simulator';
import type { Results } from '../../simulator/results';
import type { RunParams } from './protocol';
import type { RunJob, RunReply } from './run-worker';
import { runFingerprint, runInputs } from './run-fingerprint';
import type { Session } from './session';
import { workerEntry } from './worker-entry';

/** Least time between two progress reports to the client. */
const PROGRESS_INTERVAL_MS = 100;

export interface RunDependencies {
  progress: WorkDoneProgressReporter;
  token: CancellationToken;
  /** Called with the results of a finished run and the digest of the text it ran (the server stores them and reports failed expects). */
  finished(uri: string, results: Results, fingerprint: string): void;
}

export async function run(session: Session, params: RunParams, deps: RunDependencies): Promise<Results> {
  // What the worker reads, as the session has it now: the results stay current while the file still reads so.
  const inputs = runInputs(session, params.uri);
  if (!inputs) throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${params.uri}`);
  const job: RunJob = {
    uri: params.uri,
    scenario: params.scenario,
    seed: params.seed,
    workers: params.workers,
    budget: params.budget,
    files: snapshot(session, params.uri, inputs.analysis.link.closure),
  };
  const title = `Running ${params.scenario ?? displayName(params.uri)}`;
  deps.progress.begin(title, 0, 'lowering', true);
  try {
    const results = await inWorker(job, deps);
    deps.finished(params.uri, results, runFingerprint(inputs, results.scenario));
    return results;
  } finally {
    deps.progress.done();
  }
}

/** The texts the worker needs: the file and its imports as the editor has them, and every open document. */
function snapshot(session: Session, uri: string, closure: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const other of [uri, ...closure, ...session.documents.openUris()]) {
    const text = session.documents.text(other);
    if (text !== undefined) files[other] = text;
  }
  return files;
}

/**
 * A run thread that finished its job waits here for the next run (with its
 * warm simulation workers, some tens of MB), for at most 5 idle minutes;
 * when runs overlapped, only one is kept.
 */
const runThreads = new WorkerPool({
  start: () => {
    const entry = workerEntry('run');
    return new Worker(entry.script, entry.options);
  },
  maxIdle: 1,
  idleMs: 5 * 60_000,
});

function inWorker(job: RunJob, deps: RunDependencies): Promise<Results> {
  return new Promise((resolve, reject) => {
    if (deps.token.isCancellationRequested) return reject(cancelled());
    const worker = runThreads.take();
    let settled = false;
    let lastReport = 0;
    let points = 1;
    /** `answered`: the thread replied and can serve the next run; otherwise it is ended (cancelled or broken). */
    const settle = (answered: boolean, outcome: () => void): void => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (answered) runThreads.give(worker);
      else void worker.terminate();
      outcome();
    };
    const subscription = deps.token.onCancellationRequested(() => settle(false, () => reject(cancelled())));
    const onMessage = (reply: RunReply): void => {
      switch (reply.kind) {
        case 'started':
          points = reply.points;
          deps.progress.report(0, points > 1 ? `${reply.scenario}: ${points} points` : reply.scenario);
          break;
        case 'progress': {
          const now = performance.now();
          if (now - lastReport < PROGRESS_INTERVAL_MS) break;
          lastReport = now;
          const where = points > 1 ? `${reply.done} of ${reply.total} points done` : 'simulating';
          deps.progress.report(Math.round(reply.fraction * 100), where);
          break;
        }
        case 'result':
          settle(true, () => resolve(reply.results));
          break;
        case 'error':
          settle(true, () => reject(new ResponseError(LSPErrorCodes.RequestFailed, reply.message)));
          break;
      }
    };
    const onError = (error: Error): void => settle(false, () => reject(new ResponseError(ErrorCodes.InternalError, `the run failed: ${error.message}`)));
    const onExit = (code: number): void => settle(false, () => reject(new ResponseError(ErrorCodes.InternalError, `the run stopped unexpectedly (exit code ${code})`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'run cancelled');
}
