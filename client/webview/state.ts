// The panel state: defaults, and a check of what `getState` hands back (it
// may come from an older version of the panel).
import type { ShowMessage } from './protocol';

export const VIEW_IDS = ['summary', 'cdf', 'timeseries', 'cores', 'stages', 'sweep', 'compare', 'expects', 'topology'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const SWEEP_METRICS = ['p99', 'mean', 'throughput', 'pps', 'drops'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** What the panel keeps through `setState`, so it comes back the same after a reload. */
export interface PanelState {
  show?: ShowMessage;
  view: ViewId;
  scenario: number;
  point: number;
  sweepX?: string;
  sweepMetric: SweepMetric;
  /** Which run the comparison view uses as baseline: `baseline`, or a scenario index. */
  compareWith?: 'baseline' | number;
}

export function defaultState(): PanelState {
  return { view: 'summary', scenario: 0, point: 0, sweepMetric: 'p99' };
}

export function restoreState(saved: unknown): PanelState {
  const state = defaultState();
  if (!saved || typeof saved !== 'object') return state;
  const s = saved as Partial<Record<keyof PanelState, unknown>>;
  if (isShow(s.show)) state.show = s.show;
  if (VIEW_IDS.includes(s.view as PanelState['view'])) state.view = s.view as PanelState['view'];
  if (isIndex(s.scenario)) state.scenario = s.scenario;
  if (isIndex(s.point)) state.point = s.point;
  if (typeof s.sweepX === 'string') state.sweepX = s.sweepX;
  if (SWEEP_METRICS.includes(s.sweepMetric as PanelState['sweepMetric'])) state.sweepMetric = s.sweepMetric as PanelState['sweepMetric'];
  if (s.compareWith === 'baseline' || isIndex(s.compareWith)) state.compareWith = s.compareWith;
  return state;
}

export function isShow(message: unknown): message is ShowMessage {
  const m = message as ShowMessage | undefined;
  return !!m && m.type === 'show' && Array.isArray(m.results);
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
