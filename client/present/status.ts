// The status bar's one line about the latest run, e.g.
// `hostnet: rpc p99 31 µs · 2/2 ✓`, and its tooltip. No VS Code import.
import type { Results, TrafficResult } from '../../simulator/results';
import { trafficNames } from '../webview/data/points';
import { formatRange } from '../../server/language/catalog/units';
import { formatBandwidth, formatTime } from '../webview/format';

export interface StatusSummary {
  text: string;
  tooltip: string;
  /** Some expectation failed. */
  failed: boolean;
}

/** Summarises the scenarios of one run: the first traffic's p99 and the expectations met. */
export function statusSummary(runs: readonly Results[]): StatusSummary {
  const parts: string[] = [];
  const headline = runs.find((run) => trafficNames(run).length > 0);
  if (headline) {
    const name = trafficNames(headline)[0];
    parts.push(`${name} p99 ${formatRange(trafficOf(headline, name).map((t) => t.latency.p99), formatTime)}`);
  }
  const checks = runs.flatMap((run) => run.points.flatMap((point) => point.expects));
  const met = checks.filter((check) => check.pass).length;
  if (checks.length > 0) parts.push(`${met}/${checks.length} ${met === checks.length ? '✓' : '✗'}`);
  if (parts.length === 0) parts.push(`${runs.map((run) => run.scenario).join(', ') || 'run'} done`);
  return {
    text: `hostnet: ${parts.join(' · ')}`,
    tooltip: [...runs.map(describeRun), 'Click to open the results.'].join('\n'),
    failed: met < checks.length,
  };
}

/** `quickstart (seed 1, 1 point, 0.29 s): rpc p99 16.5 µs 28.4 Mbps; bulk …` */
function describeRun(run: Results): string {
  const points = `${run.points.length} point${run.points.length === 1 ? '' : 's'}`;
  const traffic = trafficNames(run).map((name) => {
    const measured = trafficOf(run, name);
    return `${name} p99 ${formatRange(measured.map((t) => t.latency.p99), formatTime)}, ${formatRange(measured.map((t) => t.throughput), formatBandwidth)}`;
  });
  const seconds = Number(run.meta.wallSeconds.toPrecision(2));
  return `${run.scenario} (seed ${run.meta.seed}, ${points}, ${seconds} s)${traffic.length ? `: ${traffic.join('; ')}` : ''}`;
}

function trafficOf(run: Results, name: string): TrafficResult[] {
  return run.points.map((point) => point.traffic[name]).filter((t): t is TrafficResult => t !== undefined);
}

