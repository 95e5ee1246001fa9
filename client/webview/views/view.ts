// What every view gets to draw itself: the shown results, the chosen scenario
// and point, the theme, and ways to change the panel state or talk to the
// extension.
import type { PointResult, Results } from '../../../simulator/results';
import type { Charts } from '../charts/chart';
import type { FromWebview, ShowMessage } from '../protocol';
import type { PanelState, ViewId } from '../state';
import type { Palette } from '../theme';

export interface ViewContext {
  show: ShowMessage;
  /** The chosen scenario's results. */
  results: Results;
  /** The chosen sweep point. */
  point: PointResult;
  pointIndex: number;
  /** Names of the parameters that vary between points. */
  swept: string[];
  state: PanelState;
  palette: Palette;
  charts: Charts;
  /** Changes the panel state and draws the view again. */
  update(patch: Partial<PanelState>): void;
  post(message: FromWebview): void;
}

export interface View {
  id: ViewId;
  label: string;
  /** Draws into `panel`, which is empty, in the document and visible. */
  render(panel: HTMLElement, context: ViewContext): void;
}
