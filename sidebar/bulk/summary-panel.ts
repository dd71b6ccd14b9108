// "Portfolio": how many products of the whole table fall in each model, drawn here, and a button that puts
// a native chart into the spreadsheet. The numbers come with each finished bulk run, on Refresh, and anew
// after every weights save or reload; the time they were counted is shown, since a hand edit of the sheet
// (or an Undo) is not seen until the next count.
import type { PortfolioSummary } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel } from '../dom';
import { formatCount } from '../format-count';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { weightShiftsTable } from '../weights';
import { coverRequest } from './cover-request';
import { summaryChart } from './summary-chart';

/**
 * "24 products in the whole table, 3 of them on thin evidence (under half of the weight known, so their
 * model may change as blanks are filled); 4 with problems. Counted at 02:15."
 */
export function summaryText(
  summary: PortfolioSummary,
  countedAt: Date,
  activeSheet: string | null = null,
): string {
  const scored = summary.total - summary.invalid;
  const thin =
    summary.thin > 0
      ? `, ${formatCount(summary.thin)} of the ${formatCount(scored)} scored on thin evidence (under half of the weight known: their model may change as blanks are filled)`
      : '';
  const problems = summary.invalid > 0 ? `; ${formatCount(summary.invalid)} with problems` : '';
  const time = countedAt.toTimeString().slice(0, 5);
  const { uncovered } = summary;
  // Issue #17: a product the live formulas do not reach shows no result; say which, and how to fix it.
  const missing = uncovered
    ? ` ${formatCount(uncovered.count)} product ${uncovered.count === 1 ? 'row has' : 'rows have'} no result: the live formulas do not reach row ${uncovered.rows}; press Cover them to write live formulas over every row.`
    : '';
  const where = summary.sheetName === undefined ? '' : ` on "${summary.sheetName}"`;
  // Issue #17: a count of another sheet's table is never shown as the one in front of the user.
  const elsewhere =
    activeSheet !== null && summary.sheetName !== undefined && activeSheet !== summary.sheetName
      ? ` You are on "${activeSheet}" now: press Refresh to count its table.`
      : '';
  return `${formatCount(summary.total)} products in the table${where}${thin}${problems}. Counted at ${time}.${missing}${elsewhere}`;
}

export function summaryPanel(store: Store, api: ClientApi): HTMLElement {
  const status = createStatus();
  const chartHost = h(
    'div',
    { class: 'chart-host' },
    h(
      'p',
      { class: 'secondary' },
      'Score your products or press Refresh to see how many fall in each model.',
    ),
  );
  const total = h('p', { class: 'secondary' });
  const shiftsHost = h('div', { class: 'shifts-host' });
  // Shown only while some product rows have no result under live output: one click re-plans the formulas.
  const cover = button('Cover them', () => {
    const request = store.state.summary ? coverRequest(store.state.summary) : null;
    if (request) store.requestRun(request);
  });
  cover.hidden = true;

  let countedAt = new Date();
  const render = () => {
    const { summary } = store.state;
    if (!summary) return;
    fill(chartHost, summaryChart(summary));
    total.textContent = summaryText(summary, countedAt, store.state.activeRow?.sheetName ?? null);
    cover.hidden = coverRequest(summary) === null;
  };

  const busy = async (message: string, task: () => Promise<string>, ...buttons: HTMLButtonElement[]) => {
    for (const b of buttons) b.disabled = true;
    status.show('info', message);
    try {
      status.show('success', await task());
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };

  const refresh: HTMLButtonElement = button('Refresh', () =>
    busy(
      'Counting the products...',
      async () => {
        store.setSummary(await api.getPortfolioSummary());
        return 'Summary updated.';
      },
      refresh,
      insert,
      weights,
    ),
  );
  // A separate button: the count analyses every row against every weight, which Refresh need not wait for.
  const weights: HTMLButtonElement = button('Which weights matter?', () =>
    busy(
      'Checking each weight halved and doubled...',
      async () => {
        const shifts = await api.getWeightShifts();
        fill(shiftsHost, weightShiftsTable(shifts));
        return 'Weights checked against the saved table.';
      },
      refresh,
      insert,
      weights,
    ),
  );
  const insert: HTMLButtonElement = button(
    'Insert chart in sheet',
    () =>
      busy(
        'Inserting the chart...',
        async () => {
          const { sheetName } = await api.insertSummaryChart();
          return `Chart inserted in the sheet "${sheetName}".`;
        },
        refresh,
        insert,
        weights,
      ),
    { class: 'action' },
  );

  store.subscribe((change) => {
    if (change === 'summary') {
      countedAt = new Date();
      render();
    }
    // The selection moved to another sheet: the count says whose table it is.
    if (change === 'row') render();
    // New weights change the models: a summary on show is counted again rather than left stale.
    if (change === 'saved' && store.state.summary && !refresh.disabled) refresh.click();
  });
  render();

  return panel(
    'Portfolio',
    chartHost,
    total,
    h('div', { class: 'actions' }, cover),
    shiftsHost,
    h('div', { class: 'actions' }, insert, refresh, weights),
    status.el,
  );
}
