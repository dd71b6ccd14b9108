// "Which weights the portfolio hinges on": per factor, how many products change recommendation if its
// weight alone is halved or doubled, the factors that move the most products first.
import type { WeightShifts } from '../../src/shared/sidebar-contract';
import { h } from '../dom';
import { formatCount } from '../format-count';
import { t } from '../words';

export function weightShiftsTable(data: WeightShifts): HTMLElement {
  const rows = [...data.shifts].sort(
    (a, b) =>
      Math.max(b.halved, b.doubled) - Math.max(a.halved, a.doubled) ||
      b.halved + b.doubled - (a.halved + a.doubled),
  );
  const head = (text: string) => h('th', { scope: 'col', class: 'shift-cell shift-head' }, text);
  const cell = (n: number) =>
    h('td', { class: n > 0 ? 'shift-cell num moved' : 'shift-cell num' }, formatCount(n));
  return h(
    'table',
    { class: 'weight-shifts' },
    h('caption', {}, t('shifts.caption', { count: formatCount(data.scored) })),
    h(
      'thead',
      {},
      h('tr', {}, head(t('shifts.weight')), head(t('shifts.halved')), head(t('shifts.doubled'))),
    ),
    h(
      'tbody',
      {},
      ...rows.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'shift-cell' }, s.factor),
          cell(s.halved),
          cell(s.doubled),
        ),
      ),
    ),
  );
}
