// Bulk scoring from the sidebar (scoreProducts) through the built bundle on the in-memory stand-ins:
// spreadsheet calls (the round trips a real run pays for) and wall time, for 1,000 and 50,000 rows.
import { performance } from 'node:perf_hooks';
import { presetTable, weightsTableToGrid } from '../src/engine';
import type { ScoreMode, ScoreResult } from '../src/shared/sidebar-contract';
import { createEnvironment, loadAddon, Workbook } from '../workbench/gas';
import type { Report } from './measure';
import { productTable } from './products';

function run(rows: number, mode: ScoreMode) {
  const workbook = new Workbook({ sheets: { Products: productTable(rows) } });
  const env = createEnvironment({ workbook, authMode: 'FULL' });
  const addon = loadAddon(env);
  env.setActiveRange('Products!A2');
  addon.call('saveWeights', weightsTableToGrid(presetTable('Balanced')), 'none');
  env.calls.reset();
  const start = performance.now();
  let executions = 0;
  let result: ScoreResult;
  let jobId: string | null = null;
  do {
    executions++;
    result = addon.call('scoreProducts', { scope: 'table', mode, overwrite: false, jobId }) as ScoreResult;
    jobId = result.status === 'partial' ? result.jobId : null;
  } while (jobId);
  const ms = performance.now() - start;
  if (result.status !== 'done') throw new Error(`bulk scoring ended with ${result.status}`);
  return { ms, executions, calls: env.calls.total, byMethod: env.calls.byMethod() };
}

export function benchBulkScoring(report: Report): void {
  for (const rows of [1_000, 50_000]) {
    for (const mode of ['values', 'formulas'] as const) {
      const { ms, executions, calls, byMethod } = run(rows, mode);
      const io = ['Range.getValues', 'Range.setValues', 'Range.setFormula', 'Range.setFormulas']
        .filter((m) => byMethod[m])
        .map((m) => `${m.replace('Range.', '')} ${byMethod[m]}`)
        .join(', ');
      report.line(`Bulk score ${rows.toLocaleString('en-US')} rows (${mode})`, [
        ['spreadsheet calls', `${calls} (${io})`],
        ['executions', executions],
        ['wall time in stand-in', `${(ms / 1000).toFixed(2)} s`],
      ]);
    }
  }
}
