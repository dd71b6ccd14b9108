// "Portfolio": how many products fall in each model, drawn here, and a button that puts a native chart
// into the spreadsheet. The numbers come with each finished bulk run or on Refresh.
import type { ClientApi } from './api';
import { button, fill, h, panel } from './dom';
import { formatCount } from './format-count';
import { createStatus, messageOf } from './status';
import type { Store } from './store';
import { summaryChart } from './summary-chart';
import { weightShiftsTable } from './weight-shifts-table';

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

  const render = () => {
    const { summary } = store.state;
    if (!summary) return;
    fill(chartHost, summaryChart(summary));
    const problems = summary.invalid > 0 ? `, ${formatCount(summary.invalid)} with problems` : '';
    total.textContent = `${formatCount(summary.total)} products${problems}.`;
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
    if (change === 'summary') render();
  });
  render();

  return panel(
    'Portfolio',
    chartHost,
    total,
    shiftsHost,
    h('div', { class: 'actions' }, insert, refresh, weights),
    status.el,
  );
}
