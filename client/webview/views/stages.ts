// (5) Where the latency goes: each chain's stages in path order, mean wait
// then mean service laid end to end as a waterfall, with a table of the numbers.
import { chainStages, waterfall, type ChainStages } from '../data/stages';
import { h, note, table } from '../dom';
import { formatCount, formatPercent, formatTime } from '../format';
import { categoryAxis, categoryScale, floatingBars, yAxis } from '../charts/parts';
import { seriesColor } from '../theme';
import type { View, ViewContext } from './view';

export const stagesView: View = {
  id: 'stages',
  label: 'Stages',
  render(panel, context) {
    const chains = chainStages(context.point, context.show.topology);
    if (chains.length === 0) {
      panel.append(note('This point recorded no per-stage times.'));
      return;
    }
    for (const chain of chains) renderChain(panel, chain, context);
  },
};

function renderChain(panel: HTMLElement, { chain, stages }: ChainStages, { palette, charts, results, show }: ViewContext): void {
  const carried = (show.topology?.traffic ?? []).filter((t) => t.via === chain).map((t) => t.name);
  const section = h('section', { class: 'chain', 'aria-label': `chain ${chain}` });
  section.append(h('h2', {}, `chain ${chain}`, carried.length > 0 ? h('span', { class: 'muted' }, ` — carries ${carried.join(', ')}`) : null));
  panel.append(section);

  const steps = waterfall(stages);
  const totalWait = steps.reduce((sum, s) => sum + s.wait, 0);
  const totalService = steps.reduce((sum, s) => sum + s.service, 0);
  const total = totalWait + totalService;
  const labels = [...steps.map((s) => s.name), 'total'];
  const waitFrom = [...steps.map((s) => s.start), 0];
  const waitTo = [...steps.map((s) => s.start + s.wait), totalWait];
  const serviceTo = [...steps.map((s) => s.start + s.wait + s.service), total];
  const ownWait = [...steps.map((s) => s.wait), totalWait];
  const ownService = [...steps.map((s) => s.service), totalService];

  if (total > 0) {
    charts.add(section, {
      title: `Where the latency goes — ${chain}`,
      fileName: `${results.scenario}-${chain}-waterfall`,
      description: `Mean wait and service time of each stage of ${chain}, end to end ${formatTime(total)}`,
      data: [labels.map((_, i) => i), waitTo, serviceTo],
      series: [
        { label: 'stage', value: (_u, v) => labels[v] ?? '' },
        barSeries('wait', seriesColor(palette, 1), floatingBars(waitFrom), ownWait),
        barSeries('service', seriesColor(palette, 0), floatingBars(waitTo), ownService),
      ],
      scales: { x: categoryScale(labels.length), y: { range: [0, total * 1.05] } },
      zoom: false,
      axes: [categoryAxis(palette, '', labels), yAxis(palette, 'time along the path', formatTime)],
    });
  } else {
    section.append(note('No stage of this chain spent any time (no packet went through it).'));
  }

  const header = ['stage', 'packets', 'mean wait', 'p99 wait', 'mean service', 'share of latency'];
  const rows = stages.map((s) => ({
    cells: [
      s.name,
      formatCount(s.packets),
      formatTime(s.wait),
      formatTime(s.waitP99),
      formatTime(s.service),
      total > 0 ? formatPercent((s.wait + s.service) / total) : '—',
    ],
  }));
  section.append(h('div', { class: 'table-scroll' }, table(`Stages of ${chain}, in path order`, header, rows)));
}

function barSeries(label: string, color: string, paths: ReturnType<typeof floatingBars>, own: number[]) {
  return {
    label,
    fill: color,
    stroke: color,
    width: 0,
    paths,
    points: { show: false },
    value: (_u: unknown, _v: number, _s: number, idx: number | null) => (idx === null ? '—' : formatTime(own[idx])),
  };
}
