// Where bulk scoring writes and whether it may: the output columns beside the table belong to DistModel
// only when their header cell is DistModel's own (the engine's 'all' output header at that position, or
// a DISTMODEL formula). Any other content in a target cell is the user's, and is never written over
// without their consent.
import { formatA1 } from '../shared/a1';
import { isBlankValue, isDistModelFormula } from './cells';
import { OUTPUT_COLUMNS } from './product-table';

/** Inclusive 1-based sheet rows. */
export type RowSegment = readonly [from: number, to: number];

/** At most this many cells are named back to the user; the count says how many there are in all. */
export const MAX_LISTED_CELLS = 20;

export interface OutputArea {
  readonly headerRow: number;
  /** 1-based first output column; the area is OUTPUT_COLUMNS.length wide. */
  readonly column: number;
  /** Data rows that will be written (the header row is always written). */
  readonly segments: readonly RowSegment[];
}

export interface Occupied {
  readonly cells: string[];
  readonly count: number;
}

/** Which output columns are DistModel's: header value in place, or a DISTMODEL formula in the header cell. */
export function ownedColumns(
  headerValues: readonly unknown[],
  headerFormulas: readonly unknown[],
): boolean[] {
  return OUTPUT_COLUMNS.map((name, j) => headerValues[j] === name || isDistModelFormula(headerFormulas[j]));
}

/**
 * The user's cells inside the area, in reading order. `values` is the sheet's getDataRange().getValues()
 * (row 0 = sheet row 1); `headerFormulas` the formulas of the area's header cells.
 */
export function findOccupied(
  values: readonly (readonly unknown[])[],
  headerFormulas: readonly unknown[],
  area: OutputArea,
): Occupied {
  const width = OUTPUT_COLUMNS.length;
  const c0 = area.column - 1;
  const headerValues = (values[area.headerRow - 1] ?? []).slice(c0, c0 + width);
  const owned = ownedColumns(headerValues, headerFormulas);
  const cells: string[] = [];
  let count = 0;
  const visit = (row: number) => {
    const cellsOfRow = values[row - 1];
    if (!cellsOfRow) return;
    for (let j = 0; j < width; j++) {
      if (owned[j] || isBlankValue(cellsOfRow[c0 + j])) continue;
      count++;
      if (cells.length < MAX_LISTED_CELLS) cells.push(formatA1(row, area.column + j));
    }
  };
  visit(area.headerRow);
  for (const [from, to] of area.segments) {
    // Rows past the end of the read values are empty: no need to walk them.
    const last = Math.min(to, values.length);
    for (let r = from; r <= last; r++) visit(r);
  }
  return { cells, count };
}

/** Sorted, merged segments of the given rows that fall inside [first, last]. */
export function clipSegments(segments: readonly RowSegment[], first: number, last: number): RowSegment[] {
  const clipped = segments
    .map(([a, b]): RowSegment => [Math.max(a, first), Math.min(b, last)])
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of clipped) {
    const prev = merged[merged.length - 1];
    if (prev && a <= prev[1] + 1) prev[1] = Math.max(prev[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

export function segmentRows(segments: readonly RowSegment[]): number {
  return segments.reduce((n, [a, b]) => n + (b - a + 1), 0);
}
