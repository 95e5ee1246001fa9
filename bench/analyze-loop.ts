// The analyze benchmark's loop: edit, update the workspace, analyze, as the
// language server does on each keystroke. Shared by the in-process runs and
// the worker run (analyze-worker.ts).
import type { Workspace } from '../server/language/workspace';

// Thirty edits before measuring: on this 2-core machine the optimising compiler
// needs about that many before the parser and validator run at their steady speed.
const WARMUP_RUNS = 30;
const RUNS = 30;

export interface Timings {
  wall: number[];
  cpu: number[];
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function measureAnalyze(WorkspaceClass: typeof Workspace, text: string): Timings {
  const uri = 'file:///bench/large.hnet';
  const workspace = new WorkspaceClass({ read: (other) => (other.endsWith('/common.hnet') ? '' : undefined) });
  const timings: Timings = { wall: [], cpu: [] };
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    // A different text each time, so nothing is served from the cache.
    const edited = `${text}\n// edit ${i}\n`;
    const startWall = performance.now();
    const startCpu = cpuMs();
    workspace.update(uri, edited);
    const analysis = workspace.analyze(uri)!;
    if (i >= WARMUP_RUNS) {
      timings.wall.push(performance.now() - startWall);
      timings.cpu.push(cpuMs() - startCpu);
    }
    const error = analysis.diagnostics.find((d) => d.severity === 'error');
    if (error) throw new Error(`generated file has errors: ${error.code} ${error.message}`);
  }
  return timings;
}
