// Per-stage results grouped by chain, in path order: the diagram's order when
// the topology is known, else the order the results list them.
import type { PointResult } from '../../../simulator/results';
import type { Topology } from '../protocol';

export interface StageRow {
  /** `chain.stage`, the results' key. */
  key: string;
  name: string;
  wait: number;
  waitP99: number;
  service: number;
  packets: number;
}

export interface ChainStages {
  chain: string;
  stages: StageRow[];
}

export function chainStages(point: PointResult, topology?: Topology): ChainStages[] {
  const byChain = new Map<string, StageRow[]>();
  for (const [key, stage] of Object.entries(point.stages ?? {})) {
    const dot = key.indexOf('.');
    const chain = dot < 0 ? key : key.slice(0, dot);
    const rows = byChain.get(chain) ?? [];
    rows.push({
      key,
      name: dot < 0 ? key : key.slice(dot + 1),
      wait: finite(stage.wait?.mean),
      waitP99: finite(stage.wait?.p99),
      service: finite(stage.service?.mean),
      packets: finite(stage.packets),
    });
    byChain.set(chain, rows);
  }
  return [...byChain].map(([chain, stages]) => {
    const order = topology?.chains.find((c) => c.name === chain)?.stages.map((s) => s.name) ?? [];
    const rank = (name: string) => {
      const at = order.indexOf(name);
      return at < 0 ? order.length : at;
    };
    // Array.prototype.sort is stable: stages the diagram does not know keep their order, at the end.
    return { chain, stages: [...stages].sort((a, b) => rank(a.name) - rank(b.name)) };
  });
}

export interface WaterfallStep {
  name: string;
  /** Time spent before this stage, seconds. */
  start: number;
  wait: number;
  service: number;
}

/** Mean wait then service of each stage, laid end to end. */
export function waterfall(stages: StageRow[]): WaterfallStep[] {
  let clock = 0;
  return stages.map((stage) => {
    const step = { name: stage.name, start: clock, wait: stage.wait, service: stage.service };
    clock += stage.wait + stage.service;
    return step;
  });
}

/** Each stage's busy time in cores (0.5 = half of one core), summed over every core it ran on. */
export function stageUtilisation(point: PointResult): Map<string, number> {
  const busy = new Map<string, number>();
  for (const core of point.cores ?? []) {
    for (const [key, fraction] of Object.entries(core.byStage ?? {})) {
      busy.set(key, (busy.get(key) ?? 0) + finite(fraction));
    }
  }
  return busy;
}

function finite(value: number | undefined | null): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
