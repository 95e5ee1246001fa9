// How the server starts its worker threads. The bundle (dist/server.js, also
// found beside the CLI bundle) serves as every worker: its entry (main.ts)
// reads the role from workerData. From source (tests, benchmarks under tsx)
// the worker loads the TypeScript module through tsx's require hook.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkerOptions } from 'node:worker_threads';

export type WorkerRole = 'run' | 'analysis';

const SOURCES: Record<WorkerRole, { file: string; serve: string }> = {
  run: { file: 'run-worker.ts', serve: 'serveRunRequests' },
  analysis: { file: 'analysis-worker.ts', serve: 'serveAnalysis' },
};

// Analysing a large file builds a large, short-lived tree: a roomier young
// generation lets the garbage collector drop it instead of copying it
// (diagnostics after an edit of a 5,000-line file: 75 → 53 ms median).
export const RESOURCE_LIMITS: Record<WorkerRole, WorkerOptions['resourceLimits']> = {
  run: undefined,
  analysis: { maxYoungGenerationSizeMb: 96 },
};

export function workerEntry(role: WorkerRole): { script: string; options: WorkerOptions } {
  const workerData = { role };
  const resourceLimits = RESOURCE_LIMITS[role];
  const bundled = join(__dirname, 'server.js');
  if (__filename.endsWith('.js') && existsSync(bundled)) return { script: bundled, options: { workerData, resourceLimits } };
  const source = join(__dirname, SOURCES[role].file);
  if (existsSync(source)) {
    const code = `require('tsx/cjs'); require(${JSON.stringify(source)}).${SOURCES[role].serve}();`;
    return { script: code, options: { eval: true, workerData, resourceLimits } };
  }
  throw new Error('cannot find the server bundle (dist/server.js) for a worker thread; run `npm run build`');
}
