// Reading sweep points: which parameters vary, how to name a point, which
// traffic a scenario has.
import type { Drops, PointResult, Results } from '../../../simulator/results';
import { formatParam } from '../format';

/** Parameters whose value differs between points, in the order the first point lists them. */
export function sweptParams(points: PointResult[]): string[] {
  const keys = [...new Set(points.flatMap((point) => Object.keys(point.params)))];
  return keys.filter((key) => new Set(points.map((point) => String(point.params[key]))).size > 1);
}

/** `bulk.rate=40G · overlay.priority=prism`, or `point 2` when nothing is swept. */
export function pointLabel(point: PointResult, index: number, swept: string[], units?: Results['paramUnits']): string {
  if (swept.length === 0) return `point ${index + 1}`;
  return swept.map((key) => `${key}=${key in point.params ? formatParam(key, point.params[key], units) : '—'}`).join(' · ');
}

/** Every traffic name of the results, in first-seen order. */
export function trafficNames(results: Results): string[] {
  return [...new Set(results.points.flatMap((point) => Object.keys(point.traffic)))];
}

/** Drops at every place (ring, backlog, socket, wire, and any place added later). */
export function totalDrops(drops: Drops | undefined): number {
  if (!drops) return 0;
  return Object.values(drops).reduce((sum: number, count) => sum + (Number.isFinite(count) ? Number(count) : 0), 0);
}
