// A latency histogram (log-spaced buckets, upper edges) as a cumulative
// distribution: the fraction of packets at or below each edge.
import type { Histogram } from '../../../simulator/results';

export interface Cdf {
  /** Latency, seconds, ascending and > 0 (the chart's x axis is logarithmic). */
  x: number[];
  /** Fraction of packets, 0..1. */
  y: number[];
}

/** Null when the histogram holds no packet. */
export function histogramCdf(histogram: Histogram | undefined): Cdf | null {
  if (!histogram) return null;
  const buckets = histogram.edges
    .map((edge, i) => ({ edge, count: histogram.counts[i] ?? 0 }))
    .filter((b) => b.edge > 0 && Number.isFinite(b.edge) && Number.isFinite(b.count) && b.count >= 0);
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total <= 0) return null;
  const first = buckets.findIndex((b) => b.count > 0);
  let last = buckets.length - 1;
  while (buckets[last].count === 0) last--;
  const cdf: Cdf = { x: [], y: [] };
  // Start the curve at 0 on the lower edge of the first non-empty bucket.
  const lower = first > 0 ? buckets[first - 1].edge : lowerEdgeOfFirst(buckets.map((b) => b.edge));
  if (lower !== undefined) {
    cdf.x.push(lower);
    cdf.y.push(0);
  }
  let seen = 0;
  for (let i = first; i <= last; i++) {
    seen += buckets[i].count;
    cdf.x.push(buckets[i].edge);
    cdf.y.push(seen / total);
  }
  return cdf;
}

/** Buckets are log-spaced, so the first one's lower edge is its upper edge over the ratio. */
function lowerEdgeOfFirst(edges: number[]): number | undefined {
  if (edges.length < 2) return undefined;
  const ratio = edges[1] / edges[0];
  return ratio > 1 ? edges[0] / ratio : undefined;
}
