// Running the research models: a .hnet file (an example, or a fixture that
// imports one) is lowered and simulated in this process, each scenario at
// most once per process, and points are looked up by their swept values.
// Tests and `npm run reproduce` share these runs.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Workspace } from '../../server/language/workspace';
import { lowerForRun, simulateScenario } from '../../server/runner';
import type { PointResult, Results } from '../../simulator/results';

export const EXAMPLES = new URL('../../examples/', import.meta.url);
export const FIXTURES = new URL('./fixtures/', import.meta.url);

const workspace = new Workspace();
const runs = new Map<string, Promise<Results>>();

/** The results of `scenario` in `file` (simulated once per process). */
export function scenario(file: URL, name: string): Promise<Results> {
  const key = `${file.href}#${name}`;
  let run = runs.get(key);
  if (!run) {
    const [lowered] = lowerForRun(workspace, pathToFileURL(fileURLToPath(file)).toString(), name);
    run = simulateScenario(lowered);
    runs.set(key, run);
  }
  return run;
}

/** The point whose swept parameters include every entry of `params` (values in SI, or words). */
export function point(results: Results, params: Record<string, number | string> = {}): PointResult {
  const found = results.points.find((p) => Object.entries(params).every(([key, value]) => sameValue(p.params[key], value)));
  if (!found) throw new Error(`${results.scenario}: no point with ${JSON.stringify(params)} (points: ${results.points.map((p) => JSON.stringify(p.params)).join('; ')})`);
  return found;
}

function sameValue(actual: number | string | undefined, wanted: number | string): boolean {
  if (typeof actual === 'number' && typeof wanted === 'number') return Math.abs(actual - wanted) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(wanted));
  return actual === wanted;
}

/** The values a swept parameter takes, in the order of the points. */
export function sweptValues(results: Results, param: string): (number | string)[] {
  return [...new Set(results.points.map((p) => p.params[param]))].filter((v): v is number | string => v !== undefined);
}

/** Busy cores of a host, in core-equivalents (the sum of utilisations). */
export function busyCores(p: PointResult, host: string): number {
  return p.cores.filter((c) => c.host === host).reduce((sum, c) => sum + c.util, 0);
}

/** Throughput of `traffic` per busy core of `host`, bits per second. */
export function throughputPerCore(p: PointResult, traffic: string, host: string): number {
  return p.traffic[traffic].throughput / busyCores(p, host);
}

/** Share of the host's busy time spent in each `chain.stage` (and `overhead`), 0..1. */
export function stageShares(p: PointResult, host: string): Record<string, number> {
  const cores = p.cores.filter((c) => c.host === host);
  const total = cores.reduce((sum, c) => sum + c.util, 0);
  const shares: Record<string, number> = {};
  for (const core of cores) {
    for (const [stage, busy] of Object.entries(core.byStage)) shares[stage] = (shares[stage] ?? 0) + busy / total;
  }
  return shares;
}

/** Utilisation of one core. */
export function coreUtil(p: PointResult, host: string, core: number): number {
  return p.cores.find((c) => c.host === host && c.core === core)?.util ?? 0;
}

/** Every failed `expect` of a run, as readable lines. */
export function failedExpects(results: Results): string[] {
  return results.points.flatMap((p) =>
    p.expects.filter((e) => !e.pass).map((e) => `${results.scenario} ${JSON.stringify(p.params)}: ${e.metric} ${e.op} ${e.value} (actual ${e.actual})`),
  );
}
