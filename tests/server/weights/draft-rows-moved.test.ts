// Issue #17: inserting or deleting rows in the sidebar's draft before Apply cost the formulas of the user's
// unchanged cells in the rows after: Apply wrote by row index, so every row below moved one cell off.
// Rows are matched by what they are (factor and level); the sheet inserts and deletes rows itself, and
// only changed cells are written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRows } from '../../../src/server/weights/row-alignment';
import type { SaveResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, formulas, type Grid, harness, productsSheet, values } from '../support';

const SHEET = "'DistModel weights'";

/** Balanced in the weights sheet, every level row with a Note formula of its own (its link names its row). */
function withNoteFormulas() {
  const h = harness({ Products: productsSheet(4) });
  const { version } = h.call<WeightsState>('getWeights');
  h.call('saveWeights', balanced(), version);
  const rows = balanced().length;
  const notes = Array.from({ length: rows }, (_, i) =>
    i === 0 ? ['Note'] : [`=HYPERLINK("https://example.com/${i + 1}", "source")`],
  );
  h.workbook.setContents(h.workbook.resolve(`${SHEET}!H1:H${rows}`), notes);
  return h;
}

describe('Apply after rows were inserted or deleted in the draft', () => {
  it("keeps every unchanged row's formulas, moved with its row", () => {
    const h = withNoteFormulas();
    const state = h.call<WeightsState>('getWeights');
    const grid: Grid = state.grid.map((row) => [...row]);
    const width = (grid[0] as unknown[]).length;
    const mine = ['My factor', 'Yes', 1, 1, 0, 0, -1, ...Array(width - 7).fill('')];
    grid.splice(3, 0, mine.slice(0, width) as Grid[number]);
    grid.splice(9, 1);
    const saved = h.call<SaveResult>('saveWeights', grid, state.version);
    expect(saved.status).toBe('saved');
    // Every kept row's Note moved with it: row r holds the formula of the sheet row it was.
    const wasRow = (r: number) => (r <= 3 ? r : r <= 9 ? r - 1 : r);
    for (let r = 2; r <= grid.length; r++) {
      if (r === 4) continue; // the inserted row has no Note
      expect(formulas(h, `${SHEET}!H${r}`), `row ${r}`).toEqual([
        [`=HYPERLINK("https://example.com/${wasRow(r)}", "source")`],
      ]);
    }
    expect(formulas(h, `${SHEET}!H4`)).toEqual([['']]);
    expect(values(h, `${SHEET}!A4:B4`)).toEqual([['My factor', 'Yes']]);
  });

  it('the alignment turns the stored rows into the new ones (property)', () => {
    const level = fc.tuple(
      fc.constantFrom('Price', 'Size', 'Reach'),
      fc.constantFrom('Low', 'High', 'Mid', 'Any'),
    );
    fc.assert(
      fc.property(fc.array(level, { maxLength: 12 }), fc.array(level, { maxLength: 12 }), (a, b) => {
        const header = ['Factor', 'Level', 'Weight', 'Direct (assisted sales)'];
        const stored: Grid = [header, ...a.map(([f, l]) => [f, l, 1, 0])];
        const next: Grid = [header, ...b.map(([f, l]) => [f, l, 1, 0])];
        const { edits, aligned } = alignRows(stored, next);
        // Applying the edits to the stored rows gives `aligned`, row for row, and it is as long as needed.
        let sheet: Grid = stored.map((r) => [...r]);
        for (const e of edits) {
          if (e.kind === 'delete') sheet.splice(e.row - 1, e.count);
          else sheet.splice(e.before - 1, 0, ...Array.from({ length: e.count }, () => []));
        }
        sheet = sheet.slice(0, aligned.length);
        while (sheet.length < aligned.length) sheet.push([]);
        expect(sheet).toEqual(aligned);
        expect(aligned.length).toBeGreaterThanOrEqual(next.length);
      }),
    );
  });
});
