// The column picker of "Learn from my products": the columns of the active sheet's product table that name
// a model, the one most rows fill suggested.
import type { FitSourceResult } from '../../src/shared/sidebar-contract';
import { fill, h } from '../dom';
import type { Status } from '../status';
import { num, t } from '../words';

/** Fills the select with the source's columns and says in `status` what was found. */
export function showFitColumns(select: HTMLSelectElement, source: FitSourceResult, status: Status): void {
  if (source.status === 'no-table') {
    select.disabled = true;
    fill(select, h('option', { value: '' }, t('fit.noTable')));
    status.show('error', source.message);
    return;
  }
  const options = source.columns.map((c) =>
    h(
      'option',
      { value: c.column, selected: c.column === source.suggested },
      t('fit.columnOption', {
        header: c.header || t('fit.columnNumber', { column: num(c.column) }),
        named: num(c.named),
        rows: num(source.rows),
      }),
    ),
  );
  fill(
    select,
    h('option', { value: '', selected: source.suggested === null }, t('fit.chooseColumn')),
    ...options,
  );
  select.disabled = options.length === 0;
  if (source.suggested === null) status.show('error', t('fit.noModelColumn', { sheet: source.sheetName }));
  else status.show('info', t('fit.found', { sheet: source.sheetName }));
}
