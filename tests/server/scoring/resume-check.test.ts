// Issue #17, section 2: a resumed job checks what changed and either finishes right or says why it cannot.
// A stopped values job resumed after a row was inserted or deleted inside the table, or after another run
// wrote live formulas over the same output, used to say "done" with rows left without a result.
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../../src/shared/sidebar-contract';
import { readBuiltCode } from '../../../workbench/vm';
import { type Harness, harness, killOnWrite, productsSheet, request, values } from '../support';

const ROWS = 10;

/** A harness whose scoring stops after one chunk of 3 rows per execution (as at the time limit). */
function stoppedJob(): { h: Harness; jobId: string } {
  const prefix =
    'var DISTMODEL_SCORING_LIMITS = { chunkRows: 3, timeBudgetMs: 0 };\n' +
    'function setScoringLimitsForTest(c, t) { DISTMODEL_SCORING_LIMITS = { chunkRows: c, timeBudgetMs: t }; }\n';
  const h = harness({ Products: productsSheet(ROWS) }, { code: prefix + readBuiltCode() });
  h.env.setActiveRange('Products!A2');
  const first = h.call<ScoreResult>('scoreProducts', request({}));
  if (first.status !== 'partial') throw new Error(`expected a partial run, got ${first.status}`);
  h.call('setScoringLimitsForTest', 3, 1e9);
  return { h, jobId: first.jobId };
}

const products = (h: Harness) =>
  h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    'Products',
  ) as GoogleAppsScript.Spreadsheet.Sheet;

/** Rows of the table (A non-blank) whose output (M) is blank. */
function rowsWithoutResult(h: Harness): number[] {
  const grid = values(h, `Products!A2:M${ROWS + 3}`);
  return grid.flatMap((row, i) => (row[0] !== '' && row[12] === '' ? [i + 2] : []));
}

describe('resuming a stopped values job', () => {
  it('after a row was inserted inside the table and a product typed into it: says why, never "done"', () => {
    const { h, jobId } = stoppedJob();
    products(h).insertRowsBefore(6, 1);
    h.workbook.setContents(h.workbook.resolve('Products!A6:C6'), [['Inserted product', 'B2B', 'Software']]);
    expect(() => h.call('scoreProducts', request({ jobId }))).toThrow(
      /inserted or deleted.*press Score products/,
    );
    // Started again, every product row gets its result.
    h.call('scoreProducts', request({ overwrite: true }));
    expect(rowsWithoutResult(h)).toEqual([]);
  });

  it('after a row was deleted inside the table: says why', () => {
    const { h, jobId } = stoppedJob();
    products(h).deleteRow(7);
    expect(() => h.call('scoreProducts', request({ jobId }))).toThrow(/inserted or deleted/);
  });

  it('after another run wrote live formulas over the same output: says why, and the formulas stay whole', () => {
    const { h, jobId } = stoppedJob();
    const live = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(live.status).toBe('done');
    expect(() => h.call('scoreProducts', request({ jobId }))).toThrow(/a later run on its sheet replaced it/);
    const out = values(h, `Products!M1:M${ROWS + 1}`).flat();
    expect(out.filter((c) => c === '' || String(c).startsWith('#'))).toEqual([]);
  });

  it('after live formulas were typed over the output by hand: says why, and the formula stays whole', () => {
    const { h, jobId } = stoppedJob();
    h.workbook.setContents(h.workbook.resolve('Products!M5'), [
      ['=DISTMODEL(A5:L11, DistModelWeights, "all", A$1:L$1)'],
    ]);
    expect(() => h.call('scoreProducts', request({ jobId }))).toThrow(/Live DISTMODEL formulas \(M5\)/);
    expect(h.workbook.getFormulas(h.workbook.resolve('Products!M5'))).toEqual([
      ['=DISTMODEL(A5:L11, DistModelWeights, "all", A$1:L$1)'],
    ]);
  });

  it('with the table as it left it: finishes, every row scored', () => {
    const { h, jobId } = stoppedJob();
    expect(h.call<ScoreResult>('scoreProducts', request({ jobId })).status).toBe('done');
    expect(rowsWithoutResult(h)).toEqual([]);
  });
});

describe('an execution killed mid-scoring', () => {
  /** A harness of 3-row chunks whose first run is killed at its `n`th write, before the sidebar learns its job. */
  function killedRun(n: number): Harness {
    const prefix = 'var DISTMODEL_SCORING_LIMITS = { chunkRows: 3, timeBudgetMs: 1e9 };\n';
    const h = harness({ Products: productsSheet(ROWS) }, { code: prefix + readBuiltCode() });
    h.env.setActiveRange('Products!A2');
    const restore = killOnWrite(h, n);
    expect(() => h.call('scoreProducts', request({}))).toThrow();
    restore();
    return h;
  }

  const jobKeys = (h: Harness) =>
    h.env.services.PropertiesService.getDocumentProperties()
      .getKeys()
      .filter((k) => k.startsWith('distmodel.job.'));

  it.each([2, 3, 4])(
    'killed at write %i: a new run neither asks about its own cells nor leaves the job',
    (n) => {
      const h = killedRun(n);
      expect(jobKeys(h)).toHaveLength(1);
      const again = h.call<ScoreResult>('scoreProducts', request({}));
      expect(again.status).toBe('done');
      expect(jobKeys(h)).toEqual([]);
      expect(rowsWithoutResult(h)).toEqual([]);
    },
  );
});
