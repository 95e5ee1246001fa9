// (7) Comparison of two runs: per traffic and metric, the baseline's value,
// this run's, the change (absolute and relative) and whether it is better.
import type { Results } from '../../../simulator/results';
import { compareTraffic, matchingPoint, type ComparisonRow } from '../data/compare';
import { pointLabel, sweptParams } from '../data/points';
import { h, labelledSelect, note, table } from '../dom';
import { formatValue } from '../format';
import type { View, ViewContext } from './view';

const VERDICT_TEXT = { better: '✓ better', worse: '✗ worse', same: '= same', unknown: '—' } as const;

export const compareView: View = {
  id: 'compare',
  label: 'Compare',
  render(panel, context) {
    const candidates = baselineCandidates(context);
    if (candidates.length === 0) {
      panel.append(note('Nothing to compare with: run another scenario, or choose a saved run as the baseline.'));
      return;
    }
    const chosen = candidates.find((c) => c.key === String(context.state.compareWith)) ?? candidates[0];
    panel.append(
      h(
        'div',
        { class: 'controls' },
        labelledSelect('compare with', candidates.map((c) => ({ value: c.key, text: c.text })), chosen.key, (value) =>
          context.update({ compareWith: value === 'baseline' ? 'baseline' : Number(value) }),
        ),
      ),
    );
    const base = matchingPoint(chosen.results, context.point, context.pointIndex);
    if (!base) {
      panel.append(note('The baseline run has no points.'));
      return;
    }
    const baseIndex = chosen.results.points.indexOf(base);
    const here = `${context.results.scenario}, ${pointLabel(context.point, context.pointIndex, context.swept, context.results.paramUnits)}`;
    const there = `${chosen.results.scenario}, ${pointLabel(base, baseIndex, sweptParams(chosen.results.points), chosen.results.paramUnits)}`;
    panel.append(h('p', { class: 'muted' }, `${here} — against ${there}`));
    const header = ['traffic', 'metric', 'baseline', 'this run', 'Δ', 'Δ %', 'verdict'];
    const rows = compareTraffic(context.point, base).map((row) => ({ class: `verdict-${row.verdict}`, cells: cells(row) }));
    panel.append(h('div', { class: 'table-scroll' }, table('Change from the baseline', header, rows, 2)));
  },
};

function cells(row: ComparisonRow): (string | Node)[] {
  const delta = row.delta === null ? '—' : `${row.delta > 0 ? '+' : ''}${formatValue(row.delta, row.kind)}`;
  const relative = row.relative === null ? '—' : `${row.relative > 0 ? '+' : ''}${(row.relative * 100).toFixed(1)}%`;
  return [
    row.traffic,
    row.metric,
    formatValue(row.baseline, row.kind),
    formatValue(row.current, row.kind),
    delta,
    relative,
    h('span', { class: `verdict ${row.verdict}` }, VERDICT_TEXT[row.verdict]),
  ];
}

interface Candidate {
  key: string;
  text: string;
  results: Results;
}

/** The saved baseline first, then the other scenarios of this run. */
function baselineCandidates({ show, state }: ViewContext): Candidate[] {
  const candidates: Candidate[] = [];
  if (show.baseline) candidates.push({ key: 'baseline', text: `baseline: ${show.baseline.scenario}`, results: show.baseline });
  show.results.forEach((results, index) => {
    if (index !== state.scenario) candidates.push({ key: String(index), text: `scenario ${results.scenario}`, results });
  });
  return candidates;
}
