// Checks of `sweep` values and `expect` comparisons, which depend on what
// their paths resolved to.
import { UNITS, UNIT_KIND_NAMES, exampleOf } from '../catalog';
import { diagnostic, type Diagnostic } from '../diagnostic';
import type { HnetSymbol, LinkResult, ResolvedMetric } from '../link';
import { childBlocks, expectations, properties, type Block, type Expectation } from '../syntax/ast';
import { lineRateProblem, trafficFrameBytes, trafficNics } from './traffic';
import { hostCores } from './infer';
import { evaluate, valueText } from './values';

function checkSweep(uri: string, sweep: Block, linked: LinkResult, out: Diagnostic[]): void {
  for (const prop of properties(sweep)) {
    const target = linked.sweeps.get(prop);
    if (!target || !prop.value) continue;
    if (prop.value.type !== 'List' || prop.value.items.length === 0) {
      const suggestion = prop.value.type === 'List' ? undefined : `[${valueText(prop.value)}]`;
      out.push(
        diagnostic('HN024', uri, prop.value.span, `sweep values are a non-empty list, such as \`${target.path} = [${target.property.example}, …]\``, suggestion ? { suggestions: [suggestion] } : undefined),
      );
      continue;
    }
    // A swept traffic rate is checked against line rates; its frame size and NICs are the same for every value.
    const traffic = target.owner.kind === 'traffic' && target.property.name === 'rate' ? target.owner : undefined;
    let bytes: number | undefined;
    let nics: HnetSymbol[] | undefined;
    for (const item of prop.value.items) {
      const evaluation = evaluate(item, target.property.type, target.path, target.property.range);
      for (const p of evaluation.problems) out.push(diagnostic(p.code, uri, p.span, p.message, p.data));
      if (!traffic || !evaluation.result || evaluation.problems.length > 0) continue;
      bytes ??= trafficFrameBytes(traffic);
      if (!bytes) continue;
      nics ??= trafficNics(traffic, linked.scope);
      const problem = lineRateProblem(uri, evaluation.result, bytes, nics);
      if (problem) out.push(problem);
    }
  }
}

function checkExpectation(uri: string, expectation: Expectation, metric: ResolvedMetric, out: Diagnostic[]): void {
  const value = expectation.value;
  if (metric.index) {
    const host = metric.symbols[0];
    const cores = hostCores(host);
    if (cores !== undefined && metric.index.value >= cores) {
      out.push(diagnostic('HN017', uri, metric.index.span, `core ${metric.index.value} is beyond host \`${host.name}\`'s ${cores} cores (0–${cores - 1})`));
    }
  }
  if (!value) return;
  const unit = metric.spec.unit;
  const written = value.type === 'Number' ? (value.unit ? UNITS.get(value.unit.text)?.kind : undefined) : undefined;
  if (value.type === 'Number' && value.unit && !written) return; // unknown unit: the parser reported it
  const fits = value.type === 'Number' && (unit === 'count' ? !value.unit : written === unit || (!value.unit && value.value === 0));
  if (fits) return;
  const expected = unit === 'count' ? 'a plain number such as 10' : `${UNIT_KIND_NAMES[unit]} such as ${exampleOf(unit)}`;
  const what = unit === 'count' ? 'a count' : UNIT_KIND_NAMES[unit];
  out.push(
    diagnostic('HN022', uri, value.span, `\`${metric.text}\` is ${what}: compare it with ${expected}, got \`${valueText(value)}\``, {
      expectedUnits: unit === 'count' ? [] : [unit],
    }),
  );
}

export function checkScenarios(uri: string, blocks: readonly Block[], linked: LinkResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const scenario of blocks) {
    if (scenario.keyword.text !== 'scenario') continue;
    for (const child of childBlocks(scenario)) {
      if (child.keyword.text === 'sweep') checkSweep(uri, child, linked, out);
      for (const expectation of expectations(child)) {
        const metric = linked.metrics.get(expectation);
        if (metric) checkExpectation(uri, expectation, metric, out);
      }
    }
  }
  return out;
}
