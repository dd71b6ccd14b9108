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
import { t } from '../words';
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
      ? t('summary.thin', { thin: formatCount(summary.thin), scored: formatCount(scored) })
      : '';
  const problems = summary.invalid > 0 ? t('summary.problems', { count: formatCount(summary.invalid) }) : '';
  const time = countedAt.toTimeString().slice(0, 5);
  const { uncovered } = summary;
  // Issue #17: a product the live formulas do not reach shows no result; say which, and how to fix it.
  const missing = uncovered
    ? ` ${t(uncovered.count === 1 ? 'summary.uncoveredOne' : 'summary.uncoveredMany', {
        count: formatCount(uncovered.count),
        rows: uncovered.rows,
      })}`
    : '';
  const where = summary.sheetName === undefined ? '' : t('summary.on', { sheet: summary.sheetName });
  const text = t('summary.text', { total: formatCount(summary.total), where, thin, problems, time });
  // Issue #17: a count of another sheet's table is never shown as the one in front of the user.
  const elsewhere =
    activeSheet !== null && summary.sheetName !== undefined && activeSheet !== summary.sheetName
      ? ` ${t('summary.elsewhere', { active: activeSheet })}`
      : '';
  return `${text}${missing}${elsewhere}`;
}

export function summaryPanel(store: Store, api: ClientApi): HTMLElement {
  const status = createStatus();
  const chartHost = h('div', { class: 'chart-host' }, h('p', { class: 'secondary' }, t('summary.empty')));
  const total = h('p', { class: 'secondary' });
  const shiftsHost = h('div', { class: 'shifts-host' });
  // Shown only while some product rows have no result under live output: one click re-plans the formulas.
  const cover = button(t('summary.cover'), () => {
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

  const refresh: HTMLButtonElement = button(t('summary.refresh'), () =>
    busy(
      t('summary.counting'),
      async () => {
        store.setSummary(await api.getPortfolioSummary());
        return t('summary.updated');
      },
      refresh,
      insert,
      weights,
    ),
  );
  // A separate button: the count analyses every row against every weight, which Refresh need not wait for.
  const weights: HTMLButtonElement = button(t('summary.whichWeights'), () =>
    busy(
      t('summary.checking'),
      async () => {
        const shifts = await api.getWeightShifts();
        fill(shiftsHost, weightShiftsTable(shifts));
        return t('summary.checked');
      },
      refresh,
      insert,
      weights,
    ),
  );
  const insert: HTMLButtonElement = button(
    t('summary.insert'),
    () =>
      busy(
        t('summary.inserting'),
        async () => {
          const { sheetName } = await api.insertSummaryChart();
          return t('summary.inserted', { sheet: sheetName });
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
    t('summary.title'),
    chartHost,
    total,
    h('div', { class: 'actions' }, cover),
    shiftsHost,
    h('div', { class: 'actions' }, insert, refresh, weights),
    status.el,
  );
}
