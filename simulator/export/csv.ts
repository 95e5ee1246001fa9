// CSV export of a run: one table per file — traffic summary per point, cores,
// stages. Each row starts with the point number and its swept parameters.
// Numbers are SI (seconds, bits/s, packets/s); unmeasured values are empty.
import type { PointResult, Results } from '../results';

export interface CsvTable {
  /** File name, e.g. `traffic.csv`. */
  name: string;
  text: string;
}

type Cell = string | number | null | undefined;

export function toCsv(results: Results): CsvTable[] {
  const params = unionKeys(results.points.map((point) => Object.keys(point.params)));
  const lead = (index: number, point: PointResult): Cell[] => [index, ...params.map((key) => point.params[key])];
  const head = ['point', ...params];

  const traffic: Cell[][] = [[...head, 'traffic', 'throughput_bps', 'pps', 'delivered', 'offered', 'offered_bps', 'latency_mean_s',
    'latency_p50_s', 'latency_p90_s', 'latency_p99_s', 'latency_p999_s', 'latency_max_s', 'drops_ring', 'drops_backlog', 'drops_socket',
    'drops_wire', 'loss']];
  results.points.forEach((point, index) => {
    for (const [name, t] of Object.entries(point.traffic)) {
      const l = t.latency;
      traffic.push([...lead(index, point), name, t.throughput, t.pps, t.delivered, t.offered, t.offeredThroughput, l.mean, l.p50, l.p90,
        l.p99, l.p999, l.max, t.drops.ring, t.drops.backlog, t.drops.socket, t.drops.wire, t.loss]);
    }
  });

  const contexts = unionKeys(results.points.flatMap((point) => point.cores.map((core) => Object.keys(core.byContext))));
  const stageKeys = unionKeys(results.points.flatMap((point) => point.cores.map((core) => Object.keys(core.byStage))));
  const cores: Cell[][] = [[...head, 'host', 'core', 'util', ...contexts.map((c) => `ctx:${c}`), ...stageKeys.map((s) => `stage:${s}`)]];
  results.points.forEach((point, index) => {
    for (const core of point.cores) {
      cores.push([...lead(index, point), core.host, core.core, core.util, ...contexts.map((c) => core.byContext[c] ?? 0),
        ...stageKeys.map((s) => core.byStage[s] ?? 0)]);
    }
  });

  const stages: Cell[][] = [[...head, 'stage', 'wait_mean_s', 'wait_p99_s', 'service_mean_s', 'packets']];
  results.points.forEach((point, index) => {
    for (const [name, stage] of Object.entries(point.stages)) {
      stages.push([...lead(index, point), name, stage.wait.mean, stage.wait.p99, stage.service.mean, stage.packets]);
    }
  });

  return [
    { name: 'traffic.csv', text: render(traffic) },
    { name: 'cores.csv', text: render(cores) },
    { name: 'stages.csv', text: render(stages) },
  ];
}

function unionKeys(lists: string[][]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const key of list) seen.add(key);
  return [...seen];
}

function render(rows: Cell[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
