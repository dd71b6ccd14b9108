// The selected product as its raters see it: one column per rater, one row per factor, disputed factors
// first and marked (colour and the word "disputed", so it never rests on colour alone), the model each
// rater's own row gives in the last row.
import type { TeamProduct } from '../../src/shared/sidebar-contract';
import { h } from '../dom';
import { t } from '../words';

export function teamTable(product: TeamProduct): HTMLTableElement {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('team.factor')),
    ...product.raters.map((r) => h('th', { scope: 'col' }, r.rater)),
  );
  const rows = product.factors.map((f) =>
    h(
      'tr',
      { class: f.disputed ? 'disputed' : null },
      h(
        'th',
        { scope: 'row' },
        f.factor,
        f.disputed ? h('span', { class: 'tag' }, t('team.disputed')) : null,
      ),
      ...f.levels.map((level) => h('td', {}, level === '' ? '-' : level)),
    ),
  );
  const models = h(
    'tr',
    { class: 'own-model' },
    h('th', { scope: 'row' }, t('team.ownModel')),
    ...product.raters.map((r) => h('td', { class: r.agrees ? null : 'differs' }, r.model)),
  );
  return h(
    'table',
    { class: 'team-table' },
    h('caption', {}, t('team.caption', { product: product.product })),
    h('thead', {}, head),
    h('tbody', {}, ...rows, models),
  );
}
