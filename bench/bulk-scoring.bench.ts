// Bulk scoring from the sidebar (scoreProducts) through the built bundle on the in-memory stand-ins:
// spreadsheet calls (the round trips a real run pays for), and CPU time split between the add-on's own
// server code and the stand-ins' service calls (the part Google's servers would spend), for 1,000 and
// 50,000 rows, and 50,000 rows of values in one chunk against five. CPU time, not wall time: a shared
// machine's other work does not count. (CPU includes the collector's helper threads.)
import { performance } from 'node:perf_hooks';
import { presetTable, weightsTableToGrid } from '../src/engine';
import type { ScoreMode, ScoreResult } from '../src/shared/sidebar-contract';
import { createEnvironment, loadAddon, Workbook } from '../workbench/gas';
import { readBuiltCode } from '../workbench/vm';
import { collect, median, type Report, showRatio, spread } from './measure';
import { productTable } from './products';

interface Run {
  readonly ms: number;
  /** The add-on's own code: the process's CPU time less the CPU time inside service calls. */
  readonly serverMs: number;
  /** CPU time inside the stand-ins' service calls (what Google's servers would spend). */
  readonly serviceMs: number;
  readonly executions: number;
  readonly calls: number;
  readonly byMethod: Record<string, number>;
}

/** A scoring run to the end (resuming as the sidebar does) on a fresh sheet of `rows` products. */
function run(rows: number, mode: ScoreMode, chunkRows?: number): Run {
  const workbook = new Workbook({ sheets: { Products: productTable(rows) } });
  const env = createEnvironment({ workbook, authMode: 'FULL' });
  const limits = chunkRows
    ? `var DISTMODEL_SCORING_LIMITS = { chunkRows: ${chunkRows}, timeBudgetMs: 1e9 };\n`
    : '';
  const addon = loadAddon(env, { code: limits + readBuiltCode() });
  env.setActiveRange('Products!A2');
  addon.call('saveWeights', weightsTableToGrid(presetTable('Balanced')), 'none');
  env.calls.reset();
  collect();
  const start = performance.now();
  const cpu = process.cpuUsage();
  let executions = 0;
  let result: ScoreResult;
  let jobId: string | null = null;
  do {
    executions++;
    result = addon.call('scoreProducts', { scope: 'table', mode, overwrite: false, jobId }) as ScoreResult;
    jobId = result.status === 'partial' ? result.jobId : null;
  } while (jobId);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (result.status !== 'done') throw new Error(`bulk scoring ended with ${result.status}`);
  const serviceMs = env.calls.serviceCpuMs;
  return {
    ms,
    serverMs: (used.user + used.system) / 1000 - serviceMs,
    serviceMs,
    executions,
    calls: env.calls.total,
    byMethod: env.calls.byMethod(),
  };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function benchBulkScoring(report: Report): void {
  for (const rows of [1_000, 50_000]) {
    for (const mode of ['values', 'formulas'] as const) {
      const r = run(rows, mode);
      const io = ['Range.getValues', 'Range.setValues', 'Range.setFormula', 'Range.setFormulas']
        .filter((m) => r.byMethod[m])
        .map((m) => `${m.replace('Range.', '')} ${r.byMethod[m]}`)
        .join(', ');
      report.line(`Bulk score ${rows.toLocaleString('en-US')} rows (${mode})`, [
        ['spreadsheet calls', `${r.calls} (${io})`],
        ['add-on server CPU', secs(r.serverMs)],
        ['stand-ins CPU', secs(r.serviceMs)],
        ['wall', secs(r.ms)],
      ]);
    }
  }
  // One chunk of 50,000 against five of 10,000 in one execution, alternately: the ratio five/one.
  const pairs = 3;
  const one: Run[] = [];
  const five: Run[] = [];
  for (let i = 0; i < pairs; i++) {
    one.push(run(50_000, 'values', 50_000));
    five.push(run(50_000, 'values', 10_000));
  }
  const ratio = (pick: (r: Run) => number) => spread(five.map((r, i) => pick(r) / pick(one[i] as Run)));
  report.line('Bulk 50,000 values, chunks', [
    ['add-on server CPU 1 chunk', secs(median(one.map((r) => r.serverMs)))],
    ['5 chunks', secs(median(five.map((r) => r.serverMs)))],
    ['paired ratio 5/1 (server)', showRatio(ratio((r) => r.serverMs))],
    ['(wall)', showRatio(ratio((r) => r.ms))],
    ['target', 'at most 1.2x'],
  ]);
}
