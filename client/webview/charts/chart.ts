// One uPlot chart in a captioned card with an "Export PNG" button; the
// `Charts` set keeps the charts of the shown view sized to their box and
// destroys them when the view changes.
import uPlot from 'uplot';
import type { FromWebview } from '../protocol';
import { h } from '../dom';
import type { Palette } from '../theme';
import { exportImage, type LegendEntry } from './export';

export interface ChartSpec {
  title: string;
  /** Suggested file name of the exported image, without extension. */
  fileName: string;
  /** What the chart shows, for screen readers. */
  description: string;
  /** x values first, then one array per series. */
  data: uPlot.AlignedData;
  /** The x series first, as uPlot wants. */
  series: uPlot.Series[];
  axes: uPlot.Axis[];
  scales?: uPlot.Scales;
  /** Stacked series (see `stackedBars`). */
  bands?: uPlot.Band[];
  height?: number;
  /** Drag-to-zoom along x (off for bar charts, where it means nothing). */
  zoom?: boolean;
}

interface Shown {
  plot: uPlot;
  box: HTMLElement;
  height: number;
}

export class Charts {
  private shown: Shown[] = [];
  private readonly observer = new ResizeObserver(() => this.fit());

  constructor(
    private readonly palette: Palette,
    private readonly post: (message: FromWebview) => void,
  ) {}

  /** Appends the chart's card to `parent` (which must be in the document, so it has a width). */
  add(parent: HTMLElement, spec: ChartSpec): HTMLElement {
    const legend: LegendEntry[] = spec.series.slice(1).map((s) => ({
      label: String(s.label ?? ''),
      color: String((typeof s.fill === 'string' && s.fill) || s.stroke || this.palette.foreground),
    }));
    const button = h('button', { type: 'button', class: 'export', 'aria-label': `Export “${spec.title}” as PNG` }, 'Export PNG');
    const box = h('div', { class: 'plot', role: 'img', 'aria-label': spec.description });
    const card = h('figure', { class: 'chart' }, h('figcaption', {}, h('span', { class: 'chart-title' }, spec.title), button), box);
    parent.append(card);

    const height = spec.height ?? 260;
    const options: uPlot.Options = {
      width: this.widthOf(box),
      height,
      series: spec.series,
      axes: spec.axes,
      bands: spec.bands,
      scales: { ...spec.scales, x: { time: false, ...spec.scales?.x } },
      cursor: spec.zoom === false ? { drag: { x: false, y: false } } : { drag: { x: true, y: false } },
      legend: { live: true },
    };
    const plot = new uPlot(options, spec.data, box);
    this.shown.push({ plot, box, height });
    this.observer.observe(box);
    button.addEventListener('click', () => {
      const dataUrl = exportImage(plot, spec.title, legend, this.palette);
      this.post({ type: 'export', format: 'png', dataUrl, name: spec.fileName });
    });
    return card;
  }

  destroy(): void {
    this.observer.disconnect();
    for (const { plot } of this.shown) plot.destroy();
    this.shown = [];
  }

  private fit(): void {
    for (const { plot, box, height } of this.shown) {
      const width = this.widthOf(box);
      if (Math.abs(width - plot.width) > 1) plot.setSize({ width, height });
    }
  }

  private widthOf(box: HTMLElement): number {
    return Math.max(240, Math.floor(box.clientWidth));
  }
}
