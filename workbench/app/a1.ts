// A1 notation for the grid's cell and block addresses, 1-based as in Apps Script.
import { columnNumber, formatA1 } from '../../src/shared/a1';

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

export interface RangeAddress {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellA1({ row, column }: CellAddress): string {
  return formatA1(row, column);
}

/** "B3" for one cell, "A2:L29" for a block. */
export function rangeA1(range: RangeAddress): string {
  return formatA1(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

/** The block spanned by two corner cells, in either order. */
export function spanOf(a: CellAddress, b: CellAddress): RangeAddress {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Parses "B3" or "A2:L29" (no sheet name); null when it is not a cell or block. */
export function parseRangeA1(text: string): RangeAddress | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const a = { column: columnNumber(m[1] as string), row: Number(m[2]) };
  const b = m[3] ? { column: columnNumber(m[3]), row: Number(m[4]) } : a;
  if (a.row < 1 || b.row < 1) return null;
  return spanOf(a, b);
}
