// "Set up ratings" (issue #21): a sheet of one row per product and rater, with dropdowns, a frozen header, a
// filter on the block, example ratings by three raters and a live DISTMODEL_CONSENSUS beside them.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FACTORS, distmodelConsensus } from '../../../src/engine';
import { balanced, formulas, harness, values } from '../support';

describe('setupRatingsSheet', () => {
  it('creates "Ratings" with Product, Rater and every built-in column, and example ratings by three raters', () => {
    const h = harness({ Sheet1: [['my notes']] });
    expect(h.call('setupRatingsSheet')).toEqual({ sheetName: 'Ratings' });
    const grid = values(h, 'Ratings!A1:O7');
    expect(grid[0]).toEqual(['Product', 'Rater', ...BUILT_IN_FACTORS.map((f) => f.name)]);
    expect(new Set(grid.slice(1).map((r) => r[1])).size).toBe(3);
    expect(h.workbook.frozenRows('Ratings')).toBe(1);
    expect(values(h, 'Sheet1!A1')).toEqual([['my notes']]);
    expect(h.call('setupRatingsSheet')).toEqual({ sheetName: 'Ratings 2' });
  });

  it('puts a dropdown on every categorical column and a filter over the whole block', () => {
    const h = harness();
    h.call('setupRatingsSheet');
    BUILT_IN_FACTORS.forEach((factor, i) => {
      const rule = h.workbook.getExtra('validation', h.workbook.range('Ratings', 2, i + 3))[0]?.[0];
      if (factor.kind === 'numeric') expect(rule ?? null).toBeNull();
      else expect(JSON.stringify(rule)).toContain(JSON.stringify(factor.levels[0]));
    });
    const filters = h.env.document.records.filters.filter((f) => f.sheet === 'Ratings' && !f.removed);
    expect(filters).toHaveLength(1);
    expect(filters[0]?.range).toMatchObject({ row: 1, column: 1, numColumns: 15 });
  });

  it('its consensus formula reads the shared weights and shows a dispute that changes the answer', () => {
    const h = harness();
    h.call('setupRatingsSheet');
    expect(formulas(h, 'Ratings!Q1')[0]?.[0]).toBe('=DISTMODEL_CONSENSUS(A1:O, DistModelWeights)');
    const expected = distmodelConsensus(values(h, 'Ratings!A1:O7'), balanced());
    expect(values(h, 'Ratings!Q1:Z3')).toEqual(expected);
    expect(expected.slice(1).map((r) => r[5])).toContain(true);
  });
});
