// Issue #17 §4: scoring replaced a hand-typed =DISTMODEL(...) in the output column without asking or
// saying so. Only the formulas DistModel writes are its own; any other DISTMODEL formula is the user's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../../src/shared/sidebar-contract';
import { formulas, harness, productsSheet, request } from '../support';

const type = (h: ReturnType<typeof harness>, a1: string, value: unknown) =>
  h.workbook.setContents(h.workbook.resolve(a1), [[value]]);

describe('a hand-typed DISTMODEL in the output columns', () => {
  for (const mode of ['values', 'formulas'] as const) {
    it(`is listed and kept until the user agrees (${mode})`, () => {
      const h = harness({ Products: productsSheet(8) });
      h.env.setActiveRange('Products!A2');
      expect(h.call<ScoreResult>('scoreProducts', request({ mode })).status).toBe('done');
      // Below the table, so no live spill covers it: the user's own formula for one product.
      type(h, 'Products!M12', '=DISTMODEL(A2:L2, "B2B software", "model")');
      type(h, 'Products!A11', 'Typed later');
      const ask = h.call<ScoreResult>('scoreProducts', request({ mode }));
      expect(ask).toMatchObject({ status: 'needs-confirmation', occupiedCells: ['M12'], occupiedCount: 1 });
      expect(formulas(h, 'Products!M12')).toEqual([['=DISTMODEL(A2:L2, "B2B software", "model")']]);
    });
  }

  it('the formulas DistModel writes stay its own wherever rows moved them', async () => {
    const { isOutputFormula } = await import('../../../src/server/sheets/cells');
    expect(isOutputFormula('=DISTMODEL(A1:L, DistModelWeights, "all")')).toBe(true);
    expect(isOutputFormula('=DISTMODEL(A5683:L11363, DistModelWeights, "all", A$1:L$1)')).toBe(true);
    expect(isOutputFormula('=DISTMODEL(A2:L2)')).toBe(false);
    expect(isOutputFormula('=DISTMODEL(A1:L9, DistModelWeights, "model")')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }), (from, rows) =>
        isOutputFormula(`=DISTMODEL(A${from}:L${from + rows}, DistModelWeights, "all", A$1:L$1)`),
      ),
    );
  });
});
