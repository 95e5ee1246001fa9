// Parse + link + validate speed of a generated 5,000-line file through the
// workspace, as the language server does on each edit (target ≤ 30 ms median).
// The target figure measures what ships, where it runs: the language layer
// bundled by esbuild (bundle.ts) in a worker thread with the server's
// analysis-worker limits. The same bundle on the main thread (default heap)
// and the source through tsx are printed beside it.
// Prints wall and CPU time: on a shared machine the wall time includes waiting for a core.
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type * as WorkspaceModule from '../server/language/workspace';
import { Workspace as TsxWorkspace } from '../server/language/workspace';
import { RESOURCE_LIMITS } from '../server/lsp/worker-entry';
import { measureAnalyze, type Timings } from './analyze-loop';
import { withBundles } from './bundle';
import { generateLargeFile } from './generate';

const LINES = 5000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function figures({ wall, cpu }: Timings): string {
  return `median ${median(wall).toFixed(1)} ms wall (min ${Math.min(...wall).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU`;
}

function inAnalysisWorker(script: string, text: string): Promise<Timings> {
  return new Promise<Timings>((resolve, reject) => {
    const worker = new Worker(script, { workerData: text, resourceLimits: RESOURCE_LIMITS.analysis });
    worker.once('message', (timings: Timings) => {
      void worker.terminate();
      resolve(timings);
    });
    worker.once('error', reject);
  });
}

export async function benchAnalyze(): Promise<void> {
  const text = generateLargeFile(LINES);
  console.log(`analyze (parse + link + validate) ${LINES} lines (load average ${loadavg()[0].toFixed(1)} on this machine)`);
  await withBundles({ worker: 'bench/analyze-worker.ts', workspace: 'server/language/workspace.ts' }, async (files) => {
    console.log(`  esbuild bundle in a worker with the server's analysis limits: ${figures(await inAnalysisWorker(files.worker, text))} (target ≤ 30 ms)`);
    const { Workspace } = require(files.workspace) as typeof WorkspaceModule;
    console.log(`  the same bundle on the main thread (default heap): ${figures(measureAnalyze(Workspace, text))}`);
  });
  console.log(`  the source through tsx: ${figures(measureAnalyze(TsxWorkspace, text))}`);
}

if (process.argv[1]?.endsWith('analyze.ts')) void benchAnalyze();
