// Where bulk scoring writes and whether it may. A cell of the output area is DistModel's when it holds a
// DISTMODEL formula of the shape it writes, when it is part of the live spill of a DISTMODEL formula
// (Sheets' own cells: a user's value there blocks the spill instead), or when its row is as DistModel last
// wrote it (output-record.ts). Anything else that is not blank, a formula of the user's included (a
// hand-typed DISTMODEL among them), is the user's: never written over unasked.
import { isBlank } from '../../engine';
import { formatA1 } from '../../shared/a1';
import { isDistModelFormula, isErrorValue, isOutputFormula, OUTPUT_COLUMNS, OUTPUT_WIDTH } from '../sheets';

/** Inclusive 1-based sheet rows. */
export type RowSegment = readonly [from: number, to: number];

/** At most this many cells are named back to the user; the count says how many there are in all. */
const MAX_LISTED_CELLS = 20;

export interface OutputArea {
  readonly headerRow: number;
  /** 1-based first output column; the area is OUTPUT_WIDTH wide. */
  readonly column: number;
  /** Data rows that will be written (the header row is always written). */
  readonly segments: readonly RowSegment[];
}

export interface Occupied {
  readonly cells: string[];
  readonly count: number;
}

/** What is known of the area besides its values: formulas from the header row down, and the record. */
export interface Ownership {
  /** getFormulas of the area from its header row (row 0) down. */
  readonly formulas: readonly (readonly string[])[];
  /** Whether a data cell (sheet row, output column j) is as DistModel last wrote it. */
  readonly recorded: (row: number, j: number) => boolean;
}

/**
 * Rows a DISTMODEL formula returns: as many as its first argument has ("A4:L6" gives 3), to the end of the
 * sheet for an open range ("A1:L"), or only its own when the argument is not a plain range.
 */
function spillHeight(formula: string): number {
  const m =
    /^\s*=\s*DISTMODEL\s*\(\s*(?:[^!,()]*!)?\$?[A-Z]{1,3}\$?(\d*)\s*:\s*\$?[A-Z]{1,3}\$?(\d*)\s*[,)]/i.exec(
      formula,
    );
  if (!m || m[1] === '') return 1;
  if (m[2] === '') return Number.POSITIVE_INFINITY;
  return Math.max(1, Number(m[2]) - Number(m[1]) + 1);
}

/** For each area cell, whether a live DISTMODEL spill covers it: [row offset][column offset]. */
function liveSpills(values: readonly (readonly unknown[])[], area: OutputArea, own: Ownership): boolean[][] {
  const covered = own.formulas.map(() => new Array<boolean>(OUTPUT_WIDTH).fill(false));
  own.formulas.forEach((row, i) => {
    row.forEach((formula, j) => {
      const sheetRow = area.headerRow + i;
      if (!isDistModelFormula(formula) || isErrorValue(values[sheetRow - 1]?.[area.column - 1 + j])) return;
      const end = Math.min(covered.length, i + spillHeight(formula));
      for (let r = i; r < end; r++)
        for (let c = j; c < OUTPUT_WIDTH; c++) (covered[r] as boolean[])[c] = true;
    });
  });
  return covered;
}

/** A live DISTMODEL formula of the output area: its sheet row and column offset, and the rows it covers. */
export interface LiveSpill {
  readonly row: number;
  readonly offset: number;
  /** Inclusive sheet rows its results cover (`to` may be Infinity for an open range). */
  readonly from: number;
  readonly to: number;
}

/**
 * The DISTMODEL formulas of the area that show results (one showing an error is blocked, so nothing of it
 * is live), from `formulas` (the area's getFormulas from its header row down) and the sheet's values.
 */
export function liveFormulaSpills(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  column: number,
  formulas: readonly (readonly string[])[],
): LiveSpill[] {
  const out: LiveSpill[] = [];
  formulas.forEach((row, i) => {
    row.forEach((formula, j) => {
      const sheetRow = headerRow + i;
      if (!isDistModelFormula(formula) || isErrorValue(values[sheetRow - 1]?.[column - 1 + j])) return;
      out.push({ row: sheetRow, offset: j, from: sheetRow, to: sheetRow + spillHeight(formula) - 1 });
    });
  });
  return out;
}

/**
 * The user's cells inside the area, in reading order. `values` is the sheet's getDataRange().getValues()
 * (row 0 = sheet row 1).
 */
export function findOccupied(
  values: readonly (readonly unknown[])[],
  area: OutputArea,
  own: Ownership,
): Occupied {
  const c0 = area.column - 1;
  const spilled = liveSpills(values, area, own);
  const cells: string[] = [];
  let count = 0;
  const isUsers = (row: number, j: number): boolean => {
    const i = row - area.headerRow;
    const formula = own.formulas[i]?.[j] ?? '';
    // Only the formulas DistModel writes are its own: a hand-typed =DISTMODEL(...) is the user's.
    if (formula !== '') return !isOutputFormula(formula);
    const value = values[row - 1]?.[c0 + j];
    if (isBlank(value) || spilled[i]?.[j]) return false;
    // Writing the header DistModel writes anyway changes nothing.
    return row === area.headerRow ? value !== OUTPUT_COLUMNS[j] : !own.recorded(row, j);
  };
  const visit = (row: number) => {
    for (let j = 0; j < OUTPUT_WIDTH; j++) {
      if (!isUsers(row, j)) continue;
      count++;
      if (cells.length < MAX_LISTED_CELLS) cells.push(formatA1(row, area.column + j));
    }
  };
  visit(area.headerRow);
  for (const [from, to] of area.segments) {
    // Rows past the end of the read values and formulas are empty: no need to walk them.
    const last = Math.min(to, Math.max(values.length, area.headerRow + own.formulas.length - 1));
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
