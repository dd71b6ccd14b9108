// Issue #17 §2, the example: 11,365 products scored as live "all" formulas become three formulas (then M1
// over rows 1-5,681, M5682 over 5,682-11,362, M11363 to the end; where the seams fall follows the output's
// width, so it is read from the sheet here). A row inserted at a seam, or a formula's own
// row deleted, leaves product rows that no formula reaches. They are named in the Portfolio, and the fix
// it offers (live formulas for the whole table again) re-plans the formulas over every row.
import { describe, expect, it } from 'vitest';
import { coverRequest } from '../../../sidebar/bulk/cover-request';
import type { PortfolioSummary, ScoreResult } from '../../../src/shared/sidebar-contract';
import { formulas, type Harness, harness, productsSheet, request, values } from '../support';

const ROWS = 11_365;

/** The table scored as live formulas: three of them, from rows 1, `seam` and `next`. */
function scoredLive(): { h: Harness; seam: number; next: number } {
  const h = harness({ Products: productsSheet(ROWS) });
  h.env.setActiveRange('Products!A2');
  expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' })).status).toBe('done');
  const anchors = formulas(h, `Products!M1:M${ROWS + 1}`)
    .map((r, i) => (r[0] === '' ? 0 : i + 1))
    .filter((r) => r > 0);
  expect(anchors).toHaveLength(3);
  expect(coverRequest(h.call<PortfolioSummary>('getPortfolioSummary'))).toBeNull();
  return { h, seam: anchors[1] as number, next: anchors[2] as number };
}

/** Every product row shows a model, and the Portfolio counts exactly those rows. */
function everyRowCovered(h: Harness, rows: number) {
  const summary = h.call<PortfolioSummary>('getPortfolioSummary');
  expect(summary.uncovered).toBeUndefined();
  expect(summary.total).toBe(rows);
  const shown = values(h, `Products!M2:M${rows + 1}`).filter((r) => r[0] !== '').length;
  expect(shown).toBe(rows);
  const counted = Object.values(summary.counts).reduce((a, b) => a + b, 0) + summary.invalid;
  expect(counted).toBe(shown);
}

/** The Portfolio names the rows, and its one-click fix is what the sidebar sends to re-plan them. */
function fixOffered(h: Harness, rows: string): void {
  const summary = h.call<PortfolioSummary>('getPortfolioSummary');
  expect(summary.uncovered?.rows).toBe(rows);
  const fix = coverRequest(summary);
  expect(fix).toEqual({ scope: 'table', mode: 'formulas', overwrite: false, jobId: null });
  expect(h.call<ScoreResult>('scoreProducts', fix).status).toBe('done');
}

describe('live output after rows move under its seams', () => {
  // The example at its real size: two runs over 11,365 rows take a while on a busy machine.
  it('a product typed into a row inserted at a seam is flagged, and the fix gives it a result', {
    timeout: 300_000,
  }, () => {
    const { h, seam } = scoredLive();
    h.workbook.insertRowsAfter('Products', seam - 1, 1);
    h.workbook.setContents(h.workbook.resolve(`Products!A${seam}:L${seam}`), [
      productsSheet(1)[1] as unknown[],
    ]);
    expect(values(h, `Products!M${seam}`)).toEqual([['']]);
    fixOffered(h, `${seam}`);
    expect(values(h, `Products!M${seam}`)[0]?.[0]).not.toBe('');
    everyRowCovered(h, ROWS + 1);
  });

  it('the row of a formula deleted: the rows it covered are flagged, and the fix covers them', () => {
    const h = harness({ Products: productsSheet(8) });
    h.env.setActiveRange('Products!A2');
    h.call('scoreProducts', request({ mode: 'formulas' }));
    // Two live formulas, as for a large table: rows 1-5 and 6-9; then row 6, the second's own, is deleted.
    h.workbook.setContents(h.workbook.resolve('Products!M1:M6'), [
      ['=DISTMODEL(A1:L5, DistModelWeights, "all")'],
      [''],
      [''],
      [''],
      [''],
      ['=DISTMODEL(A6:L, DistModelWeights, "all", A$1:L$1)'],
    ]);
    h.workbook.deleteRows('Products', 6, 1);
    fixOffered(h, '6-8');
    everyRowCovered(h, 7);
  });
});
