// (3) Over time: throughput and p99 latency of each traffic in each sample
// interval of the measured run.
import { note } from '../dom';
import { formatBandwidth, formatTime } from '../format';
import { lineSeries, xAxis, yAxis } from '../charts/parts';
import { seriesColor } from '../theme';
import type { View } from './view';

export const timeseriesView: View = {
  id: 'timeseries',
  label: 'Over time',
  render(panel, { point, palette, charts, results }) {
    const series = point.timeseries;
    const names = Object.keys(series?.traffic ?? {});
    if (!series || series.t.length === 0 || names.length === 0) {
      panel.append(note('This point recorded no time series.'));
      return;
    }
    const time = { label: 'time', value: (_u: unknown, v: number) => formatTime(v) };
    const column = (values: number[] | undefined) => series.t.map((_, i) => finiteOrNull(values?.[i]));
    charts.add(panel, {
      title: 'Throughput over time',
      fileName: `${results.scenario}-throughput-over-time`,
      description: `Delivered throughput per sample interval for ${names.join(', ')}`,
      data: [series.t, ...names.map((name) => column(series.traffic[name].throughput))],
      series: [time, ...names.map((name, i) => lineSeries(name, seriesColor(palette, i), formatBandwidth))],
      scales: { y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      axes: [xAxis(palette, 'time since measurement start', formatTime), yAxis(palette, 'throughput', formatBandwidth)],
    });
    charts.add(panel, {
      title: 'p99 latency over time',
      fileName: `${results.scenario}-p99-over-time`,
      description: `99th percentile latency per sample interval for ${names.join(', ')}`,
      data: [series.t, ...names.map((name) => column(series.traffic[name].p99))],
      series: [time, ...names.map((name, i) => lineSeries(name, seriesColor(palette, i), formatTime))],
      scales: { y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1e-6] } },
      axes: [xAxis(palette, 'time since measurement start', formatTime), yAxis(palette, 'p99 latency', formatTime)],
    });
  },
};

function finiteOrNull(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
