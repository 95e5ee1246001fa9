// Lowering a document and simulating its scenarios: what `hostnet run` and
// the language server's run worker share.
import { runScenario, type ScenarioOptions } from '../simulator';
import type { Results } from '../simulator/results';
import { lower, type LoweredScenario } from './language/lower';
import { displayName } from './language/uri';
import type { Workspace } from './language/workspace';

/** The document cannot run; the message says why and where. */
export class NotRunnable extends Error {}

/** Every scenario of the document (or only `scenario`), ready to simulate. */
export function lowerForRun(workspace: Workspace, uri: string, scenario?: string): LoweredScenario[] {
  let lowered;
  try {
    lowered = lower(workspace, uri, scenario);
  } catch (error) {
    throw new NotRunnable(error instanceof Error ? error.message : String(error));
  }
  if (lowered.errors.length > 0) {
    const first = lowered.errors[0];
    const position = workspace.document(first.uri)?.lines.position(first.span.start);
    const where = position ? `${displayName(first.uri)}:${position.line + 1}:${position.character + 1}` : displayName(first.uri);
    const more = lowered.errors.length > 1 ? ` (and ${lowered.errors.length - 1} more; run \`hostnet check\`)` : '';
    throw new NotRunnable(`cannot run ${displayName(uri)} until its errors are fixed: ${where}: ${first.message}${more}`);
  }
  const runnable = lowered.scenarios.filter((s) => s.points.length > 0 && s.points[0].hosts.length > 0);
  if (runnable.length === 0) {
    const why = lowered.scenarios.some((s) => s.points.length > 0) ? 'it declares no host' : 'its sweeps have no points';
    throw new NotRunnable(`${displayName(uri)} has nothing to run: ${why}`);
  }
  return runnable;
}

export interface SimulateOptions extends ScenarioOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** The source document, recorded in the results. */
  uri?: string;
}

/** Simulates every sweep point of one lowered scenario. */
export async function simulateScenario(scenario: LoweredScenario, options: SimulateOptions = {}): Promise<Results> {
  const { seed, uri, ...scenarioOptions } = options;
  if (seed !== undefined) for (const model of scenario.points) model.run.seed = seed;
  const results = await runScenario(scenario.points, scenarioOptions);
  if (uri) results.meta.file = uri;
  if (Object.keys(scenario.units).length > 0) results.paramUnits = scenario.units;
  return results;
}
