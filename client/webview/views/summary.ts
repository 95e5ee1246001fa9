// (1) Summary: one row per sweep point and traffic, values formatted for people.
import { h, note, table } from '../dom';
import { formatBandwidth, formatCount, formatPacketRate, formatParam, formatPercent, formatTime } from '../format';
import { totalDrops, trafficNames } from '../data/points';
import type { View } from './view';

export const summaryView: View = {
  id: 'summary',
  label: 'Summary',
  render(panel, { results, pointIndex, swept }) {
    const traffic = trafficNames(results);
    if (results.points.length === 0 || traffic.length === 0) {
      panel.append(note('This run measured no traffic.'));
    } else {
      const pointColumns = swept.length > 0 ? swept : results.points.length > 1 ? ['point'] : [];
      const header = [...pointColumns, 'traffic', 'throughput', 'packet rate', 'delivered', 'p50', 'p99', 'p99.9', 'drops', 'loss'];
      const rows = results.points.flatMap((point, index) =>
        traffic.map((name) => {
          const t = point.traffic[name];
          const params =
            swept.length > 0
              ? swept.map((key) => (key in point.params ? formatParam(key, point.params[key], results.paramUnits) : '—'))
              : pointColumns.map(() => String(index + 1));
          // The total in the cell, each place where packets were lost in its tooltip.
          const places = Object.entries(t?.drops ?? {}).map(([where, n]) => `${where}: ${formatCount(n)}`);
          const drops = t ? h('span', { title: places.join(', ') }, formatCount(totalDrops(t.drops))) : '—';
          return {
            class: index === pointIndex ? 'selected' : undefined,
            cells: [
              ...params,
              name,
              formatBandwidth(t?.throughput),
              formatPacketRate(t?.pps),
              formatCount(t?.delivered),
              formatTime(t?.latency?.p50),
              formatTime(t?.latency?.p99),
              formatTime(t?.latency?.p999),
              drops,
              formatPercent(t?.loss),
            ],
          };
        }),
      );
      const caption = results.points.length > 1 ? `Every sweep point (${results.points.length}); the chosen one is marked` : 'Per traffic';
      panel.append(h('div', { class: 'table-scroll' }, table(caption, header, rows, pointColumns.length + 1)));
    }
    const { meta } = results;
    panel.append(
      h(
        'p',
        { class: 'meta' },
        `seed ${meta.seed} · ${formatCount(meta.events)} events · ${formatTime(meta.wallSeconds)} wall time · hostnet ${meta.version}`,
      ),
    );
  },
};
