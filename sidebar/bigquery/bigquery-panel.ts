// "Larger than a sheet?": the same engine as a BigQuery function, for catalogues of millions of products.
// The SQL is fetched from the server when asked for (it is 32 KB the sidebar would otherwise always carry),
// put in a box to copy, and the steps to run it and open the result as a connected sheet are listed. The
// add-on itself never calls BigQuery: its scopes stay as they are.
import type { ClientApi } from '../api';
import { button, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import { t } from '../words';

/** The statement that scores a products table with the function (SQL: the same in every language). */
const SCORE_SQL =
  "CREATE TABLE ds.scored AS SELECT * EXCEPT (d), d.* FROM (SELECT p.*, ds.distmodel(TO_JSON(p), '') AS d FROM ds.products p)";

/** Where the user runs the SQL and how the result comes back into Sheets, one step a line. */
export function bigQuerySteps(): string[] {
  return [t('bq.step1'), t('bq.step2', { sql: SCORE_SQL }), t('bq.step3')];
}

export function bigQueryPanel(api: ClientApi): HTMLElement {
  const status = createStatus();
  const datasetId = uid('bq-dataset');
  const dataset = h('input', { id: datasetId, type: 'text', value: 'ds', spellcheck: 'false' });
  const sql = h('textarea', {
    readonly: true,
    rows: 4,
    'aria-label': t('bq.sqlLabel'),
    hidden: true,
  });
  const copy: HTMLButtonElement = button(t('bq.copy'), async () => {
    copy.disabled = true;
    status.show('info', t('bq.getting'));
    try {
      sql.value = await api.getBigQuerySql(dataset.value);
      sql.hidden = false;
      sql.select();
      status.show('success', await copied(sql.value));
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      copy.disabled = false;
    }
  });
  return panel(
    t('bq.title'),
    h(
      'details',
      { class: 'advanced' },
      h('summary', {}, t('bq.summary')),
      h('p', { class: 'secondary' }, t('bq.intro')),
      h('div', { class: 'field' }, h('label', { for: datasetId }, t('bq.dataset')), dataset),
      h('div', { class: 'actions' }, copy),
      sql,
      status.el,
      h('ol', { class: 'secondary' }, ...bigQuerySteps().map((step) => h('li', {}, step))),
    ),
  );
}

/** Copies through the clipboard where the sidebar's frame may; else the text stays selected to copy by hand. */
async function copied(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return t('bq.copied');
  } catch {
    return t('bq.selected');
  }
}
