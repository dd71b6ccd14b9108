// What a fit found beyond the headline figure: agreement per model on unseen products (so a minority model
// cannot hide), a warning when the fit gets a model worse, the criteria weights it moves, and the user's own
// products it still gets wrong or would answer differently, each with its sheet row.
import type { FitProductRow } from '../../src/shared/sidebar-contract';
import { h } from '../dom';
import { num, t } from '../words';

import type { Fitted } from './fit-result';

const percentOf = (rate: number) => t('fit.percent', { percent: num(Math.round(rate * 100)) });

/** Per model: unseen products right with the saved weights and with the fit. */
function perModelTable(result: Fitted): HTMLElement {
  const rows = result.perModel.map((m) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, m.model),
      h('td', {}, t('fit.agreeCount', { agree: num(m.before.agree), total: num(m.before.total) })),
      h('td', {}, t('fit.agreeCount', { agree: num(m.after.agree), total: num(m.after.total) })),
    ),
  );
  return h(
    'table',
    { class: 'fit-per-model' },
    h(
      'caption',
      {},
      t('fit.perModel', {
        before: percentOf(result.balanced.before),
        after: percentOf(result.balanced.after),
      }),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('fit.model')),
        h('th', { scope: 'col' }, t('fit.saved')),
        h('th', { scope: 'col' }, t('fit.fit')),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** "Row 12 Acme Payroll: sold through Direct (assisted sales), the table says Authorized dealers". */
function productItem(p: FitProductRow, say: (p: FitProductRow) => string): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, t('fit.row', { row: num(p.row) })),
    ` ${p.product === '' ? '' : `${p.product}: `}${say(p)}`,
  );
}

function productList(
  title: string,
  items: readonly FitProductRow[],
  count: number,
  say: (p: FitProductRow) => string,
): HTMLElement | null {
  if (count === 0) return null;
  const more =
    count > items.length
      ? h('li', { class: 'secondary' }, t('bulk.andMore', { count: num(count - items.length) }))
      : null;
  return h(
    'details',
    { class: 'fit-products' },
    h('summary', {}, `${title} (${num(count)})`),
    h('ul', {}, ...items.map((p) => productItem(p, say)), more),
  );
}

/** The parts of a fit's result below its verdict, in reading order; nulls for parts with nothing to say. */
export function fitDetails(result: Fitted): (HTMLElement | null)[] {
  const hurt =
    result.hurt.length > 0
      ? h('p', { class: 'warning', role: 'alert' }, t('fit.hurt', { models: result.hurt.join(', ') }))
      : null;
  const weights =
    result.weightChanges.length > 0
      ? h(
          'p',
          {},
          t('fit.criteria', {
            changes: result.weightChanges.map((w) => `${w.factor} ${num(w.from)} → ${num(w.to)}`).join(', '),
          }),
        )
      : null;
  const skipped =
    result.skipped > 0 ? h('p', { class: 'note' }, t('fit.skipped', { count: num(result.skipped) })) : null;
  const changedTitle = t(result.verdict === 'adopted' ? 'fit.changes' : 'fit.wouldChange');
  return [
    perModelTable(result),
    hurt,
    weights,
    skipped,
    productList(t('fit.stillWrong'), result.stillWrong, result.stillWrongCount, (p) =>
      t('fit.stillWrongItem', { known: p.known, table: p.table }),
    ),
    productList(changedTitle, result.changed, result.changedCount, (p) =>
      t('fit.changedItem', { start: p.start, table: p.table, known: p.known }),
    ),
  ];
}
