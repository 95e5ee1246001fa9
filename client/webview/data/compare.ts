// Two runs side by side: per traffic and metric, the baseline's value, this
// run's, the difference, and whether that is better or worse.
import type { PointResult, Results, TrafficResult } from '../../../simulator/results';
import type { ValueKind } from '../format';
import { totalDrops } from './points';

export type Verdict = 'better' | 'worse' | 'same' | 'unknown';

export interface ComparisonRow {
  traffic: string;
  metric: string;
  kind: ValueKind;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  /** delta / baseline; null when the baseline is 0 or missing. */
  relative: number | null;
  verdict: Verdict;
}

interface MetricSpec {
  metric: string;
  kind: ValueKind;
  higherIsBetter: boolean;
  read: (t: TrafficResult) => number;
}

const METRICS: MetricSpec[] = [
  { metric: 'throughput', kind: 'bandwidth', higherIsBetter: true, read: (t) => t.throughput },
  { metric: 'pps', kind: 'packetRate', higherIsBetter: true, read: (t) => t.pps },
  { metric: 'latency.mean', kind: 'time', higherIsBetter: false, read: (t) => t.latency?.mean },
  { metric: 'latency.p50', kind: 'time', higherIsBetter: false, read: (t) => t.latency?.p50 },
  { metric: 'latency.p99', kind: 'time', higherIsBetter: false, read: (t) => t.latency?.p99 },
  { metric: 'latency.p999', kind: 'time', higherIsBetter: false, read: (t) => t.latency?.p999 },
  { metric: 'drops', kind: 'count', higherIsBetter: false, read: (t) => totalDrops(t.drops) },
  { metric: 'loss', kind: 'fraction', higherIsBetter: false, read: (t) => t.loss },
];

/** Differences below this share of the baseline count as the same. */
const SAME_WITHIN = 0.005;

export function compareTraffic(current: PointResult, baseline: PointResult): ComparisonRow[] {
  const names = [...new Set([...Object.keys(current.traffic), ...Object.keys(baseline.traffic)])];
  return names.flatMap((traffic) =>
    METRICS.map((spec) => {
      const now = readOrNull(current.traffic[traffic], spec);
      const before = readOrNull(baseline.traffic[traffic], spec);
      const delta = now !== null && before !== null ? now - before : null;
      const relative = delta !== null && before !== 0 ? delta / Math.abs(before!) : null;
      return { traffic, metric: spec.metric, kind: spec.kind, baseline: before, current: now, delta, relative, verdict: verdict(delta, before, spec) };
    }),
  );
}

function readOrNull(traffic: TrafficResult | undefined, spec: MetricSpec): number | null {
  if (!traffic) return null;
  const value = spec.read(traffic);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function verdict(delta: number | null, baseline: number | null, spec: MetricSpec): Verdict {
  if (delta === null || baseline === null) return 'unknown';
  const scale = Math.max(Math.abs(baseline), Math.abs(baseline + delta));
  if (Math.abs(delta) <= scale * SAME_WITHIN) return 'same';
  return delta > 0 === spec.higherIsBetter ? 'better' : 'worse';
}

/** The baseline point to compare a point with: same parameters, else same position, else the first. */
export function matchingPoint(baseline: Results, point: PointResult, index: number): PointResult | undefined {
  const key = paramsKey(point);
  return baseline.points.find((p) => paramsKey(p) === key) ?? baseline.points[index] ?? baseline.points[0];
}

function paramsKey(point: PointResult): string {
  return JSON.stringify(Object.entries(point.params).sort(([a], [b]) => (a < b ? -1 : 1)));
}
