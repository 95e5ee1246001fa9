// The results panel: a header (file, scenario and point selectors, progress),
// the view tabs and the shown view. Only the shown view is drawn; its charts
// are made again when the point, the view or the theme changes.
import { RESULTS_SCHEMA, type PointResult, type Results } from '../../simulator/results';
import { Charts } from './charts/chart';
import { pointLabel, sweptParams } from './data/points';
import { h, labelledSelect, note } from './dom';
import type { Host } from './host';
import type { ToWebview } from './protocol';
import { isShow, restoreState, VIEW_IDS, type PanelState, type ViewId } from './state';
import { createTabs, type Tabs } from './tabs';
import { readPalette, type Palette } from './theme';
import { VIEWS } from './views';

const NO_RESULTS: Results = { schema: RESULTS_SCHEMA, scenario: '', points: [], meta: { seed: 0, events: 0, wallSeconds: 0, version: '' } };
const NO_POINT: PointResult = { params: {}, traffic: {}, cores: [], stages: {}, expects: [], timeseries: { t: [], traffic: {}, cores: {} }, events: 0 };

export class App {
  private state: PanelState;
  private palette: Palette;
  private charts: Charts | undefined;
  private tabs: Tabs<ViewId> | undefined;
  private readonly progress = h('progress', { max: 1, class: 'run-progress', 'aria-label': 'Simulation progress', hidden: true });
  private readonly status = h('p', { class: 'status-line', role: 'status' });

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
  ) {
    this.state = restoreState(host.saved());
    this.palette = readPalette();
  }

  start(): void {
    this.renderFrame();
    this.host.post({ type: 'ready' });
  }

  receive(message: ToWebview): void {
    if (message?.type === 'progress') {
      const fraction = Math.min(1, Math.max(0, Number(message.fraction) || 0));
      this.progress.hidden = fraction >= 1;
      this.progress.value = fraction;
      this.status.textContent = fraction >= 1 ? '' : (message.message ?? `Simulating… ${Math.round(fraction * 100)}%`);
    } else if (isShow(message)) {
      this.progress.hidden = true;
      this.status.textContent = '';
      const view = message.view && VIEW_IDS.includes(message.view) ? { view: message.view } : {};
      this.update({ show: message, ...view }, true);
    }
  }

  /** The theme changed: read its colours again and redraw the charts. */
  themeChanged(): void {
    this.palette = readPalette();
    this.renderView();
  }

  private update(patch: Partial<PanelState>, rebuildFrame = false): void {
    this.state = { ...this.state, ...patch };
    this.clampSelection();
    this.host.save(this.state);
    if (rebuildFrame) this.renderFrame();
    else this.renderView();
  }

  private clampSelection(): void {
    const results = this.state.show?.results ?? [];
    if (this.state.scenario >= results.length) this.state.scenario = 0;
    if (this.state.point >= (results[this.state.scenario]?.points.length ?? 0)) this.state.point = 0;
  }

  private current(): { results: Results; point: PointResult } {
    const results = this.state.show?.results[this.state.scenario] ?? NO_RESULTS;
    return { results, point: results.points[this.state.point] ?? NO_POINT };
  }

  /** Header and tabs. */
  private renderFrame(): void {
    this.clampSelection();
    const show = this.state.show;
    const header = h('header', { class: 'panel-header' });
    const title = show?.file ? show.file.slice(show.file.lastIndexOf('/') + 1) : 'hostnet results';
    header.append(h('h1', {}, title), this.selectors(), this.progress);
    this.tabs = createTabs('Result views', VIEWS.map(({ id, label }) => ({ id, label })), this.state.view, (view) => this.update({ view }));
    keepingFocus(() => {
      this.root.replaceChildren(header, this.status, this.unsupported(), this.tabs!.list, this.tabs!.panel);
      this.renderView();
    });
  }

  private selectors(): HTMLElement {
    const controls = h('div', { class: 'controls' });
    const results = this.state.show?.results ?? [];
    if (results.length > 1) {
      controls.append(
        labelledSelect('scenario', results.map((r, i) => ({ value: String(i), text: r.scenario })), String(this.state.scenario), (value) =>
          this.update({ scenario: Number(value), point: 0 }, true),
        ),
      );
    }
    const { points, paramUnits } = this.current().results;
    if (points.length > 1) {
      const swept = sweptParams(points);
      controls.append(
        labelledSelect('point', points.map((p, i) => ({ value: String(i), text: pointLabel(p, i, swept, paramUnits) })), String(this.state.point), (value) =>
          this.update({ point: Number(value) }),
        ),
      );
    }
    return controls;
  }

  /** Says so when results of another schema version were sent. */
  private unsupported(): HTMLElement | string {
    const other = (this.state.show?.results ?? []).find((r) => r.schema !== RESULTS_SCHEMA);
    return other ? note(`Results of schema “${String(other.schema)}” may not show correctly; this panel reads ${RESULTS_SCHEMA}.`) : '';
  }

  private renderView(): void {
    keepingFocus(() => this.drawView());
  }

  private drawView(): void {
    if (!this.tabs) return;
    this.charts?.destroy();
    const panel = this.tabs.panel;
    panel.replaceChildren();
    this.tabs.select(this.state.view);
    const show = this.state.show;
    if (!show) {
      panel.append(note('No results yet. Run a scenario (the “Run” lens above each scenario in a .hnet file) to see them here.'));
      return;
    }
    const view = VIEWS.find((v) => v.id === this.state.view) ?? VIEWS[0];
    const { results, point } = this.current();
    if (results.points.length === 0 && view.id !== 'topology') {
      panel.append(note(show.results.length === 0 ? 'No run yet: this panel shows the topology until a scenario runs.' : 'This run has no points.'));
      return;
    }
    this.charts = new Charts(this.palette, (message) => this.host.post(message));
    view.render(panel, {
      show,
      results,
      point,
      pointIndex: this.state.point,
      swept: sweptParams(results.points),
      state: this.state,
      palette: this.palette,
      charts: this.charts,
      update: (patch) => this.update(patch),
      post: (message) => this.host.post(message),
    });
  }
}

/** Runs a redraw and puts focus back on the control (found by id) that had it. */
function keepingFocus(redraw: () => void): void {
  const focused = document.activeElement?.id;
  redraw();
  if (focused && document.activeElement?.id !== focused) document.getElementById(focused)?.focus();
}
