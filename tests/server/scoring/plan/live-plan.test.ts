// Live output cut into DISTMODEL formulas within Google's limits (src/server/live-plan.ts, limits.ts), as
// properties over any table up to Sheets' 10 million cells and any selection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSegments, type RowSegment } from '../../../../src/server/scoring/output-region';
import {
  formulaBudgetRows,
  MAX_LIVE_FORMULAS,
  MAX_SELECTION_FORMULAS,
  maxLiveRows,
  ROW_COST_BOUND_MS,
} from '../../../../src/server/scoring/plan/limits';
import {
  type LiveFormula,
  selectionFormulas,
  tableFormulas,
} from '../../../../src/server/scoring/plan/live-plan';
import { CUSTOM_FUNCTION_LIMITS } from '../../../../workbench/gas';

/** What a formula returns: its rows (to the grid's end when open) times the output width. */
function resultCells(f: LiveFormula, maxRows: number, width: number): number {
  return ((f.open ? maxRows : f.to) - f.from + 1) * width;
}

const SHEETS_CELLS = 10_000_000;

describe('whole table', () => {
  it('each formula returns at most a quarter of the result limit and runs well inside 30 s, at most 20 formulas', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 400_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 16 }),
        (headerRow, rows, spare, width) => {
          const lastRow = headerRow + rows;
          const maxRows = lastRow + spare;
          const plan = tableFormulas(headerRow, lastRow, maxRows, width);
          if (!plan.ok) {
            expect(rows).toBeGreaterThan(maxLiveRows(width) - 1);
            expect(plan.message).toMatch(/frozen values/);
            return;
          }
          const { formulas } = plan;
          expect(formulas.length).toBeLessThanOrEqual(MAX_LIVE_FORMULAS);
          // Contiguous from the header row, covering every table row.
          expect(formulas[0]?.from).toBe(headerRow);
          formulas.slice(1).forEach((f, i) => {
            expect(f.from).toBe((formulas[i] as LiveFormula).to + 1);
          });
          const last = formulas.at(-1) as LiveFormula;
          expect(last.to).toBeGreaterThanOrEqual(lastRow);
          expect(formulas.slice(0, -1).every((f) => !f.open)).toBe(true);
          // Within half of each limit always, within a quarter unless the table needs more than 20 formulas.
          const stretched = Math.ceil((rows + 1) / formulaBudgetRows(width)) > MAX_LIVE_FORMULAS;
          const safety = stretched ? 2 : 4;
          for (const f of formulas) {
            expect(resultCells(f, maxRows, width)).toBeLessThanOrEqual(
              CUSTOM_FUNCTION_LIMITS.resultCells / safety,
            );
            const rowsRead = (f.open ? maxRows : f.to) - f.from + 1;
            expect(rowsRead * ROW_COST_BOUND_MS).toBeLessThanOrEqual(
              CUSTOM_FUNCTION_LIMITS.runMs / (stretched ? 2 : 6),
            );
          }
        },
      ),
    );
  });

  it('50,000 rows with 8 output columns: 7 formulas of 7,812 rows, the last open-ended', () => {
    const plan = tableFormulas(1, 50_001, 50_001, 8);
    expect(plan.ok && plan.formulas.map((f) => [f.from, f.to, f.open])).toEqual([
      [1, 7812, false],
      [7813, 15624, false],
      [15625, 23436, false],
      [23437, 31248, false],
      [31249, 39060, false],
      [39061, 46872, false],
      [46873, 50001, true],
    ]);
  });

  it("a table as long as Sheets' cell limit allows is covered live, or refused with a clear message", () => {
    // 12 product columns and 8 output columns: 500,000 rows fill 10 million cells.
    const rows = SHEETS_CELLS / 20;
    const plan = tableFormulas(1, rows + 1, rows + 1, 8);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/at most 312,500 rows.*has 500,000.*frozen values/);
    const fits = tableFormulas(1, 300_001, 300_001, 8);
    expect(fits.ok && fits.formulas.length).toBe(MAX_LIVE_FORMULAS);
  });
});

/** Sorted, disjoint segments inside [2, 100,000]. */
const selections = fc
  .array(fc.tuple(fc.integer({ min: 2, max: 100_000 }), fc.integer({ min: 0, max: 9_000 })), {
    minLength: 1,
    maxLength: 200,
  })
  .map((blocks) =>
    clipSegments(
      blocks.map(([a, n]): RowSegment => [a, a + n]),
      2,
      100_000,
    ),
  );

describe('selected blocks', () => {
  it('at most the limit of formulas, each within budget, covering every selected row and nothing twice', () => {
    fc.assert(
      fc.property(selections, fc.integer({ min: 0, max: MAX_SELECTION_FORMULAS }), (segments, limit) => {
        const plan = selectionFormulas(segments, 8, limit);
        if (!plan.ok) {
          expect(plan.message).toMatch(/frozen values/);
          return;
        }
        expect(plan.formulas.length).toBeLessThanOrEqual(limit);
        for (const f of plan.formulas) {
          expect(f.open).toBe(false);
          expect(f.to - f.from + 1).toBeLessThanOrEqual(formulaBudgetRows(8));
        }
        plan.formulas.slice(1).forEach((f, i) => {
          expect(f.from).toBeGreaterThan((plan.formulas[i] as LiveFormula).to);
        });
        const inPlan = (row: number) => plan.formulas.some((f) => row >= f.from && row <= f.to);
        for (const [a, b] of segments) {
          expect(inPlan(a)).toBe(true);
          expect(inPlan(b)).toBe(true);
        }
        // The plan's segments are exactly the rows its formulas read.
        const read = plan.formulas.reduce((n, f) => n + f.to - f.from + 1, 0);
        expect(read).toBe(plan.segments.reduce((n, [a, b]) => n + b - a + 1, 0));
      }),
    );
  });

  it('200 one-row blocks (every other row) become 10 formulas, joined over the smallest gaps', () => {
    const segments = Array.from({ length: 200 }, (_, i): RowSegment => [2 + 2 * i, 2 + 2 * i]);
    const plan = selectionFormulas(segments, 8, MAX_SELECTION_FORMULAS);
    expect(plan.ok && plan.formulas.length).toBe(MAX_SELECTION_FORMULAS);
    expect(plan.ok && plan.segments[0]?.[0]).toBe(2);
    expect(plan.ok && plan.segments.at(-1)?.[1]).toBe(400);
  });

  it('blocks are joined only where that saves a formula; a selection that cannot fit is a clear message', () => {
    const near = Array.from({ length: 11 }, (_, i): RowSegment => [2 + 5_000 * i, 2 + 5_000 * i]);
    const plan = selectionFormulas(near, 8, MAX_SELECTION_FORMULAS);
    expect(plan.ok && plan.formulas.length).toBe(MAX_SELECTION_FORMULAS);
    // 10,000 rows apart, two blocks joined need two formulas anyway: nothing to gain, so it does not fit.
    const far = Array.from({ length: 11 }, (_, i): RowSegment => [2 + 10_000 * i, 2 + 10_000 * i]);
    const refused = selectionFormulas(far, 8, MAX_SELECTION_FORMULAS);
    expect(refused.ok || refused.message).toMatch(/need 11 formula cells.*adds at most 10/);
  });
});
