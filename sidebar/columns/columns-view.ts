// The "Columns" list under the selected row: each header of the table and what it is read as. A column
// DistModel does not read (or one mapped by hand) gets a menu to read it as a factor: the mapping goes into
// the weights being edited (the weights table's "Product column"), so it is saved with Apply and every
// formula reading the shared weights uses it too.
import { mapColumnInGrid } from '../../src/engine';
import { h } from '../dom';
import type { Store } from '../store';
import { t } from '../words';
import { type ColumnLine, type ColumnList, columnList } from './column-list';

const NOT_READ = '';

function mapMenu(store: Store, item: ColumnLine, factors: readonly string[]): HTMLSelectElement {
  const select = h(
    'select',
    { 'aria-label': t('columns.readAs', { header: item.header }), class: 'small' },
    h('option', { value: NOT_READ }, item.mappedTo ? t('columns.notRead') : t('columns.readAsChoose')),
    ...factors.map((f) => h('option', { value: f, selected: f === item.mappedTo }, f)),
  );
  select.addEventListener('change', () => {
    const factor = select.value === NOT_READ ? null : select.value;
    store.replaceDraft(mapColumnInGrid(store.state.draft, item.header, factor));
  });
  return select;
}

function lineView(store: Store, item: ColumnLine, factors: readonly string[]): HTMLElement {
  return h(
    'li',
    { class: item.unread ? 'column unread' : 'column' },
    h('span', { class: 'column-header' }, item.header),
    ' → ',
    h('span', { class: 'column-read-as' }, item.readAs),
    item.note ? h('span', { class: 'secondary' }, ` (${item.note})`) : null,
    item.unread || item.mappedTo ? mapMenu(store, item, factors) : null,
  );
}

/** The list as a collapsible block, its summary counting what is read; null when there is nothing to show. */
export function columnsView(store: Store): HTMLElement | null {
  const list: ColumnList | null = columnList(store.draftTable.scorer, store.state.activeRow);
  if (!list || list.lines.length === 0) return null;
  const unread = list.lines.filter((l) => l.unread).length;
  const read = list.lines.length - unread;
  const summary = unread > 0 ? t('columns.summaryUnread', { read, unread }) : t('columns.summary', { read });
  return h(
    'details',
    // Open while something needs a look: a column not read, or one the user mapped by hand.
    { class: 'columns', open: unread > 0 || list.lines.some((l) => l.mappedTo !== null) },
    h('summary', {}, summary),
    h('ul', { class: 'column-list' }, ...list.lines.map((l) => lineView(store, l, list.factors))),
  );
}
