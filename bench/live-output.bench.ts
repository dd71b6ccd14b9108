// What live mode puts on Google's limits: the largest result one DISTMODEL formula returns (cells, and
// bytes of its text), and how many DISTMODEL formula cells it writes, for a whole table and for a
// selection of 200 blocks. Limits: workbench/gas/limits.ts; the add-on's budget: src/server/limits.ts.
import {
  OUTPUT_HEADERS,
  presetScorer,
  presetTable,
  type Scorer,
  sensitivityHeader,
  weightsTableToGrid,
} from '../src/engine';
import { maxTypedRows, REPORTED_RESULT_LIMIT_CELLS } from '../src/server/scoring/plan/limits';
import type { ScoreResult, ScoreScope } from '../src/shared/sidebar-contract';
import { CUSTOM_FUNCTION_LIMITS, createEnvironment, loadAddon, Workbook } from '../workbench/gas';
import type { Report } from './measure';
import { productTable } from './products';

function liveRun(rows: number, scope: ScoreScope) {
  const workbook = new Workbook({ sheets: { Products: productTable(rows) } });
  const env = createEnvironment({ workbook, authMode: 'FULL' });
  const addon = loadAddon(env);
  addon.call('saveWeights', weightsTableToGrid(presetTable('Balanced')), 'none');
  // 200 blocks of 2 rows with a row between them, or the whole table.
  if (scope === 'selection')
    env.setActiveRanges(Array.from({ length: 200 }, (_, i) => `Products!A${2 + 3 * i}:A${3 + 3 * i}`));
  else env.setActiveRange('Products!A2');
  const result = addon.call('scoreProducts', {
    scope,
    mode: 'formulas',
    overwrite: false,
    jobId: null,
  }) as ScoreResult;
  if (result.status !== 'done') throw new Error(`live scoring ended with ${result.status}`);
  const column = workbook.getFormulas(workbook.resolve(`Products!M1:M${rows + 1}`)).flat();
  return {
    stats: workbook.customFunctionStats(),
    formulaCells: column.filter((f) => /^=DISTMODEL\(/i.test(f)).length,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const SENSITIVITY_WIDTH = sensitivityHeader(presetScorer('Balanced') as Scorer).length;

export function benchLiveOutput(report: Report): void {
  for (const rows of [1_000, 50_000]) {
    const { stats, formulaCells } = liveRun(rows, 'table');
    const refused =
      Object.entries(stats.refused)
        .map(([m, n]) => `${n} x ${m}`)
        .join(', ') || 'none';
    report.line(`Live table ${fmt(rows)} rows`, [
      ['DISTMODEL cells', formulaCells],
      ['largest result', `${fmt(stats.largestResultCells)} cells, ${fmt(stats.largestResultBytes)} bytes`],
      ['stand-in limit', `${fmt(CUSTOM_FUNCTION_LIMITS.resultCells)} cells`],
      ['refused', refused],
    ]);
  }
  // A formula the user types answers with how to split it beyond these (src/server/result-size.ts).
  report.line('Typed formula, largest', [
    ['"all"', `${fmt(maxTypedRows(OUTPUT_HEADERS.all.length))} rows`],
    ['DISTMODEL_SENSITIVITY', `${fmt(maxTypedRows(SENSITIVITY_WIDTH))} rows`],
    ['reported limit', `${fmt(REPORTED_RESULT_LIMIT_CELLS)} cells`],
  ]);
  const { formulaCells, stats } = liveRun(1_000, 'selection');
  report.line('Live 200-block selection', [
    ['DISTMODEL cells', formulaCells],
    ['largest result', `${fmt(stats.largestResultCells)} cells`],
  ]);
}
