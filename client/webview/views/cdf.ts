// (2) Latency CDF: the share of packets at or below each latency, one line
// per traffic, on a logarithmic latency axis.
import uPlot from 'uplot';
import { histogramCdf } from '../data/cdf';
import { note } from '../dom';
import { formatPercent, formatTime } from '../format';
import { lineSeries, logAxis, xAxis, yAxis } from '../charts/parts';
import { seriesColor } from '../theme';
import type { View } from './view';

export const cdfView: View = {
  id: 'cdf',
  label: 'Latency CDF',
  render(panel, { point, palette, charts, results }) {
    const curves = Object.entries(point.traffic)
      .map(([name, t]) => ({ name, cdf: histogramCdf(t.histogram) }))
      .filter((c) => c.cdf !== null);
    if (curves.length === 0) {
      panel.append(note('No packet was delivered at this point, so there is no latency to show.'));
      return;
    }
    // Traffic may use different bucket edges: join them on one x axis.
    const data = uPlot.join(curves.map(({ cdf }) => [cdf!.x, cdf!.y]));
    charts.add(panel, {
      title: 'Latency CDF',
      fileName: `${results.scenario}-latency-cdf`,
      description: `Cumulative distribution of latency for ${curves.map((c) => c.name).join(', ')}`,
      data,
      series: [
        { label: 'latency', value: (_u, v) => formatTime(v) },
        ...curves.map(({ name }, i) => lineSeries(name, seriesColor(palette, i), formatPercent)),
      ],
      scales: { x: { distr: 3, log: 10 }, y: { range: [0, 1] } },
      axes: [
        xAxis(palette, 'latency', formatTime, logAxis(formatTime)),
        yAxis(palette, 'packets at or below', formatPercent),
      ],
    });
  },
};
