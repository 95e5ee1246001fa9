// Evaluates `expect` lines against a point's results, by the metric paths of
// DESIGN §2: <traffic>.latency.{mean,p50,p90,p99,p999,max},
// <traffic>.{throughput,pps,drops,loss,delivered,offered}, <host>.cpu.util,
// <host>.core[N].util, <host>.llc.miss, <chain>.<stage>.wait (also .wait.p99,
// .service), <chain>.<stage>.share.
import type { CompareOp, ExpectModel } from '../model';
import type { ExpectResult, LatencySummary, PointResult } from '../results';

const LATENCY_STATS = new Set(['mean', 'p50', 'p90', 'p99', 'p999', 'max']);

/** The value of `metric` in `point`, or NaN when it names nothing measurable. */
export function metricValue(point: PointResult, metric: string): number {
  const parts = metric.split('.');
  const [name, field, sub, extra] = parts;
  const traffic = Object.hasOwn(point.traffic, name) ? point.traffic[name] : undefined;
  if (traffic && field === 'latency' && parts.length === 3 && LATENCY_STATS.has(sub)) return traffic.latency[sub as keyof LatencySummary];
  if (traffic && parts.length === 2) {
    switch (field) {
      case 'throughput': return traffic.throughput;
      case 'pps': return traffic.pps;
      case 'loss': return traffic.loss;
      case 'delivered': return traffic.delivered;
      case 'offered': return traffic.offered;
      case 'drops': return traffic.drops.ring + traffic.drops.backlog + traffic.drops.socket + traffic.drops.wire;
    }
  }
  if (field === 'cpu' && sub === 'util' && parts.length === 3) return point.hosts?.[name]?.util ?? NaN;
  if (field === 'llc' && sub === 'miss' && parts.length === 3) return point.hosts?.[name]?.llcMissRate ?? NaN;
  const core = /^core\[(\d+)\]$/.exec(field ?? '');
  if (core && sub === 'util' && parts.length === 3) {
    const found = point.cores.find((entry) => entry.host === name && entry.core === Number(core[1]));
    return found ? found.util : NaN;
  }
  const stage = Object.hasOwn(point.stages, `${name}.${field}`) ? point.stages[`${name}.${field}`] : undefined;
  if (stage) {
    if (sub === 'wait' && (extra === undefined || extra === 'mean') && parts.length <= 4) return stage.wait.mean;
    if (sub === 'wait' && extra === 'p99' && parts.length === 4) return stage.wait.p99;
    if (sub === 'service' && (extra === undefined || extra === 'mean') && parts.length <= 4) return stage.service.mean;
    if (sub === 'packets' && parts.length === 3) return stage.packets;
  }
  if (sub === 'share' && parts.length === 3) return stageShare(point, `${name}.${field}`);
  return NaN;
}

/** Busy time in stage `key` over the busy time of the host(s) whose cores ran it, or NaN if none did. */
function stageShare(point: PointResult, key: string): number {
  const hosts = new Set(point.cores.filter((c) => Object.hasOwn(c.byStage, key)).map((c) => c.host));
  if (hosts.size === 0) return NaN;
  let stage = 0;
  let busy = 0;
  for (const core of point.cores) {
    if (!hosts.has(core.host)) continue;
    stage += core.byStage[key] ?? 0;
    busy += core.util;
  }
  return busy > 0 ? stage / busy : NaN;
}

export function compare(actual: number, op: CompareOp | string, value: number): boolean {
  if (Number.isNaN(actual)) return false;
  switch (op) {
    case '<': return actual < value;
    case '<=': return actual <= value;
    case '>': return actual > value;
    case '>=': return actual >= value;
    case '==': return Math.abs(actual - value) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(value));
    case '!=': return Math.abs(actual - value) > 1e-9 * Math.max(Math.abs(actual), Math.abs(value));
    default: return false;
  }
}

export function evaluateExpects(point: PointResult, expects: ExpectModel[]): ExpectResult[] {
  return expects.map((expect) => {
    const actual = metricValue(point, expect.metric);
    return {
      metric: expect.metric,
      op: expect.op,
      value: expect.value,
      actual: Number.isNaN(actual) ? null : actual,
      pass: compare(actual, expect.op, expect.value),
    };
  });
}
