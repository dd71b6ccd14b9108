// Spreadsheet service calls per sidebar action (issue #19), on a 28-product table with the weights sheet
// set up and on 5,000 rows: counted by the stand-ins, so exact (no min/median/max to give).
import type { Report } from './measure';
import { SIDEBAR_ACTIONS, type SidebarAction, sidebarActionCalls } from './sidebar-calls';

/** The targets (the weights check rides on every second poll, so its target is the poll's plus three). */
const TARGETS: Record<SidebarAction, number> = {
  getInitialState: 15,
  getWeights: 10,
  getActiveRow: 8,
  getSelection: 5,
  'getSelection + weights': 8,
  saveWeights: 20,
};

export function benchSidebarCalls(report: Report): void {
  const byRows = [28, 5_000].map((rows) => ({ rows, calls: sidebarActionCalls(rows) }));
  for (const action of SIDEBAR_ACTIONS) {
    report.line(`Service calls ${action}`, [
      ...byRows.map(
        ({ rows, calls }) => [`${rows.toLocaleString('en-US')} rows`, calls[action].total] as const,
      ),
      ['target', `<= ${TARGETS[action]}`],
      ['within', byRows.every(({ calls }) => calls[action].total <= TARGETS[action]) ? 'yes' : 'NO'],
    ]);
  }
}
