// Browser side of `npm run reproduce`: draws a reproduction chart with the
// results panels' own chart code (uPlot with the panels' axes, series and
// PNG export, in a palette read like the panels read theirs) and returns it
// as a PNG data URL. Bundled by scripts/reproduce/render.ts.
import uPlot from 'uplot';
import { exportImage } from '../../client/webview/charts/export';
import { categoryAxis, categoryScale, lineSeries, paddedScale, xAxis, yAxis } from '../../client/webview/charts/parts';
import { formatPercent, formatPlain, formatValue } from '../../client/webview/format';
import { readPalette, seriesColor, withAlpha } from '../../client/webview/theme';
import type { ChartData, ValueFormat } from '../../test/research/charts';

const WIDTH = 760;
const HEIGHT = 320;

function formatter(format: ValueFormat | undefined): (value: number) => string {
  switch (format) {
    case 'gbps': return (v) => formatValue(v, 'bandwidth');
    case 'mpps': return (v) => formatValue(v, 'packetRate');
    case 'micros': return (v) => formatValue(v, 'time');
    case 'percent': return (v) => formatPercent(v);
    case 'times': return (v) => `${Number(v.toPrecision(3))}×`;
    case 'bytes': return (v) => formatValue(v, 'size');
    default: return (v) => formatPlain(v);
  }
}

/** Bars side by side: series j of category i sits at i + offset(j); each slot is its own x value. */
function groupedBars(data: ChartData): { x: number[]; values: (number | null)[][]; width: number } {
  const categories = data.x.categories ?? [];
  const k = data.series.length;
  const width = 0.8 / k;
  const x: number[] = [];
  const values: (number | null)[][] = data.series.map(() => []);
  categories.forEach((_, i) => {
    for (let j = 0; j < k; j++) {
      x.push(i - 0.4 + width * (j + 0.5));
      data.series.forEach((series, s) => values[s].push(s === j ? series.values[i] ?? null : null));
    }
  });
  return { x, values, width };
}

async function render(data: ChartData): Promise<string> {
  const palette = readPalette();
  const format = formatter(data.y.format);
  const box = document.createElement('div');
  box.style.width = `${WIDTH}px`;
  document.body.replaceChildren(box);
  const colour = (i: number) => seriesColor(palette, i);
  const legend = data.series.map((s, i) => ({ label: s.label, color: colour(i) }));
  const yScale: uPlot.Scale = { range: (_u, min, max) => [data.y.min ?? Math.min(0, min), max > 0 ? max * 1.12 : 1] };
  let options: uPlot.Options;
  let aligned: uPlot.AlignedData;
  if (data.kind === 'bars') {
    const categories = data.x.categories ?? [];
    const bars = groupedBars(data);
    const path = uPlot.paths.bars!({ size: [0.9, 120], align: 0 });
    aligned = [bars.x, ...bars.values] as uPlot.AlignedData;
    options = {
      width: WIDTH,
      height: HEIGHT,
      series: [
        {},
        ...data.series.map((s, i) => ({
          label: s.label,
          paths: path,
          points: { show: false },
          fill: s.published ? withAlpha(colour(i), 0.2) : colour(i),
          stroke: colour(i),
          width: s.published ? 2 : 0,
          dash: s.published ? [5, 3] : undefined,
        })),
      ],
      axes: [categoryAxis(palette, data.x.label, categories), yAxis(palette, data.y.label, format)],
      scales: { x: categoryScale(categories.length), y: yScale },
      legend: { show: false },
      cursor: { show: false },
    };
  } else {
    const xs = data.x.values ?? [];
    const xFormat = formatter(data.x.format);
    aligned = [xs, ...data.series.map((s) => s.values)] as uPlot.AlignedData;
    options = {
      width: WIDTH,
      height: HEIGHT,
      series: [
        {},
        ...data.series.map((s, i) =>
          lineSeries(s.label, colour(i), format, s.published ? { dash: [6, 4], width: 1.5 } : { points: { show: true, size: 7, fill: colour(i) } }),
        ),
      ],
      axes: [xAxis(palette, data.x.label, xFormat, { splits: () => xs }), yAxis(palette, data.y.label, format)],
      scales: { x: paddedScale(xs), y: yScale },
      legend: { show: false },
      cursor: { show: false },
    };
  }
  const plot = new uPlot(options, aligned, box);
  // uPlot draws in a microtask after construction; wait for a frame.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const png = exportImage(plot, data.title, legend, palette);
  plot.destroy();
  return png;
}

(window as unknown as { renderChart: typeof render }).renderChart = render;
