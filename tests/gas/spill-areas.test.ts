// areasOf: the cells a spill leaves behind, as the rectangles the stand-in clears in one engine write each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Area, areasOf, cellKey } from '../../workbench/gas/spills';

function cellsOf(areas: readonly Area[]): number[] {
  const keys: number[] = [];
  for (const a of areas)
    for (let r = a.row; r < a.row + a.rows; r++)
      for (let c = a.col; c < a.col + a.cols; c++) keys.push(cellKey(a.sheet, r, c));
  return keys.sort((x, y) => x - y);
}

describe('areasOf', () => {
  it('covers exactly the given cells, each once, on any sheet', () => {
    const cell = fc.tuple(fc.nat(2), fc.nat(30), fc.nat(10)).map(([s, r, c]) => cellKey(s, r, c));
    fc.assert(
      fc.property(fc.uniqueArray(cell, { maxLength: 200 }), (keys) => {
        expect(cellsOf(areasOf(keys))).toEqual([...keys].sort((x, y) => x - y));
      }),
    );
  });

  it("a 1000-row spill without its anchor cell is two rectangles: the anchor's row and the rows below", () => {
    const keys: number[] = [];
    for (let r = 0; r < 1000; r++)
      for (let c = 12; c < 20; c++) if (r !== 0 || c !== 12) keys.push(cellKey(1, r, c));
    expect(areasOf(keys.reverse())).toEqual([
      { sheet: 1, row: 0, col: 13, rows: 1, cols: 7 },
      { sheet: 1, row: 1, col: 12, rows: 999, cols: 8 },
    ]);
  });

  it('does not join runs of different widths or with a gap between their rows', () => {
    const keys = [cellKey(0, 0, 0), cellKey(0, 0, 1), cellKey(0, 1, 0), cellKey(0, 3, 0), cellKey(0, 3, 1)];
    expect(areasOf(keys)).toHaveLength(3);
  });
});
