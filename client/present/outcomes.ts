// How each written expectation fared in a run: matched to the run's
// `expects` by metric, operator and order, the worst point deciding for a
// sweep, with expected and measured values spelled for people. No VS Code import.
import type { ExpectResult, PointResult, Results } from '../../simulator/results';
import { pointLabel, sweptParams } from '../webview/data/points';
import { formatValue, metricKind } from '../webview/format';

export interface ExpectationOutcome {
  pass: boolean;
  /** `< 250 µs` */
  expected: string;
  /** `312 µs`, or `not measured` */
  actual: string;
  /** `rpc.latency.p99: measured 312 µs, expected < 250 µs at bulk.rate=40G` */
  message: string;
}

/** What `outcomesOf` needs of a written expectation (see scenarios.ts). */
export interface WrittenExpectation {
  key: string;
  metric: string;
  op: string;
}

/** The outcome of each written expectation, by key; absent when the run did not check it. */
export function outcomesOf(expectations: readonly WrittenExpectation[], results: Results): Map<string, ExpectationOutcome> {
  const outcomes = new Map<string, ExpectationOutcome>();
  const swept = sweptParams(results.points);
  const occurrences = new Map<string, number>();
  for (const expectation of expectations) {
    const base = `${expectation.metric} ${expectation.op}`;
    const nth = occurrences.get(base) ?? 0;
    occurrences.set(base, nth + 1);
    let chosen: { result: ExpectResult; point: PointResult; index: number } | undefined;
    results.points.forEach((point, index) => {
      const result = point.expects.filter((e) => e.metric === expectation.metric && e.op === expectation.op)[nth];
      if (result && (!chosen || (chosen.result.pass && !result.pass))) chosen = { result, point, index };
    });
    if (!chosen) continue;
    const where = results.points.length > 1 && !chosen.result.pass ? ` at ${pointLabel(chosen.point, chosen.index, swept, results.paramUnits)}` : '';
    outcomes.set(expectation.key, describe(chosen.result, where));
  }
  return outcomes;
}

function describe(result: ExpectResult, where = ''): ExpectationOutcome {
  const kind = metricKind(result.metric);
  const expected = `${result.op} ${formatValue(result.value, kind)}`;
  const actual = result.actual === null ? 'not measured' : formatValue(result.actual, kind);
  const verdict = result.pass ? 'met' : 'failed';
  return { pass: result.pass, expected, actual, message: `${result.metric} ${verdict}: measured ${actual}, expected ${expected}${where}` };
}
