// The summary table `hostnet run` prints: one block per sweep point, a row
// per traffic, and the outcome of every expectation.
import type { ExpectResult, PointResult, Results } from '../../simulator/results';
import { formatSI, metricUnit, type UnitKind } from '../language/catalog';

const columns = ['traffic', 'throughput', 'pps', 'p50', 'p99', 'p999', 'drops'];

export function formatResultsTable(results: Results): string {
  const lines: string[] = [];
  const points = results.points;
  lines.push(
    `scenario ${results.scenario} — ${points.length} point${points.length === 1 ? '' : 's'}, ` +
      `seed ${results.meta.seed}, ${results.meta.events.toLocaleString('en-US')} events, ` +
      `${results.meta.wallSeconds.toFixed(2)} s`,
  );
  points.forEach((point, index) => {
    lines.push('');
    if (points.length > 1) lines.push(`point ${index + 1}/${points.length}  ${formatParams(point, results.paramUnits ?? {})}`);
    lines.push(...alignRows([columns, ...trafficRows(point)]).map((row) => `  ${row}`));
    for (const outcome of point.expects) lines.push(`  ${formatExpect(outcome)}`);
  });
  return lines.join('\n');
}

function trafficRows(point: PointResult): string[][] {
  return Object.entries(point.traffic).map(([name, t]) => [
    name,
    formatSI(t.throughput, 'bandwidth'),
    formatSI(t.pps, 'packetRate'),
    formatSI(t.latency.p50, 'time'),
    formatSI(t.latency.p99, 'time'),
    formatSI(t.latency.p999, 'time'),
    String(t.drops.ring + t.drops.backlog + t.drops.socket + t.drops.wire),
  ]);
}

function formatParams(point: PointResult, units: Record<string, string>): string {
  return Object.entries(point.params)
    .map(([path, value]) => `${path}=${typeof value === 'number' && units[path] ? formatValue(value, units[path] as UnitKind) : value}`)
    .join('  ');
}

export function formatExpect(outcome: ExpectResult): string {
  const kind = metricUnit(outcome.metric) ?? 'count';
  const actual = outcome.actual === null ? 'not measured' : formatValue(outcome.actual, kind);
  return `${outcome.pass ? '✓' : '✗'} ${outcome.metric} ${outcome.op} ${formatValue(outcome.value, kind)}  (actual ${actual})`;
}

export function formatValue(value: number, kind: UnitKind | 'count'): string {
  if (kind === 'count') return Math.round(value).toLocaleString('en-US');
  return formatSI(value, kind);
}

function alignRows(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '),
  );
}
