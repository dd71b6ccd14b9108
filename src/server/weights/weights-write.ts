// What Apply writes into the weights sheet: the user's sheet as much as the add-on's. A cell whose value
// the sidebar did not change keeps what it holds (a formula such as a Note's =HYPERLINK(...), a date, text
// that looks like a formula); a changed cell gets its new value, text always as text. One setValues still
// writes the whole rectangle, so leftover rows are cleared and the save stays one service call.
import { isBlank } from '../../engine';
import type { PlainCell, WeightsGrid } from '../../shared/sidebar-contract';
import { literalCell } from '../sheets';

/** The sheet's cells over the rectangle to write: values as read (Dates kept) and formulas ('' for none). */
export interface SheetCells {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
}

/** Two cells show the same value: blanks of any kind are equal, else strictly equal. */
function sameCell(a: PlainCell | undefined, b: PlainCell | undefined): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  return a === b;
}

/**
 * The `rows` x `columns` grid for one setValues: per cell, the formula or value the sheet holds when the
 * new grid has the same value there as the stored one (the grid the sidebar edited), else the new value,
 * text given the apostrophe that keeps it text.
 */
export function cellsToWrite(
  next: WeightsGrid,
  stored: WeightsGrid,
  sheet: SheetCells,
  rows: number,
  columns: number,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const value = next[r]?.[c] ?? '';
      const formula = sheet.formulas[r]?.[c] ?? '';
      if (!sameCell(value, stored[r]?.[c])) cells[c] = literalCell(value);
      else if (formula !== '') cells[c] = formula;
      else cells[c] = literalCell(sheet.values[r]?.[c] ?? '');
    }
    out.push(cells);
  }
  return out;
}
