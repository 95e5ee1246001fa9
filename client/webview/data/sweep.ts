// A sweep plot's data: one metric of one traffic against one swept parameter,
// one line per combination of the other parameters' values.
import type { PointResult, Results, TrafficResult } from '../../../simulator/results';
import type { SweepMetric } from '../state';
import type { ValueKind } from '../format';
import { formatParam } from '../format';
import { totalDrops } from './points';

export interface SweepPlot {
  /** Numeric parameter values, or indices into `categories` for text values. */
  x: number[];
  /** Set when the parameter's values are text (such as `none`, `prism`). */
  categories?: string[];
  lines: { label: string; y: (number | null)[] }[];
}

export const SWEEP_METRIC_INFO: Record<SweepMetric, { label: string; kind: ValueKind }> = {
  p99: { label: 'p99 latency', kind: 'time' },
  mean: { label: 'mean latency', kind: 'time' },
  throughput: { label: 'throughput', kind: 'bandwidth' },
  pps: { label: 'packet rate', kind: 'packetRate' },
  drops: { label: 'drops', kind: 'count' },
};

export function metricValue(traffic: TrafficResult | undefined, metric: SweepMetric): number | null {
  if (!traffic) return null;
  const value =
    metric === 'p99' ? traffic.latency?.p99
    : metric === 'mean' ? traffic.latency?.mean
    : metric === 'drops' ? totalDrops(traffic.drops)
    : traffic[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function sweepPlot(
  points: PointResult[],
  parameter: string,
  others: string[],
  traffic: string,
  metric: SweepMetric,
  units?: Results['paramUnits'],
): SweepPlot {
  const values = [...new Map(points.map((p) => [String(p.params[parameter]), p.params[parameter]])).values()];
  const numeric = values.every((v) => typeof v === 'number');
  const ordered = numeric ? [...values].sort((a, b) => Number(a) - Number(b)) : values;
  const position = new Map(ordered.map((v, i) => [String(v), i]));

  const lines = new Map<string, (number | null)[]>();
  for (const point of points) {
    if (!(parameter in point.params)) continue;
    const label = others.map((key) => `${key}=${formatParam(key, point.params[key] ?? '—', units)}`).join(' · ') || traffic;
    const y = lines.get(label) ?? ordered.map(() => null);
    y[position.get(String(point.params[parameter]))!] = metricValue(point.traffic[traffic], metric);
    lines.set(label, y);
  }
  return {
    x: numeric ? ordered.map(Number) : ordered.map((_, i) => i),
    categories: numeric ? undefined : ordered.map(String),
    lines: [...lines].map(([label, y]) => ({ label, y })),
  };
}
