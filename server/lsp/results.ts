// The results of the latest runs, per file and scenario, and how they map
// onto the lines of the file: each traffic's measured figures and each
// `expect`'s outcome (over every sweep point), found by name so they follow
// the text as it is edited.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { formatSI, type UnitKind } from '../language/catalog';
import { expectations, pathText, type Block, type Expectation } from '../language/syntax/ast';
import type { Analysis } from '../language/workspace';
import type { ExpectResult, PointResult, Results } from '../../simulator/results';
import { spanToRange } from './positions';

/** A scenario's latest results, and whether the text they ran is still the text. */
export interface KeptRun {
  results: Results;
  current: boolean;
}

/** A scenario's latest results and the digest of the text they came from (run-fingerprint.ts). */
interface StoredRun {
  results: Results;
  fingerprint: string | undefined;
}

export class ResultsStore {
  private readonly byFile = new Map<string, Map<string, StoredRun>>();

  /** Keeps `results` as the latest of their scenario; `fingerprint` digests the text they ran (undefined: unknown, so never current). */
  set(uri: string, results: Results, fingerprint: string | undefined): void {
    let scenarios = this.byFile.get(uri);
    if (!scenarios) this.byFile.set(uri, (scenarios = new Map()));
    scenarios.set(results.scenario, { results, fingerprint });
  }

  /** Whether a file has results at all. */
  has(uri: string): boolean {
    return (this.byFile.get(uri)?.size ?? 0) > 0;
  }

  /** The files that have results. */
  files(): string[] {
    return [...this.byFile.keys()];
  }

  /**
   * The latest results of each scenario of a file, each saying whether it is
   * current: whether the text it ran is still the text (`fingerprint` gives a
   * scenario's digest now; undefined when the file cannot be read).
   */
  runs(uri: string, fingerprint: (scenario: string) => string | undefined): KeptRun[] {
    return [...(this.byFile.get(uri)?.values() ?? [])].map(({ results, fingerprint: ran }) => {
      const now = ran === undefined ? undefined : fingerprint(results.scenario);
      return { results, current: now !== undefined && now === ran };
    });
  }
}

/** One `expect` of the file with its outcome over every point (the worst one decides). */
export interface ExpectOutcome {
  expectation: Expectation;
  scenario: string;
  pass: boolean;
  /** The point that failed (or the last point when all passed). */
  point: PointResult;
  result: ExpectResult;
}

export function expectOutcomes(analysis: Analysis, results: Results[]): ExpectOutcome[] {
  const outcomes: ExpectOutcome[] = [];
  for (const run of results) {
    const scenario = analysis.symbols.find((s) => s.kind === 'scenario' && s.name === run.scenario);
    if (!scenario) continue;
    for (const expectation of expectBlocks(scenario.block).flatMap(expectations)) {
      const metric = pathText(expectation.metric);
      let chosen: { point: PointResult; result: ExpectResult } | undefined;
      for (const point of run.points) {
        const result = point.expects.find((e) => e.metric === metric && e.op === expectation.op.text);
        if (!result) continue;
        if (!chosen || (chosen.result.pass && !result.pass)) chosen = { point, result };
      }
      if (chosen) outcomes.push({ expectation, scenario: run.scenario, pass: chosen.result.pass, ...chosen });
    }
  }
  return outcomes;
}

function expectBlocks(scenario: Block): Block[] {
  return scenario.items.filter((item): item is Block => item.type === 'Block' && item.keyword.text === 'expect');
}

/** `73 µs`, in the metric's unit kind. */
export function formatMetric(analysis: Analysis, expectation: Expectation, value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'not measured';
  const unit = analysis.link.metrics.get(expectation)?.spec.unit;
  return unit && unit !== 'count' ? formatSI(value, unit as UnitKind) : String(Number(value.toPrecision(4)));
}

/** ` at bulk.rate = 40 Gbps, overlay.priority = none` for a sweep point; '' without a sweep. */
export function describePoint(point: PointResult): string {
  const params = Object.entries(point.params).map(([path, value]) => `${path} = ${typeof value === 'number' ? Number(value.toPrecision(4)) : value}`);
  return params.length > 0 ? ` at ${params.join(', ')}` : '';
}

/** Failed `expect`s as diagnostics on their lines. */
export function expectFailures(analysis: Analysis, results: Results[]): Diagnostic[] {
  return expectOutcomes(analysis, results)
    .filter((outcome) => !outcome.pass)
    .map(({ expectation, point, result, scenario }) => ({
      range: spanToRange(analysis.lines, expectation.span),
      severity: DiagnosticSeverity.Error,
      source: 'hostnet run',
      code: 'expect',
      message:
        `expect failed in \`${scenario}\`: measured ${formatMetric(analysis, expectation, result.actual)}, ` +
        `expected ${expectation.op.text} ${formatMetric(analysis, expectation, result.value)}${describePoint(point)}`,
    }));
}
