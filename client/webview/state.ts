// The panel state: defaults, and a check of what `getState` hands back (it
// may come from an older version of the panel).
import { SWEEP_METRICS, VIEW_IDS, type PanelState, type ShowMessage } from './protocol';

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
