// (6) Sweep plots: a chosen metric against a chosen swept parameter, one chart
// per traffic and one line per value of the other swept parameters.
import { trafficNames } from '../data/points';
import { SWEEP_METRIC_INFO, sweepPlot } from '../data/sweep';
import { h, labelledSelect, note } from '../dom';
import { formatParam, formatValue } from '../format';
import { categoryAxis, categoryScale, lineSeries, paddedScale, xAxis, yAxis } from '../charts/parts';
import { SWEEP_METRICS, type SweepMetric } from '../state';
import { seriesColor } from '../theme';
import type { View } from './view';

export const sweepView: View = {
  id: 'sweep',
  label: 'Sweep',
  render(panel, { results, swept, state, palette, charts, update }) {
    if (swept.length === 0) {
      const why = results.points.length > 1 ? 'The points of this run share the same parameters: nothing to plot against.' : 'This scenario has no sweep (one point).';
      panel.append(note(why));
      return;
    }
    const parameter = state.sweepX && swept.includes(state.sweepX) ? state.sweepX : swept[0];
    const metric = state.sweepMetric;
    const info = SWEEP_METRIC_INFO[metric];
    panel.append(
      h(
        'div',
        { class: 'controls' },
        labelledSelect('x axis', swept.map((key) => ({ value: key, text: key })), parameter, (value) => update({ sweepX: value })),
        labelledSelect('metric', SWEEP_METRICS.map((m) => ({ value: m, text: SWEEP_METRIC_INFO[m].label })), metric, (value) =>
          update({ sweepMetric: value as SweepMetric }),
        ),
      ),
    );
    const others = swept.filter((key) => key !== parameter);
    const format = (v: number) => formatValue(v, info.kind);
    for (const traffic of trafficNames(results)) {
      const plot = sweepPlot(results.points, parameter, others, traffic, metric, results.paramUnits);
      const categories = plot.categories;
      charts.add(panel, {
        title: `${traffic}: ${info.label} against ${parameter}`,
        fileName: `${results.scenario}-${traffic}-${metric}-vs-${parameter}`,
        description: `${info.label} of ${traffic} for each value of ${parameter}`,
        data: [plot.x, ...plot.lines.map((line) => line.y)],
        series: [
          { label: parameter, value: (_u, v) => (v === null || v === undefined ? '—' : categories ? (categories[v] ?? '') : formatParam(parameter, v, results.paramUnits)) },
          ...plot.lines.map((line, i) =>
            lineSeries(line.label, seriesColor(palette, i), format, { points: { show: true, size: 7, fill: seriesColor(palette, i) } }),
          ),
        ],
        scales: {
          x: categories ? categoryScale(categories.length) : paddedScale(plot.x),
          y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          categories ? categoryAxis(palette, parameter, categories) : xAxis(palette, parameter, (v) => formatParam(parameter, v, results.paramUnits), { splits: () => plot.x }),
          yAxis(palette, info.label, format),
        ],
      });
    }
  },
};
