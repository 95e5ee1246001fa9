// Turns what a point's replications measured into its PointResult (SI units:
// seconds, bits per second, packets per second; fractions 0..1).
import { CTX_COUNT, CTX_NAMES, DROP_PLACES } from '../engine/codes';
import { toSeconds } from '../engine/time';
import type { CoreResult, HostResult, PointResult, StageResult, TrafficResult } from '../results';
import type { Metrics } from './collector';
import {
  K_BUDGET_STOPS, K_COUNT, K_KSOFTIRQD_WAKEUPS, K_MAX_PER_POLL, K_MAX_PER_ROUND, K_POLLED, K_POLLS, K_RESTARTS, K_ROUNDS,
  K_TIME_STOPS,
} from './collector';
import { evaluateExpects } from './expects';

export function buildPointResult(metrics: Metrics): PointResult {
  const plan = metrics.plan;
  const model = plan.model;
  const replications = Math.max(1, metrics.replications);
  const measuredPs = plan.durationPs * replications;
  const seconds = toSeconds(measuredPs);

  const traffic: Record<string, TrafficResult> = {};
  plan.traffic.forEach((planned, t) => {
    const histogram = metrics.latency[t];
    const drops = Object.fromEntries(DROP_PLACES.map((place, i) => [place, metrics.drops[t * 4 + i]])) as unknown as TrafficResult['drops'];
    const dropped = drops.ring + drops.backlog + drops.socket + drops.wire;
    const offered = metrics.offered[t];
    const buckets = histogram.buckets();
    traffic[planned.model.name] = {
      throughput: (metrics.completedBytes[t] * 8) / seconds,
      pps: metrics.completed[t] / seconds,
      delivered: metrics.delivered[t],
      offered,
      offeredThroughput: (metrics.offeredBytes[t] * 8) / seconds,
      latency: {
        mean: toSeconds(histogram.mean()),
        p50: toSeconds(histogram.quantile(0.5)),
        p90: toSeconds(histogram.quantile(0.9)),
        p99: toSeconds(histogram.quantile(0.99)),
        p999: toSeconds(histogram.quantile(0.999)),
        max: toSeconds(histogram.total > 0 ? histogram.max : NaN),
      },
      histogram: { edges: buckets.edges.map(toSeconds), counts: buckets.counts },
      drops,
      loss: offered > 0 ? dropped / offered : 0,
      inFlight: metrics.inFlight[t],
      inSystem: metrics.occupancy[t] / measuredPs,
    };
  });

  const cores: CoreResult[] = [];
  const hosts: Record<string, HostResult> = {};
  const slots = metrics.overheadSlot + 1;
  plan.hosts.forEach((host, h) => {
    if (host.coreBase < 0) return;
    let utilSum = 0;
    for (let local = 0; local < host.model.cpu.cores; local++) {
      const c = host.coreBase + local;
      const byContext: Record<string, number> = {};
      let busy = 0;
      for (let context = 0; context < CTX_COUNT; context++) {
        const ps = metrics.coreContext[c * CTX_COUNT + context];
        byContext[CTX_NAMES[context]] = ps / measuredPs;
        busy += ps;
      }
      const byStage: Record<string, number> = {};
      for (let slot = 0; slot < slots; slot++) {
        const ps = metrics.coreSlot[c * slots + slot];
        if (ps > 0) byStage[slot === metrics.overheadSlot ? 'overhead' : plan.stageKeys[slot]] = ps / measuredPs;
      }
      const util = Math.min(1, busy / measuredPs);
      utilSum += util;
      const core: CoreResult = { host: host.name, core: local, util, byContext, byStage };
      const k = c * K_COUNT;
      if (metrics.kernel[k + K_POLLS] > 0) {
        core.kernel = {
          polls: metrics.kernel[k + K_POLLS],
          packets: metrics.kernel[k + K_POLLED],
          maxPerPoll: metrics.kernel[k + K_MAX_PER_POLL],
          rounds: metrics.kernel[k + K_ROUNDS],
          maxPerRound: metrics.kernel[k + K_MAX_PER_ROUND],
          budgetStops: metrics.kernel[k + K_BUDGET_STOPS],
          timeStops: metrics.kernel[k + K_TIME_STOPS],
          restarts: metrics.kernel[k + K_RESTARTS],
          ksoftirqdWakeups: metrics.kernel[k + K_KSOFTIRQD_WAKEUPS],
        };
      }
      cores.push(core);
    }
    const copied = metrics.copiedBytes[h];
    hosts[host.name] = { util: utilSum / host.model.cpu.cores, llcMissRate: copied > 0 ? metrics.missedBytes[h] / copied : null };
  });

  const stages: Record<string, StageResult> = {};
  for (let slot = 0; slot < plan.slotCount; slot++) {
    const wait = metrics.stageWait[slot];
    const packets = wait.total;
    // Transmit pseudo-stages appear only when they did work.
    if (slot >= plan.stageCount && packets === 0) continue;
    stages[plan.stageKeys[slot]] = {
      wait: { mean: packets > 0 ? toSeconds(wait.mean()) : NaN, p99: packets > 0 ? toSeconds(wait.quantile(0.99)) : NaN },
      service: { mean: packets > 0 ? toSeconds(metrics.stageServiceSum[slot] / packets) : NaN },
      packets,
    };
  }

  const points = metrics.points;
  const binSeconds = toSeconds(metrics.binPs);
  const timeseries: PointResult['timeseries'] = {
    t: Array.from({ length: points }, (_, i) => toSeconds(Math.round((i + 1) * metrics.binPs))),
    traffic: {},
    cores: {},
  };
  plan.traffic.forEach((planned, t) => {
    const throughput: number[] = [];
    const p99: number[] = [];
    for (let i = 0; i < points; i++) {
      throughput.push((metrics.seriesBytes[t * points + i] * 8) / (binSeconds * replications));
      const count = metrics.seriesP99Count[t * points + i];
      p99.push(count > 0 ? toSeconds(metrics.seriesP99Sum[t * points + i] / count) : NaN);
    }
    timeseries.traffic[planned.model.name] = { throughput, p99 };
  });
  plan.hosts.forEach((host) => {
    if (host.coreBase < 0) return;
    for (let local = 0; local < host.model.cpu.cores; local++) {
      const c = host.coreBase + local;
      const series: number[] = [];
      for (let i = 0; i < points; i++) series.push(Math.min(1, metrics.coreSeries[c * points + i] / (metrics.binPs * replications)));
      timeseries.cores[`${host.name}.${local}`] = series;
    }
  });

  const point: PointResult = {
    params: { ...model.params },
    traffic,
    cores,
    stages,
    expects: [],
    timeseries,
    events: metrics.events,
    hosts,
  };
  point.expects = evaluateExpects(point, model.expects);
  return point;
}
