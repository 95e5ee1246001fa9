// Parse + link + validate speed of a generated 5,000-line file through the
// workspace, as the language server does on each edit (target ≤ 30 ms median).
// The target figure measures what ships: the language layer bundled by esbuild
// (bundle.ts); the same loop through tsx is printed beside it.
// Prints wall and CPU time: on a shared machine the wall time includes waiting for a core.
import type * as WorkspaceModule from '../server/language/workspace';
import { Workspace as TsxWorkspace } from '../server/language/workspace';
import { loadBundled } from './bundle';
import { generateLargeFile } from './generate';

const LINES = 5000;
const WARMUP_RUNS = 10;
const RUNS = 30;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(Workspace: typeof TsxWorkspace, text: string): { wall: number[]; cpu: number[] } {
  const uri = 'file:///bench/large.hnet';
  const workspace = new Workspace({ read: (other) => (other.endsWith('/common.hnet') ? '' : undefined) });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    // A different text each time, so nothing is served from the cache.
    const edited = `${text}\n// edit ${i}\n`;
    const startWall = performance.now();
    const startCpu = cpuMs();
    workspace.update(uri, edited);
    const analysis = workspace.analyze(uri)!;
    if (i >= WARMUP_RUNS) {
      wall.push(performance.now() - startWall);
      cpu.push(cpuMs() - startCpu);
    }
    const error = analysis.diagnostics.find((d) => d.severity === 'error');
    if (error) throw new Error(`generated file has errors: ${error.code} ${error.message}`);
  }
  return { wall, cpu };
}

function figures({ wall, cpu }: { wall: number[]; cpu: number[] }): string {
  return `median ${median(wall).toFixed(1)} ms wall (min ${Math.min(...wall).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU`;
}

export async function benchAnalyze(): Promise<void> {
  const text = generateLargeFile(LINES);
  const { workspace } = await loadBundled<{ workspace: typeof WorkspaceModule }>({ workspace: 'server/language/workspace.ts' });
  const bundled = measure(workspace.Workspace, text);
  console.log(`analyze (parse + link + validate) ${LINES} lines, esbuild bundle as shipped: ${figures(bundled)} (target ≤ 30 ms)`);
  console.log(`  the same through tsx: ${figures(measure(TsxWorkspace, text))}`);
}

if (process.argv[1]?.endsWith('analyze.ts')) void benchAnalyze();
