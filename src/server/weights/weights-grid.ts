// Pure helpers for the weights grid as it lives in the sheet: which cell a problem points at, and how a
// save keeps the sheet's own extra columns (a Note column, say) that the sidebar does not edit.
import { isBlank, normalizeKey, TABLE_COLUMNS, type TableProblem } from '../../engine';
import { sheetA1 } from '../../shared/a1';
import type { PlainCell, WeightsGrid, WeightsProblem } from '../../shared/sidebar-contract';

/** A header, factor or level cell as the engine compares them. */
function key(cell: PlainCell | undefined): string {
  return isBlank(cell) ? '' : normalizeKey(String(cell));
}

/** The engine indexes problems into the grid it was given; the grid starts at A1 of the sheet. */
export function locateProblems(sheetName: string, problems: readonly TableProblem[]): WeightsProblem[] {
  return problems.map((p) => ({
    cell: p.column >= 0 ? sheetA1(sheetName, p.row + 1, p.column + 1) : null,
    message: p.message,
  }));
}

function headerIndex(grid: WeightsGrid): number {
  return grid.findIndex((row) => !row.every(isBlank));
}

/** Row keys "factor|level", the factor carried down over rows that leave it blank, as the engine reads it. */
function rowKeys(
  grid: WeightsGrid,
  header: number,
  factorCol: number,
  levelCol: number,
): Map<string, number> {
  const keys = new Map<string, number>();
  let factor = '';
  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r] as PlainCell[];
    if (!isBlank(row[factorCol])) factor = key(row[factorCol]);
    const level = key(row[levelCol]);
    if (factor !== '' && level !== '' && !keys.has(`${factor}|${level}`)) keys.set(`${factor}|${level}`, r);
  }
  return keys;
}

/**
 * The incoming grid with the stored sheet's extra columns appended: columns whose header the incoming grid
 * does not have and that are not part of the table format, matched row by row on factor and level.
 */
export function keepExtraColumns(incoming: WeightsGrid, stored: WeightsGrid): WeightsGrid {
  const inHeader = headerIndex(incoming);
  const stHeader = headerIndex(stored);
  if (inHeader < 0 || stHeader < 0) return incoming;
  const inRow = incoming[inHeader] as PlainCell[];
  const stRow = stored[stHeader] as PlainCell[];
  const known = new Set([...inRow.map(key), ...TABLE_COLUMNS.map((c) => key(c))]);
  const extras = stRow.flatMap((cell, c) => (key(cell) !== '' && !known.has(key(cell)) ? [c] : []));
  if (extras.length === 0) return incoming;
  const col = (row: PlainCell[], name: string) => row.findIndex((cell) => key(cell) === key(name));
  const stKeys = rowKeys(stored, stHeader, col(stRow, 'Factor'), col(stRow, 'Level'));
  const inFactor = col(inRow, 'Factor');
  const inLevel = col(inRow, 'Level');
  const width = incoming.reduce((w, row) => Math.max(w, row.length), 0);
  const inKeys = rowKeys(incoming, inHeader, inFactor, inLevel);
  const storedRowOf = new Map<number, number>();
  for (const [k, r] of inKeys) {
    const s = stKeys.get(k);
    if (s !== undefined) storedRowOf.set(r, s);
  }
  return incoming.map((row, r) => {
    const padded: PlainCell[] = [...row, ...new Array<PlainCell>(width - row.length).fill('')];
    const source = r === inHeader ? stHeader : storedRowOf.get(r);
    const from = source === undefined ? undefined : stored[source];
    return [...padded, ...extras.map((c) => (from ? (from[c] ?? '') : ''))];
  });
}

/** Rows and columns a grid really uses (trailing blank rows and columns dropped). */
export function usedExtent(grid: WeightsGrid): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!isBlank(cell)) {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    });
  });
  return { rows, columns };
}

/** Checks what the sidebar sent before it is written anywhere. */
export function asWeightsGrid(value: unknown): WeightsGrid | null {
  if (!Array.isArray(value)) return null;
  const grid: PlainCell[][] = [];
  for (const row of value) {
    if (!Array.isArray(row)) return null;
    const cells: PlainCell[] = [];
    for (const cell of row) {
      if (cell === null || typeof cell === 'string' || typeof cell === 'boolean') cells.push(cell);
      else if (typeof cell === 'number' && Number.isFinite(cell)) cells.push(cell);
      else if (cell === undefined) cells.push(null);
      else return null;
    }
    grid.push(cells);
  }
  return grid;
}
