// How to put the workbook back as it was before one change: the rollback of a change that failed half-way
// and Edit > Undo. A change of cells (typing, paste, import, a format, a checkbox) keeps what the cells held
// before; a change of structure (rows, columns, sheets) keeps a snapshot of the whole document, because
// the engine rewrites formulas all over it.

import type { GridRange, Workbook, WorkbookSnapshot } from '../gas';
import type { ValidationRule } from '../gas/builders';

/** The cells of one rectangle as they were: contents as entered, number formats, data validation. */
interface CellsBefore {
  readonly range: GridRange;
  readonly contents: unknown[][];
  readonly formats: string[][];
  readonly validations: (ValidationRule | null)[][];
}

export type UndoRecord =
  | {
      readonly kind: 'cells';
      /** What the change was ("Paste", "Import CSV"), for the status line and the Undo menu item. */
      readonly label: string;
      readonly sheet: string;
      /** The sheet's grid size before (a paste or import past its edge grows it). */
      readonly grid: { readonly rows: number; readonly columns: number };
      /** Cells the change writes that lay outside `before` (blanked first on restore), or null. */
      readonly written: GridRange | null;
      readonly before: CellsBefore | null;
    }
  | {
      readonly kind: 'document';
      readonly label: string;
      readonly snapshot: WorkbookSnapshot;
      /** Puts back what lives beside the cells (charts' sheets), after the snapshot is restored. */
      readonly alongside?: () => void;
    };

/** Records `before` (clipped to the sheet's grid) and `written` (the whole area the change will touch). */
export function recordCells(
  wb: Workbook,
  label: string,
  sheet: string,
  before: GridRange | null,
  written: GridRange | null,
): UndoRecord {
  const { rows, columns } = wb.size(sheet);
  const clipped = before && clip(before, rows, columns);
  return {
    kind: 'cells',
    label,
    sheet,
    grid: { rows, columns },
    written,
    before: clipped && {
      range: clipped,
      contents: wb.contentsAsEntered(clipped),
      formats: wb.getNumberFormats(clipped),
      validations: wb.getExtra('validation', clipped) as (ValidationRule | null)[][],
    },
  };
}

export function recordDocument(wb: Workbook, label: string, alongside?: () => void): UndoRecord {
  return { kind: 'document', label, snapshot: wb.snapshot(), ...(alongside ? { alongside } : {}) };
}

/** Puts the workbook back as the record found it. */
export function restoreRecord(wb: Workbook, record: UndoRecord): void {
  if (record.kind === 'document') {
    wb.replaceWith(record.snapshot);
    record.alongside?.();
    return;
  }
  if (!wb.hasSheet(record.sheet)) return;
  if (record.written) {
    const size = wb.size(record.sheet);
    const written = clip(record.written, size.rows, size.columns);
    if (written) {
      // Formats and rules the change set there go too; `before` then puts back those the cells had.
      wb.clear(written, { contents: true, formats: true });
      wb.setExtra('validation', written, null);
    }
  }
  // The grid shrinks back before the old cells return, so formulas with open ranges ("A1:L") are entered
  // for the grid they were written on.
  wb.resize(record.sheet, record.grid.rows, record.grid.columns);
  const before = record.before;
  if (before) {
    wb.setContents(before.range, before.contents);
    wb.setNumberFormats(before.range, before.formats);
    const { range } = before;
    for (const [r, line] of before.validations.entries()) {
      for (const [c, rule] of line.entries()) {
        const cell = { ...range, row: range.row + r, column: range.column + c, numRows: 1, numColumns: 1 };
        wb.setExtra('validation', cell, rule);
      }
    }
  }
}

function clip(range: GridRange, rows: number, columns: number): GridRange | null {
  const numRows = Math.min(range.numRows, rows - range.row + 1);
  const numColumns = Math.min(range.numColumns, columns - range.column + 1);
  return numRows > 0 && numColumns > 0 ? { ...range, numRows, numColumns } : null;
}
