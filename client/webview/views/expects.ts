// (8) Expectations: each `expect` of the scenario at each point, met or not,
// with the value it asked for and the value measured.
import { pointLabel } from '../data/points';
import { h, note, table } from '../dom';
import { formatValue, metricKind } from '../format';
import type { View } from './view';

export const expectsView: View = {
  id: 'expects',
  label: 'Expectations',
  render(panel, { results, swept, pointIndex }) {
    const outcomes = results.points.flatMap((point, index) => (point.expects ?? []).map((outcome) => ({ outcome, point, index })));
    if (outcomes.length === 0) {
      panel.append(note('This scenario has no expect block.'));
      return;
    }
    const met = outcomes.filter((o) => o.outcome.pass).length;
    const plural = outcomes.length === 1 ? '' : 's';
    panel.append(h('p', { class: met === outcomes.length ? 'status pass' : 'status fail' }, `${met} of ${outcomes.length} expectation${plural} met`));
    const several = results.points.length > 1;
    const header = [...(several ? ['point'] : []), 'result', 'metric', 'op', 'expected', 'actual'];
    const rows = outcomes.map(({ outcome, point, index }) => {
      const kind = metricKind(outcome.metric);
      return {
        class: [outcome.pass ? 'pass' : 'fail', several && index === pointIndex ? 'selected' : ''].join(' ').trim(),
        cells: [
          ...(several ? [pointLabel(point, index, swept, results.paramUnits)] : []),
          h('span', { class: outcome.pass ? 'verdict better' : 'verdict worse' }, outcome.pass ? '✓ met' : '✗ failed'),
          outcome.metric,
          outcome.op,
          formatValue(outcome.value, kind),
          outcome.actual === null ? 'not measured' : formatValue(outcome.actual, kind),
        ],
      };
    });
    panel.append(h('div', { class: 'table-scroll' }, table('Expectations', header, rows, header.length - 2)));
  },
};
