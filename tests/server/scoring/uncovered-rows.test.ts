// Issue #17, section 2: every product gets exactly one result, or a message. Product rows that live
// formulas do not reach (a row inserted at a seam between two formulas, products typed below a formula's
// block) are named in the portfolio summary, which the sidebar shows with how to fix it.
import { describe, expect, it } from 'vitest';
import type { PortfolioSummary, ScoreResult } from '../../../src/shared/sidebar-contract';
import { harness, productsSheet, request } from '../support';

describe('product rows without a result under live output', () => {
  it('are named: rows typed below a live formula that reads a fixed block', () => {
    const h = harness({ Products: productsSheet(8) });
    h.env.setActiveRange('Products!A2');
    expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' })).status).toBe('done');
    const wb = h.workbook;
    // Two live formulas, as for a large table: rows 1-5 and 6-7; row 8 and 9 belong to neither.
    wb.setContents(wb.resolve('Products!M1:M9'), [
      ['=DISTMODEL(A1:L5, DistModelWeights, "all")'],
      [''],
      [''],
      [''],
      [''],
      ['=DISTMODEL(A6:L7, DistModelWeights, "all", A$1:L$1)'],
      [''],
      [''],
      [''],
    ]);
    const summary = h.call<PortfolioSummary>('getPortfolioSummary');
    expect(summary.total).toBe(8);
    expect(summary.uncovered).toEqual({ count: 2, rows: '8-9' });
  });

  it('none when the live formula covers the whole table', () => {
    const h = harness({ Products: productsSheet(8) });
    h.env.setActiveRange('Products!A2');
    h.call('scoreProducts', request({ mode: 'formulas' }));
    const summary = h.call<PortfolioSummary>('getPortfolioSummary');
    expect(summary.uncovered).toBeUndefined();
    // Issue #17: the count names the sheet whose table it is.
    expect(summary.sheetName).toBe('Products');
  });
});
