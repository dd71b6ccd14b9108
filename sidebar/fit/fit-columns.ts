// The column picker of "Learn from my products": the columns of the active sheet's product table that name
// a model, the one most rows fill suggested.
import type { FitSourceResult } from '../../src/shared/sidebar-contract';
import { fill, h } from '../dom';
import type { Status } from '../status';

/** Fills the select with the source's columns and says in `status` what was found. */
export function showFitColumns(select: HTMLSelectElement, source: FitSourceResult, status: Status): void {
  if (source.status === 'no-table') {
    select.disabled = true;
    fill(select, h('option', { value: '' }, 'No product table'));
    status.show('error', source.message);
    return;
  }
  const options = source.columns.map((c) =>
    h(
      'option',
      { value: c.column, selected: c.column === source.suggested },
      `${c.header || `Column ${c.column}`} (${c.named} of ${source.rows} name a model)`,
    ),
  );
  fill(
    select,
    h('option', { value: '', selected: source.suggested === null }, 'Choose a column...'),
    ...options,
  );
  select.disabled = options.length === 0;
  if (source.suggested === null)
    status.show(
      'error',
      `No column of "${source.sheetName}" names a model yet: add one with the model each product is sold through.`,
    );
  else
    status.show(
      'info',
      `Found the product table on "${source.sheetName}". Check the column, then press Learn.`,
    );
}
