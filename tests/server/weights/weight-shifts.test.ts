// getWeightShifts (issue #11, sidebar portfolio): for each factor, how many of the active sheet's products
// change model if its weight alone is halved or doubled. Checked against the plain route: re-scoring the
// whole table with DISTMODEL on a weights table with that one weight changed, and counting the rows whose
// model differs.
import { describe, expect, it } from 'vitest';
import { productTable } from '../../../bench/products';
import { distmodel } from '../../../src/engine';
import type { WeightShifts } from '../../../src/shared/sidebar-contract';
import { balanced, type Grid, harness } from '../support';

/** The Balanced grid with one factor's weight multiplied by k (the weight sits on the factor's first row). */
function scaled(grid: Grid, factor: string, k: number): Grid {
  return grid.map((row, r) =>
    r > 0 && row[0] === factor && row[2] !== '' ? row.map((c, i) => (i === 2 ? (c as number) * k : c)) : row,
  );
}

describe('getWeightShifts', () => {
  it('counts, per factor, the products a halved or doubled weight moves, as re-scoring the table does', () => {
    // Random products (fixed seed) mix firm and fragile recommendations; the calibration ones are all firm.
    const products: unknown[][] = productTable(60);
    // Blank the known facts of some rows so that blank factors (which no weight can flip) are in the mix.
    for (const r of [3, 9, 17]) (products[r] as unknown[]).fill('', 4);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A1');
    const result = h.call<WeightShifts>('getWeightShifts');
    const models = (grid: Grid) =>
      distmodel(products, grid)
        .slice(1)
        .map((row) => row[0]);
    const base = models(balanced());
    const changed = (grid: Grid) => models(grid).filter((m, i) => m !== base[i]).length;
    expect(result.scored).toBe(60);
    const factors = [
      ...new Set(
        balanced()
          .slice(1)
          .map((row) => row[0] as string),
      ),
    ];
    expect(result.shifts.map((s) => s.factor)).toEqual(factors);
    for (const shift of result.shifts) {
      expect(shift.halved, `${shift.factor} halved`).toBe(changed(scaled(balanced(), shift.factor, 0.5)));
      expect(shift.doubled, `${shift.factor} doubled`).toBe(changed(scaled(balanced(), shift.factor, 2)));
    }
    expect(result.shifts.some((s) => s.halved + s.doubled > 0)).toBe(true);
  });

  it('says so readably when the active sheet has no product table', () => {
    const h = harness({ Notes: [['x']] });
    h.env.setActiveRange('Notes!A1');
    expect(() => h.call('getWeightShifts')).toThrow(/No product table found on "Notes"/);
  });
});
