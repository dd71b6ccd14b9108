// Google's limits at 50,000 products, through the built bundle on the stand-ins (which enforce them,
// workbench/gas/limits.ts): spreadsheet calls that do not grow with the table, live formulas whose results
// each stay well inside the result-size limit and that recalculate within 30 executions at once, and a
// selection of 200 blocks written as a few formulas. The 50,000-row runs take a while in the stand-in (the
// formula engine's writes and spills); each reports its steps as it goes.
import { beforeAll, describe, expect, it } from 'vitest';
import { distmodel, OUTPUT_HEADERS } from '../../../src/engine';
import { formulaBudgetRows } from '../../../src/server/scoring/plan/limits';
import { columnLetters } from '../../../src/shared/a1';
import type {
  SaveResult,
  ScoreRequest,
  ScoreResult,
  WeightsState,
} from '../../../src/shared/sidebar-contract';
import { CUSTOM_FUNCTION_LIMITS } from '../../../workbench/gas';
import { balanced, formulas, type Harness, harness, productsSheet, request, values } from '../support';

/** The output columns beside the 12 product columns A:L: M and on, as wide as the "all" output. */
const WIDTH = OUTPUT_HEADERS.all.length;
const LAST = columnLetters(12 + WIDTH);

const started = Date.now();
/** A line on the console while a long test runs, so `npm test` shows it is moving. */
function progress(step: string): void {
  console.log(`[scale ${((Date.now() - started) / 1000).toFixed(0)} s] ${step}`);
}

/**
 * Bulk scoring of `rows` products as values, then again as live formulas over them (a user switching):
 * the spreadsheet calls of each run, and the harness to look at afterwards.
 */
function valuesThenFormulas(rows: number): {
  values: Record<string, number>;
  formulas: Record<string, number>;
  h: Harness;
} {
  const big = rows > 1000;
  if (big) progress(`${rows.toLocaleString('en-US')} rows: building the sheet`);
  const h = harness({ Products: productsSheet(rows) });
  h.env.setActiveRange('Products!A2');
  h.call('saveWeights', balanced(), 'none'); // the weights store exists, as after a first run
  const calls = (mode: ScoreRequest['mode']) => {
    if (big) progress(`${rows.toLocaleString('en-US')} rows: scoring as ${mode}`);
    h.env.calls.reset();
    const result = h.call<ScoreResult>('scoreProducts', request({ mode }));
    expect(result).toMatchObject({ status: 'done', rows });
    // The record of what was written fits in one document property value (9 KB) whatever the size.
    const props = (h.env.services.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperties();
    for (const text of Object.values(props)) expect(text.length).toBeLessThanOrEqual(9 * 1024);
    return h.env.calls.byMethod();
  };
  return { values: calls('values'), formulas: calls('formulas'), h };
}

/** DISTMODEL formula cells in the output column M, rows 1..rows. */
function liveFormulaCells(h: Harness, rows: number): number {
  return formulas(h, `Products!M1:M${rows}`)
    .flat()
    .filter((f) => /^=DISTMODEL\(/.test(f)).length;
}

describe('50,000 products: values, then live formulas over them', () => {
  const rows = 50_000;
  let small: ReturnType<typeof valuesThenFormulas>;
  let large: ReturnType<typeof valuesThenFormulas>;
  beforeAll(() => {
    small = valuesThenFormulas(100);
    large = valuesThenFormulas(rows);
  }, 300_000);

  it('values: the same spreadsheet calls as for 100 rows, one getValues of the table and one setValues', () => {
    expect(large.values).toEqual(small.values);
    expect(small.values['Range.setValues']).toBe(1);
    // One read of the product table, one of the weights table.
    expect(small.values['Range.getValues']).toBe(2);
  });

  it('formulas: the same calls as for 100 rows, the formulas written with one setFormulas', () => {
    expect(large.formulas).toEqual(small.formulas);
    expect(small.formulas['Range.setValues'] ?? 0).toBe(0);
    expect(small.formulas['Range.setFormulas']).toBe(1);
  });

  it('every live result within a quarter of the size limit; a weights change recalculates all within 30 executions', () => {
    const { h } = large;
    const stats = h.workbook.customFunctionStats();
    expect(stats.refused).toEqual({});
    expect(stats.largestResultCells).toBeLessThanOrEqual(CUSTOM_FUNCTION_LIMITS.resultCells / 4);
    const cells = liveFormulaCells(h, rows + 1);
    expect(cells).toBeGreaterThan(1);
    expect(cells).toBeLessThanOrEqual(20);
    // Every row shows its result: spot checks across the formulas' seams and the last row.
    const expected = distmodel(productsSheet(rows), balanced(), 'all');
    const per = formulaBudgetRows(WIDTH);
    for (const row of [1, 2, per, per + 1, per + 2, 2 * per + 1, rows + 1])
      expect(values(h, `Products!M${row}:${LAST}${row}`)).toEqual([expected[row - 1]]);
    progress('50,000 rows: a weights change recalculates every live formula');
    const version = h.call<WeightsState>('getWeights').version;
    expect(h.call<SaveResult>('saveWeights', balanced(), version).status).toBe('saved');
    expect(h.workbook.customFunctionStats().refused).toEqual({});
    expect(h.workbook.customFunctionStats().largestWave).toBe(cells);
  });
});

describe('a selection of many blocks', () => {
  it('"Score selected rows" on 200 blocks writes at most 10 formula cells, and they all recalculate', () => {
    const products = productsSheet(1_000);
    const h = harness({ Products: products });
    const blocks = Array.from({ length: 200 }, (_, i) => `Products!A${3 + 4 * i}:B${4 + 4 * i}`);
    h.env.setActiveRanges(blocks);
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(result).toMatchObject({ status: 'done' });
    expect(liveFormulaCells(h, 1_001)).toBeLessThanOrEqual(10);
    const expected = distmodel(products, balanced(), 'all');
    for (let i = 0; i < 200; i++) {
      const row = 3 + 4 * i;
      expect(values(h, `Products!M${row}:${LAST}${row + 1}`)).toEqual(expected.slice(row - 1, row + 1));
    }
    const version = h.call<WeightsState>('getWeights').version;
    expect(h.call<SaveResult>('saveWeights', balanced(), version).status).toBe('saved');
    expect(h.workbook.customFunctionStats().refused).toEqual({});
  });
});
