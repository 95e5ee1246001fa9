// Lowering: a checked document becomes, for each scenario, one SystemModel
// per sweep point, with every default applied from the catalog and every
// quantity in SI (costs in cycles at the host's clock).
import type { CompareOp, ExpectModel, RunSettings, SystemModel } from '../../../simulator/model';
import type { UnitKind } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { HnetSymbol, LinkResult } from '../link';
import { expectations, type Block, type Span } from '../syntax/ast';
import { displayName } from '../uri';
import type { Analysis, Workspace } from '../workspace';
import { evaluate } from '../validate';
import { lowerChain } from './chains';
import { lowerHost, lowerLink } from './hosts';
import { Reader } from './reader';
import { sweepPoints, sweepUnits } from './sweep';
import { lowerTraffic } from './traffic';

export interface LoweredScenario {
  name: string;
  /** The scenario's name in its document; undefined for the default scenario of a file without one. */
  span?: Span;
  /** One model per point of the sweep's cross product (one when there is no sweep), first path varying slowest. */
  points: SystemModel[];
  /** The unit kind of each swept quantity (`bulk.rate` → `bandwidth`). */
  units: Record<string, UnitKind>;
}

export interface LowerResult {
  /** Empty when there are errors. */
  scenarios: LoweredScenario[];
  /** The errors of the document and its imports that prevent lowering. */
  errors: Diagnostic[];
}

/** The name of the scenario a file without one runs (DESIGN §4). */
export const DEFAULT_SCENARIO = 'default';

interface World {
  analysis: Analysis;
  hosts: HnetSymbol[];
  chains: HnetSymbol[];
  traffic: HnetSymbol[];
  links: Block[];
}

function gather(workspace: Workspace, analysis: Analysis): World {
  const documents = [analysis, ...analysis.link.closure.map((uri) => workspace.analyze(uri)).filter((a): a is Analysis => a !== undefined)];
  const symbols = documents.flatMap((d) => d.symbols);
  // Duplicates are errors, so each name is one symbol; the scope says which.
  const visible = (s: HnetSymbol) => analysis.link.scope.get(s.name) === s;
  return {
    analysis,
    hosts: symbols.filter((s) => s.kind === 'host' && visible(s)),
    chains: symbols.filter((s) => s.kind === 'chain' && visible(s)),
    traffic: symbols.filter((s) => s.kind === 'traffic' && visible(s)),
    links: documents.flatMap((d) => d.ast.blocks.filter((b) => b.keyword.text === 'link')),
  };
}

function runSettings(scenario: HnetSymbol | undefined, read: Reader): RunSettings {
  const block = scenario?.block;
  const path = scenario?.qualifiedName ?? DEFAULT_SCENARIO;
  const num = (name: string) => read.number(block, 'scenario', name, path);
  return { duration: num('duration'), warmup: num('warmup'), seed: num('seed'), repeat: num('repeat'), timeSeriesPoints: num('samples') };
}

function lowerExpects(scenario: Block, linked: LinkResult): ExpectModel[] {
  const out: ExpectModel[] = [];
  for (const child of scenario.items) {
    if (child.type !== 'Block') continue;
    for (const expectation of expectations(child)) {
      const metric = linked.metrics.get(expectation);
      if (!metric || !expectation.value) continue;
      const type = metric.spec.unit === 'count' ? ({ type: 'number' } as const) : ({ type: 'quantity', units: [metric.spec.unit] } as const);
      const value = evaluate(expectation.value, type, metric.text).result;
      out.push({ metric: metric.text, op: expectation.op.text as CompareOp, value: value?.kind === 'number' ? value.value : NaN });
    }
  }
  return out;
}

function selectedTraffic(scenario: HnetSymbol | undefined, world: World, read: Reader): HnetSymbol[] {
  if (!scenario) return world.traffic;
  const listed = read.value(scenario.block, 'scenario', 'traffic', scenario.qualifiedName);
  if (listed?.kind !== 'list') return world.traffic;
  return listed.items.flatMap((item) => {
    const symbol = item.kind === 'reference' ? world.analysis.link.resolved.get(item.path) ?? world.analysis.link.scope.get(item.path.segments[0].name.text) : undefined;
    return symbol?.kind === 'traffic' ? [symbol] : [];
  });
}

function lowerScenario(scenario: HnetSymbol | undefined, world: World, workspace: Workspace): LoweredScenario {
  const linked = world.analysis.link;
  const sweep = scenario?.block.items.find((i): i is Block => i.type === 'Block' && i.keyword.text === 'sweep');
  const name = scenario?.name ?? DEFAULT_SCENARIO;
  const points = sweepPoints(sweep, linked).map(({ params, overrides }): SystemModel => {
    const read = new Reader(overrides);
    const scope = linked.scope;
    return {
      scenario: name,
      params,
      hosts: world.hosts.map((host) => lowerHost(host, read)),
      links: world.links.flatMap((block) => lowerLink(block, scope, read) ?? []),
      chains: world.chains.map((chain) => lowerChain(chain, scope, read)),
      traffic: selectedTraffic(scenario, world, read).map((traffic) => lowerTraffic(traffic, scope, read, workspace.source)),
      expects: scenario ? lowerExpects(scenario.block, linked) : [],
      run: runSettings(scenario, read),
    };
  });
  return { name, span: scenario?.nameSpan, points, units: sweepUnits(sweep, linked) };
}

/**
 * Lowers the scenarios of the document at `uri` (or only `scenarioName`): a
 * file without scenarios runs a default one (10 ms, all traffic). Throws when
 * the document cannot be read or has no scenario of that name.
 */
export function lower(workspace: Workspace, uri: string, scenarioName?: string): LowerResult {
  const analysis = workspace.analyze(uri);
  if (!analysis) throw new Error(`cannot read ${displayName(uri)}`);
  const errors = [analysis, ...analysis.link.closure.map((other) => workspace.analyze(other))]
    .flatMap((a) => a?.diagnostics ?? [])
    .filter((d) => d.severity === 'error');
  if (errors.length > 0) return { scenarios: [], errors };
  const world = gather(workspace, analysis);
  const scenarios = analysis.symbols.filter((s) => s.kind === 'scenario');
  if (scenarioName !== undefined) {
    const chosen = scenarios.find((s) => s.name === scenarioName);
    if (chosen) return { scenarios: [lowerScenario(chosen, world, workspace)], errors: [] };
    if (scenarios.length === 0 && scenarioName === DEFAULT_SCENARIO) return { scenarios: [lowerScenario(undefined, world, workspace)], errors: [] };
    const names = scenarios.length ? scenarios.map((s) => s.name).join(', ') : `none; \`${DEFAULT_SCENARIO}\` runs all traffic`;
    throw new Error(`no scenario named \`${scenarioName}\` in ${displayName(uri)} (scenarios: ${names})`);
  }
  if (scenarios.length === 0) return { scenarios: [lowerScenario(undefined, world, workspace)], errors: [] };
  return { scenarios: scenarios.map((s) => lowerScenario(s, world, workspace)), errors: [] };
}
