// DistModel's frozen results recognised by what they say, wherever rows took them. The output record
// (output-record.ts) vouches for blocks of rows where they were written; a row inserted, deleted or moved
// since shifts every result below it out of its block, and a restart then asked to overwrite the add-on's
// own cells (issue #17). A result row that still says exactly what the engine says of the product beside it
// is DistModel's, wherever it went: one the user typed over no longer does.
import type { OutputCell } from '../../engine';
import type { ProductTable } from '../sheets';
import { cellText } from './output-record';

/** What rescoredOutput reads of the sheet (a Snapshot), and the scorer of sheet rows [from, to]. */
interface Rescoring {
  readonly table: ProductTable;
  readonly values: readonly (readonly unknown[])[];
  readonly outputColumn: number;
  /** The engine's 'all' output for sheet rows [from, to], header row first (scoreRows). */
  readonly score: (from: number, to: number) => readonly (readonly OutputCell[])[];
}

/** Rows scored at once when one is asked about: a run of shifted rows is scored in few calls. */
const CHUNK_ROWS = 500;

/**
 * For a data row of the table and an output column j (0-based), whether the cell holds what the engine's
 * 'all' output gives for that row's product now. Rows are scored on first ask, CHUNK_ROWS at a time; rows
 * outside the table (nothing to score) are never vouched for.
 */
export function rescoredOutput({
  table,
  values,
  outputColumn,
  score,
}: Rescoring): (row: number, j: number) => boolean {
  const scored = new Map<number, readonly OutputCell[]>();
  const expected = (row: number): readonly OutputCell[] | undefined => {
    if (!scored.has(row)) {
      const to = Math.min(table.lastRow, row + CHUNK_ROWS - 1);
      const out = score(row, to);
      for (let r = row; r <= to; r++) scored.set(r, out[r - row + 1] ?? []);
    }
    return scored.get(row);
  };
  return (row, j) => {
    if (row <= table.headerRow || row > table.lastRow) return false;
    const cells = expected(row);
    return cells !== undefined && cellText(cells[j]) === cellText(values[row - 1]?.[outputColumn - 1 + j]);
  };
}
