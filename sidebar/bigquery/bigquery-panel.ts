// "Larger than a sheet?": the same engine as a BigQuery function, for catalogues of millions of products.
// The SQL is fetched from the server when asked for (it is 32 KB the sidebar would otherwise always carry),
// put in a box to copy, and the steps to run it and open the result as a connected sheet are listed. The
// add-on itself never calls BigQuery: its scopes stay as they are.
import type { ClientApi } from '../api';
import { button, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';

/** Where the user runs the SQL and how the result comes back into Sheets, one step a line. */
export const BIGQUERY_STEPS: readonly string[] = [
  'In the Google Cloud console, open BigQuery and run the copied SQL: it creates the function in your dataset.',
  "Score your products table into a new one (ds: your dataset; '' means the Balanced weights, or give a preset's name): CREATE TABLE ds.scored AS SELECT * EXCEPT (d), d.* FROM (SELECT p.*, ds.distmodel(TO_JSON(p), '') AS d FROM ds.products p)",
  'In Sheets: Data > Data connectors > Connect to BigQuery, and pick ds.scored. Pivot tables, charts and formulas on the connected sheet use every row.',
];

export function bigQueryPanel(api: ClientApi): HTMLElement {
  const status = createStatus();
  const datasetId = uid('bq-dataset');
  const dataset = h('input', { id: datasetId, type: 'text', value: 'ds', spellcheck: 'false' });
  const sql = h('textarea', {
    readonly: true,
    rows: 4,
    'aria-label': 'SQL of the BigQuery function',
    hidden: true,
  });
  const copy: HTMLButtonElement = button('Copy the SQL', async () => {
    copy.disabled = true;
    status.show('info', 'Getting the SQL...');
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
    'Larger than a sheet?',
    h(
      'details',
      { class: 'advanced' },
      h('summary', {}, 'Score millions of products in BigQuery'),
      h(
        'p',
        { class: 'secondary' },
        'The same scoring runs as a BigQuery function, row by row, with your weights.',
      ),
      h('div', { class: 'field' }, h('label', { for: datasetId }, 'Dataset'), dataset),
      h('div', { class: 'actions' }, copy),
      sql,
      status.el,
      h('ol', { class: 'secondary' }, ...BIGQUERY_STEPS.map((step) => h('li', {}, step))),
    ),
  );
}

/** Copies through the clipboard where the sidebar's frame may; else the text stays selected to copy by hand. */
async function copied(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied. Paste it into BigQuery.';
  } catch {
    return 'The SQL is selected below: press Ctrl+C (Cmd+C on a Mac) to copy it.';
  }
}
