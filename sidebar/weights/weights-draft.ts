// The weights being edited, kept as the grid the sheet stores (not as a parsed table), so that a column or
// a factor the user added by hand survives an edit, and so a hand-broken cell can still be shown and fixed
// where it is. Everything here is pure: grids in, new grids out.
import {
  findHeaderRow,
  findTableColumns,
  groupFactorRows,
  isBlank,
  missingColumns,
  normalizeKey,
  readNumber,
  type TableColumns,
} from '../../src/engine';
import type { PlainCell, WeightsGrid } from '../../src/shared/sidebar-contract';

export interface LevelRow {
  /** 0-based index into the grid. */
  readonly row: number;
  readonly label: string;
}

export interface FactorRows {
  readonly name: string;
  readonly levels: readonly LevelRow[];
  /** Rows whose Weight cell holds the factor's weight: all of them are written, so they never disagree. */
  readonly weightRows: readonly number[];
}

/** Where things are in a grid: the header row, the columns the sidebar edits and each factor's rows. */
export interface GridLayout {
  readonly headerRow: number;
  readonly factorCol: number;
  readonly levelCol: number;
  readonly weightCol: number;
  /** One column per model, in model order. */
  readonly modelCols: readonly number[];
  readonly factors: readonly FactorRows[];
}

function cellText(value: PlainCell | undefined): string {
  return isBlank(value) ? '' : String(value).trim();
}

/** What a typed text becomes in the grid: a number when it reads as one, else the text (so it can be shown). */
export function parseCellInput(text: string): PlainCell {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** Each factor's level rows, grouped as the engine groups them (groupFactorRows), so both agree on every row. */
function groupFactors(
  grid: WeightsGrid,
  layout: Omit<GridLayout, 'factors'>,
  columns: TableColumns,
): FactorRows[] {
  return groupFactorRows(grid, layout.headerRow, columns).factors.map((f) => {
    const levels = f.rows.map((row) => ({ row, label: cellText(grid[row]?.[layout.levelCol]) }));
    const weightRows = f.rows.filter((row) => !isBlank(grid[row]?.[layout.weightCol]));
    return { name: f.name, levels, weightRows: weightRows.length > 0 ? weightRows : f.rows.slice(0, 1) };
  });
}

/**
 * The grid's layout, or null when its header lacks a column the sidebar needs (the problems say which). The
 * engine finds the header and its columns, so the sidebar edits the very cells DISTMODEL reads.
 */
export function layoutOf(grid: WeightsGrid): GridLayout | null {
  const headerRow = findHeaderRow(grid);
  const header = grid[headerRow];
  if (!header) return null;
  const columns = findTableColumns(header);
  if (missingColumns(columns).length > 0) return null;
  const base = {
    headerRow,
    factorCol: columns.factor,
    levelCol: columns.level,
    weightCol: columns.weight,
    modelCols: columns.models,
  };
  return { ...base, factors: groupFactors(grid, base, columns) };
}

/** The factor's weight as the sidebar shows it: the first Weight cell's number, or NaN when it is broken. */
export function factorWeight(grid: WeightsGrid, layout: GridLayout, factor: FactorRows): number {
  const row = factor.weightRows[0];
  return row === undefined ? Number.NaN : readNumber(grid[row]?.[layout.weightCol]);
}

/**
 * Each factor's weight, keyed as the layout groups factors (normalizeKey), so "Product Type" in one grid is
 * "product_type" in another: for the unsaved marks, which compare the draft with the saved table.
 */
export function weightsByFactor(grid: WeightsGrid): ReadonlyMap<string, number> {
  const layout = layoutOf(grid);
  if (!layout) return new Map();
  return new Map(layout.factors.map((f) => [normalizeKey(f.name), factorWeight(grid, layout, f)]));
}

/** Whether a factor's weight now differs from the saved one; a factor the saved table lacks is a change. */
export function weightChanged(saved: ReadonlyMap<string, number>, name: string, now: number): boolean {
  const before = saved.get(normalizeKey(name));
  return before === undefined || !(before === now || (Number.isNaN(before) && Number.isNaN(now)));
}

/** A copy of the grid with one cell replaced; short rows are padded with blanks. */
export function withCell(grid: WeightsGrid, row: number, col: number, value: PlainCell): WeightsGrid {
  return grid.map((cells, r) => {
    if (r !== row) return cells;
    const copy = [...cells];
    while (copy.length <= col) copy.push('');
    copy[col] = value;
    return copy;
  });
}

export function withWeight(
  grid: WeightsGrid,
  layout: GridLayout,
  factor: FactorRows,
  weight: PlainCell,
): WeightsGrid {
  return factor.weightRows.reduce((g, row) => withCell(g, row, layout.weightCol, weight), grid);
}

/** Two cells mean the same to the engine: both blank, the same number, or the same text. */
function sameCell(a: PlainCell | undefined, b: PlainCell | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  const na = readNumber(a);
  const nb = readNumber(b);
  if (Number.isFinite(na) || Number.isFinite(nb)) return na === nb;
  return cellText(a) === cellText(b);
}

export function sameGrid(a: WeightsGrid, b: WeightsGrid): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const ra = a[r] ?? [];
    const rb = b[r] ?? [];
    const cols = Math.max(ra.length, rb.length);
    for (let c = 0; c < cols; c++) if (!sameCell(ra[c], rb[c])) return false;
  }
  return true;
}

/** Whether a cell differs from the saved grid, for the unsaved-change marks. */
export function cellChanged(base: WeightsGrid, draft: WeightsGrid, row: number, col: number): boolean {
  return !sameCell(base[row]?.[col], draft[row]?.[col]);
}

export function cloneGrid(grid: WeightsGrid): WeightsGrid {
  return grid.map((row) => [...row]);
}

/** Each level row of a grid: "Factor | Level" to show, and its key as the engine compares names. */
function levelRows(grid: WeightsGrid): { readonly name: string; readonly key: string }[] {
  const layout = layoutOf(grid);
  if (!layout) return [];
  return layout.factors.flatMap((f) =>
    f.levels.map((l) => ({
      name: `${f.name} | ${l.label}`,
      key: `${normalizeKey(f.name)}|${normalizeKey(l.label)}`,
    })),
  );
}

/**
 * The level rows ("Factor | Level") `sheet` has and `draft` lacks: what applying the draft over the sheet
 * would delete, to be said before it is done. None when a header cannot be read (such a draft cannot be
 * applied; such a sheet has no rows to name).
 */
export function levelsMissingFrom(draft: WeightsGrid, sheet: WeightsGrid): string[] {
  if (!layoutOf(draft)) return [];
  const kept = new Set(levelRows(draft).map((l) => l.key));
  return levelRows(sheet)
    .filter((l) => !kept.has(l.key))
    .map((l) => l.name);
}
