// What a fit found beyond the headline figure: agreement per model on unseen products (so a minority model
// cannot hide), a warning when the fit gets a model worse, the criteria weights it moves, and the user's own
// products it still gets wrong or would answer differently, each with its sheet row.
import type { FitProductRow } from '../../src/shared/sidebar-contract';
import { h } from '../dom';

import type { Fitted } from './fit-result';

const percentOf = (rate: number) => `${Math.round(rate * 100)}%`;

/** Per model: unseen products right with the saved weights and with the fit. */
function perModelTable(result: Fitted): HTMLElement {
  const rows = result.perModel.map((m) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, m.model),
      h('td', {}, `${m.before.agree} of ${m.before.total}`),
      h('td', {}, `${m.after.agree} of ${m.after.total}`),
    ),
  );
  return h(
    'table',
    { class: 'fit-per-model' },
    h(
      'caption',
      {},
      `Per model, on unseen products (balanced accuracy ${percentOf(result.balanced.before)} → ${percentOf(result.balanced.after)})`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Model'),
        h('th', { scope: 'col' }, 'Saved'),
        h('th', { scope: 'col' }, 'Fit'),
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
    h('strong', {}, `Row ${p.row}`),
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
    count > items.length ? h('li', { class: 'secondary' }, `and ${count - items.length} more`) : null;
  return h(
    'details',
    { class: 'fit-products' },
    h('summary', {}, `${title} (${count})`),
    h('ul', {}, ...items.map((p) => productItem(p, say)), more),
  );
}

/** The parts of a fit's result below its verdict, in reading order; nulls for parts with nothing to say. */
export function fitDetails(result: Fitted): (HTMLElement | null)[] {
  const hurt =
    result.hurt.length > 0
      ? h(
          'p',
          { class: 'warning', role: 'alert' },
          `The fit gets more unseen products of ${result.hurt.join(', ')} wrong.`,
        )
      : null;
  const weights =
    result.weightChanges.length > 0
      ? h(
          'p',
          {},
          `Criteria weights: ${result.weightChanges.map((w) => `${w.factor} ${w.from} → ${w.to}`).join(', ')}.`,
        )
      : null;
  const skipped =
    result.skipped > 0
      ? h(
          'p',
          { class: 'note' },
          `${result.skipped} rows were left out: their model or cells could not be read (see the summary).`,
        )
      : null;
  const changedTitle = result.verdict === 'adopted' ? 'Answers the fit changes' : 'Answers that would change';
  return [
    perModelTable(result),
    hurt,
    weights,
    skipped,
    productList(
      'Still wrong',
      result.stillWrong,
      result.stillWrongCount,
      (p) => `sold through ${p.known}, the table says ${p.table}`,
    ),
    productList(
      changedTitle,
      result.changed,
      result.changedCount,
      (p) => `${p.start} → ${p.table} (sold through ${p.known})`,
    ),
  ];
}
