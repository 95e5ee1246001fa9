// (4) Per-core utilisation: stacked by execution context and by stage, and
// each core's utilisation over time.
import type uPlot from 'uplot';
import { coreLayers, type Layers } from '../data/cores';
import { note } from '../dom';
import { formatPercent, formatTime } from '../format';
import { categoryAxis, categoryScale, lineSeries, stackedBars, xAxis, yAxis } from '../charts/parts';
import type { Charts } from '../charts/chart';
import { seriesColor, type Palette } from '../theme';
import type { View } from './view';

export const coresView: View = {
  id: 'cores',
  label: 'Cores',
  render(panel, { point, palette, charts, results }) {
    const cores = point.cores ?? [];
    if (cores.length === 0) {
      panel.append(note('No core did any work at this point.'));
      return;
    }
    const file = results.scenario;
    addStack(panel, charts, palette, 'Core utilisation by context', `${file}-cores-by-context`, coreLayers(cores, (c) => c.byContext));
    addStack(panel, charts, palette, 'Core utilisation by stage', `${file}-cores-by-stage`, coreLayers(cores, (c) => c.byStage));

    const samples = point.timeseries;
    const keys = Object.keys(samples?.cores ?? {});
    if (samples && samples.t.length > 0 && keys.length > 0) {
      charts.add(panel, {
        title: 'Core utilisation over time',
        fileName: `${file}-cores-over-time`,
        description: `Utilisation per sample interval of ${keys.join(', ')}`,
        data: [samples.t, ...keys.map((key) => samples.cores[key])],
        series: [
          { label: 'time', value: (_u, v) => formatTime(v) },
          ...keys.map((key, i) => lineSeries(key, seriesColor(palette, i), formatPercent)),
        ],
        scales: { y: { range: [0, 1] } },
        axes: [xAxis(palette, 'time since measurement start', formatTime), yAxis(palette, 'busy', formatPercent)],
      });
    }
  },
};

function addStack(panel: HTMLElement, charts: Charts, palette: Palette, title: string, fileName: string, { labels, layers }: Layers): void {
  if (layers.length === 0) {
    panel.append(note(`${title}: not recorded.`));
    return;
  }
  const x = labels.map((_, i) => i);
  const stack = stackedBars(
    layers.map((layer, i) => ({ ...layer, color: seriesColor(palette, i) })),
    x,
    formatPercent,
  );
  const top = Math.max(1, ...stack.data.slice(1).flatMap((s) => Array.from(s as number[])));
  const scales: uPlot.Scales = { x: categoryScale(labels.length), y: { range: [0, top] } };
  charts.add(panel, {
    title,
    fileName,
    description: `${title}: ${layers.map((l) => l.name).join(', ')} on ${labels.join(', ')}`,
    data: stack.data,
    series: [{ label: 'core', value: (_u, v) => labels[v] ?? '' }, ...stack.series],
    bands: stack.bands,
    scales,
    zoom: false,
    axes: [categoryAxis(palette, '', labels), yAxis(palette, 'busy', formatPercent)],
  });
}
