// Which row of the weights sheet each row of the grid Apply writes is. The sidebar sends a whole grid; a
// row it inserted or deleted (a factor added, a level dropped, a preset of other rows, Keep mine) shifts
// every row below it, and writing by row index then put each kept row's cells one row off: unchanged
// cells were "changed", and a Note's formula was replaced by the value of the row above (issue #17). Rows
// are matched by what they are (a level row by its factor and level, any other row by its cells), with the
// longest common subsequence of the two lists (Jest's diff-sequences); the sheet then inserts and deletes
// the rows in between itself, so every kept cell, its formula and the references to it move as Sheets
// moves them, and only changed cells are written.
import * as diffModule from 'diff-sequences';
import { findHeaderRow, findTableColumns, isBlank, normalizeKey } from '../../engine';
import type { PlainCell, WeightsGrid } from '../../shared/sidebar-contract';

type DiffSequences = typeof import('diff-sequences').default;
// diff-sequences is CommonJS with its function as `default`: the bundler and Node's loaders nest it
// differently, so it is taken from whichever level holds it.
const nested = (diffModule as { default?: DiffSequences | { default: DiffSequences } }).default;
const diffSequences: DiffSequences =
  typeof nested === 'function' ? nested : (nested?.default as DiffSequences);

/** A sheet operation, in the order to apply them (bottom first, so rows above keep their numbers). */
export type RowEdit =
  | { readonly kind: 'delete'; readonly row: number; readonly count: number }
  | { readonly kind: 'insert'; readonly before: number; readonly count: number };

export interface RowAlignment {
  /** Inserts and deletes that give the sheet the new grid's rows (1-based sheet rows, grid row 0 = row 1). */
  readonly edits: readonly RowEdit[];
  /** The stored grid's rows where the new grid has them ([] for an inserted row): what the sheet then holds. */
  readonly aligned: WeightsGrid;
}

/** Rows compared at most (stored x new) before giving up on matching: writing by index, as before. */
const MAX_COMPARISONS = 4_000_000;

function text(cell: PlainCell | undefined): string {
  return isBlank(cell) ? '' : normalizeKey(String(cell));
}

/** Each row's identity: "level:factor|level" below the header (factor carried down), else its cells. */
function rowKeys(grid: WeightsGrid): string[] {
  const header = findHeaderRow(grid);
  const columns = header >= 0 ? findTableColumns(grid[header] ?? []) : null;
  let factor = '';
  return grid.map((row, r) => {
    if (columns && r > header && columns.factor >= 0 && columns.level >= 0) {
      if (!isBlank(row[columns.factor])) factor = text(row[columns.factor]);
      const level = text(row[columns.level]);
      if (factor !== '' && level !== '') return `level:${factor}|${level}`;
    }
    return `cells:${JSON.stringify(row.map(text))}`;
  });
}

/**
 * How the stored grid's rows (the sheet from A1) become the new grid's. Rows between two matched ones are
 * paired in order (a row edited in place), the rest deleted or inserted. Below the last matched row nothing
 * is inserted or deleted: new rows are written below, and old rows past the new grid's end are cleared.
 */
export function alignRows(stored: WeightsGrid, next: WeightsGrid): RowAlignment {
  const byIndex = { edits: [], aligned: stored };
  if (stored.length * next.length > MAX_COMPARISONS) return byIndex;
  const a = rowKeys(stored);
  const b = rowKeys(next);
  const matches: [number, number][] = [];
  diffSequences(
    a.length,
    b.length,
    (i, j) => a[i] === b[j],
    (n, i, j) => {
      for (let k = 0; k < n; k++) matches.push([i + k, j + k]);
    },
  );
  const edits: RowEdit[] = [];
  const aligned: PlainCell[][] = [];
  const copy = (r: number) => aligned.push([...(stored[r] ?? [])]);
  let i = 0;
  let j = 0;
  for (const [mi, mj] of matches) {
    // The gap above this match: rows edited in place, then the stored rows deleted or the new ones inserted.
    const paired = Math.min(mi - i, mj - j);
    for (let k = 0; k < paired; k++) copy(i + k);
    if (mi - i > paired) edits.push({ kind: 'delete', row: i + paired + 1, count: mi - i - paired });
    if (mj - j > paired) edits.push({ kind: 'insert', before: mi + 1, count: mj - j - paired });
    for (let k = paired; k < mj - j; k++) aligned.push([]);
    copy(mi);
    i = mi + 1;
    j = mj + 1;
  }
  // Below the last match, rows are written in place: new ones below the sheet's, old ones beyond cleared.
  for (let k = 0; k < Math.max(stored.length - i, next.length - j); k++) copy(i + k);
  return { edits: edits.reverse(), aligned };
}
