// "Set up a product sheet": headers, dropdowns, frozen header, example rows and a live DISTMODEL column.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FACTORS, distmodel } from '../../../src/engine';
import { balanced, formulas, HEADERS, harness, values } from '../support';

describe('setupProductSheet', () => {
  it('creates "Products" with every built-in column, Product first, and example rows', () => {
    const h = harness({ Sheet1: [['my notes']] });
    expect(h.call('setupProductSheet')).toEqual({ sheetName: 'Products' });
    const grid = values(h, 'Products!A1:L5');
    expect(grid[0]).toEqual(HEADERS);
    expect(grid.slice(1).every((row) => row[0] !== '' && row.slice(1).every((cell) => cell !== ''))).toBe(
      true,
    );
    expect(h.workbook.frozenRows('Products')).toBe(1);
    expect(values(h, 'Sheet1!A1')).toEqual([['my notes']]);
  });

  it('puts dropdown validation on every categorical column and none on Price', () => {
    const h = harness();
    h.call('setupProductSheet');
    BUILT_IN_FACTORS.forEach((factor, i) => {
      const column = i + 2;
      const rule = h.workbook.getExtra('validation', h.workbook.range('Products', 2, column))[0]?.[0];
      if (factor.kind === 'numeric') expect(rule ?? null).toBeNull();
      else expect(JSON.stringify(rule)).toContain(JSON.stringify(factor.levels[0]));
    });
  });

  it("its DISTMODEL column reads the shared weights range and shows each example's model", () => {
    const h = harness();
    h.call('setupProductSheet');
    expect(formulas(h, 'Products!O1')[0]?.[0]).toMatch(/^=DISTMODEL\(A1:N, DistModelWeights\)$/);
    const rows = values(h, 'Products!A1:N5');
    const expected = distmodel(rows, balanced());
    expect(values(h, 'Products!O1:O5')).toEqual(expected);
    // Four examples, four different models.
    expect(new Set(expected.slice(1).map((r) => r[0])).size).toBe(4);
  });

  it('never replaces an existing sheet: picks "Products 2", then "Products 3"', () => {
    const h = harness({ Products: [['Product', 'Mine']] });
    expect(h.call('setupProductSheet')).toEqual({ sheetName: 'Products 2' });
    expect(h.call('setupProductSheet')).toEqual({ sheetName: 'Products 3' });
    expect(values(h, 'Products!A1:B1')).toEqual([['Product', 'Mine']]);
  });

  it('creates the weights sheet and named range with the Balanced preset on first need', () => {
    const h = harness();
    h.call('setupProductSheet');
    const grid = balanced();
    expect(values(h, `'DistModel weights'!A1:G${grid.length}`)).toEqual(grid);
    const named = h.workbook.namedRanges().find((n) => n.name === 'DistModelWeights');
    expect(named?.range).toEqual({
      sheet: 'DistModel weights',
      row: 1,
      column: 1,
      numRows: 1000, // whole columns: rows added below the table count
      numColumns: 7,
    });
  });
});
