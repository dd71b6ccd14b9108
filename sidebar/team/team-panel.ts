// "Team": when several people rate the same products (a ratings sheet: Product, Rater and the factor
// columns), the product under the cursor with each rater's levels side by side and the model each rater's
// own view gives, and the portfolio, products whose disputes change the answer first. Read on Refresh
// and when the cursor moves to another row of the ratings sheet.
import type { TeamView } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { num, t } from '../words';
import { teamTable } from './team-table';
import { portfolioText, verdictText } from './team-texts';

function productPart(view: Extract<TeamView, { status: 'ok' }>): HTMLElement {
  const p = view.product;
  // The cursor may be on the header, a blank row or a rating row without a Product (listed below).
  if (!p) return h('p', { class: 'secondary' }, t('team.selectRow', { sheet: view.sheetName }));
  return h(
    'div',
    { class: 'team-product' },
    h('p', { class: p.changesAnswer ? 'team-verdict changes' : 'team-verdict' }, verdictText(p)),
    p.couldAlsoBe === ''
      ? null
      : h(
          'p',
          { class: 'secondary' },
          `${t('preview.alsoBe')}${t('preview.alsoBeList', { models: p.couldAlsoBe })}`,
        ),
    h('div', { class: 'team-scroll' }, teamTable(p)),
    ...p.notes.map((note) => h('p', { class: 'secondary' }, note)),
  );
}

function portfolioPart(view: Extract<TeamView, { status: 'ok' }>): HTMLElement {
  const changing = view.portfolio.filter((r) => r.changesAnswer).length;
  return h(
    'div',
    { class: 'team-portfolio' },
    h('h3', {}, t('team.portfolio', { changing: num(changing), total: num(view.portfolio.length) })),
    h(
      'ul',
      {},
      ...view.portfolio.map((r) => h('li', { class: r.changesAnswer ? 'changes' : null }, portfolioText(r))),
    ),
    ...view.orphans.map((o) => h('p', { class: 'status error' }, o)),
  );
}

export function teamPanel(store: Store, api: ClientApi): HTMLElement {
  const status = createStatus();
  const body = h('div', { class: 'team-body' });
  let onRatings = false;
  let lastRow = '';
  const refresh = async () => {
    status.show('info', t('team.reading'));
    try {
      const view = await api.getTeamView();
      onRatings = view.status === 'ok';
      if (view.status === 'ok') fill(body, productPart(view), portfolioPart(view));
      else fill(body, h('p', { class: 'secondary' }, view.message));
      status.clear();
    } catch (error) {
      status.show('error', messageOf(error));
    }
  };
  store.subscribe((change) => {
    if (change !== 'row' || !onRatings) return;
    const row = store.state.activeRow;
    const key = row ? `${row.sheetName}!${row.row}` : '';
    if (key === lastRow) return;
    lastRow = key;
    void refresh();
  });
  const setUp = button(t('team.setup'), async () => {
    setUp.disabled = true;
    try {
      const { sheetName } = await api.setupRatingsSheet();
      status.show('success', t('team.created', { sheet: sheetName }));
      await refresh();
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      setUp.disabled = false;
    }
  });
  return panel(
    t('team.title'),
    h('p', { class: 'secondary' }, t('team.intro')),
    h(
      'div',
      { class: 'actions' },
      button(t('team.show'), () => void refresh()),
      setUp,
    ),
    status.el,
    body,
  );
}
