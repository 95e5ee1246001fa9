// Parse + link + validate speed of a generated 5,000-line file through the
// workspace, as the language server does on each edit (target ≤ 30 ms median).
import { Workspace } from '../server/language/workspace';
import { generateLargeFile } from './generate';

const LINES = 5000;
const WARMUP_RUNS = 10;
const RUNS = 30;

export async function benchAnalyze(): Promise<void> {
  const text = generateLargeFile(LINES);
  const uri = 'file:///bench/large.hnet';
  const workspace = new Workspace({ read: (u) => (u.endsWith('/common.hnet') ? '' : undefined) });
  const times: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    // A different text each time, so nothing is served from the cache.
    const edited = `${text}\n// edit ${i}\n`;
    const start = performance.now();
    workspace.update(uri, edited);
    const analysis = workspace.analyze(uri)!;
    const elapsed = performance.now() - start;
    if (i >= WARMUP_RUNS) times.push(elapsed);
    if (i === 0 && analysis.diagnostics.some((d) => d.severity === 'error')) {
      throw new Error(`generated file has errors: ${analysis.diagnostics.find((d) => d.severity === 'error')!.message}`);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`analyze (parse + link + validate) ${LINES} lines: median ${median.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (target ≤ 30 ms)`);
}

if (process.argv[1]?.endsWith('analyze.ts')) void benchAnalyze();
