// Metric paths: what `expect`, results, the CLI and inline hints name.
import type { MetricSpec } from './types';

const latency = (stat: string, what: string): MetricSpec => ({
  pattern: `<traffic>.latency.${stat}`,
  segments: [{ symbol: 'traffic' }, { literal: 'latency' }, { literal: stat }],
  unit: 'time',
  doc: `${what} latency of the traffic's packets (the round trip when it has a reply), after the warm-up.`,
});

export const METRICS: readonly MetricSpec[] = [
  latency('mean', 'Mean'),
  latency('p50', 'Median'),
  latency('p90', '90th-percentile'),
  latency('p99', '99th-percentile'),
  latency('p999', '99.9th-percentile'),
  latency('max', 'Maximum'),
  {
    pattern: '<traffic>.throughput',
    segments: [{ symbol: 'traffic' }, { literal: 'throughput' }],
    unit: 'bandwidth',
    doc: 'Delivered frame bits per second.',
  },
  {
    pattern: '<traffic>.pps',
    segments: [{ symbol: 'traffic' }, { literal: 'pps' }],
    unit: 'packetRate',
    doc: 'Delivered packets per second.',
  },
  {
    pattern: '<traffic>.drops',
    segments: [{ symbol: 'traffic' }, { literal: 'drops' }],
    unit: 'count',
    doc: 'Packets lost (ring, backlog, socket, wire); a packet dropped by `action = drop` is delivered, not lost.',
  },
  {
    pattern: '<traffic>.loss',
    segments: [{ symbol: 'traffic' }, { literal: 'loss' }],
    unit: 'percent',
    doc: 'Lost packets as a share of those sent.',
  },
  {
    pattern: '<host>.cpu.util',
    segments: [{ symbol: 'host' }, { literal: 'cpu' }, { literal: 'util' }],
    unit: 'percent',
    doc: 'Mean utilisation of the host\'s cores.',
  },
  {
    pattern: '<host>.core[N].util',
    segments: [{ symbol: 'host' }, { literal: 'core', indexed: true }, { literal: 'util' }],
    unit: 'percent',
    doc: 'Utilisation of core N of the host.',
  },
  {
    pattern: '<host>.llc.miss',
    segments: [{ symbol: 'host' }, { literal: 'llc' }, { literal: 'miss' }],
    unit: 'percent',
    doc: 'Share of the bytes copied to applications that DDIO could not keep in the LLC (read from memory).',
  },
  {
    pattern: '<chain>.<stage>.share',
    segments: [{ symbol: 'chain' }, { symbol: 'stage' }, { literal: 'share' }],
    unit: 'percent',
    doc: 'Share of the busy time of the chain\'s host spent in this stage (the per-stage CPU breakdown).',
  },
  {
    pattern: '<chain>.<stage>.wait',
    segments: [{ symbol: 'chain' }, { symbol: 'stage' }, { literal: 'wait' }],
    unit: 'time',
    doc: 'Mean time packets wait in the queue before this stage.',
  },
];

/** The unit kind of a metric path's value (`rpc.latency.p99` → `time`), or undefined for no known metric. */
export function metricUnit(path: string): MetricSpec['unit'] | undefined {
  const parts = path.split('.');
  const spec = METRICS.find(
    (metric) =>
      metric.segments.length === parts.length &&
      metric.segments.every((segment, i) =>
        'literal' in segment ? parts[i].replace(/\[\d+\]$/, '') === segment.literal : !parts[i].includes('['),
      ),
  );
  return spec?.unit;
}
