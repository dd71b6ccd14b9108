// The weights table: the user-facing configuration, kept in a visible sheet and passed to DISTMODEL as a
// range. Header row `Factor | Level | Weight | <one column per model display name>`, other columns ignored,
// then one row per factor level. A blank Factor cell continues the factor above it.

import { describeValue, isBlank, normalizeKey, shortText } from '../basics/text';
import { parseAmount } from '../reading/price';
import { builtInFactor, type FactorKind } from './factors';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES, MODEL_IDS } from './models';

export interface FactorTable {
  /** As written on the factor's first row. */
  readonly name: string;
  readonly kind: FactorKind;
  readonly weight: number;
  /** Level labels as written; for a numeric factor, each is a lower bound. */
  readonly levels: readonly string[];
  /** Numeric factors only: the lower bound of each level. */
  readonly bounds: readonly number[];
  /** affinity[level][model], models in MODEL_IDS order. */
  readonly affinity: readonly (readonly number[])[];
  /**
   * Product-table headers that hold this factor besides its name and synonyms (the optional "Product
   * column" column): how a user maps a column without renaming it. Absent when none.
   */
  readonly columns?: readonly string[];
}

export interface WeightsTable {
  readonly factors: readonly FactorTable[];
}

/** A problem in a weights table: rows and columns are 0-based indexes into the grid given (row 0 = header). */
export interface TableProblem {
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

export type WeightsTableResult =
  | { readonly ok: true; readonly table: WeightsTable }
  | { readonly ok: false; readonly problems: readonly TableProblem[] };

export const TABLE_COLUMNS = ['Factor', 'Level', 'Weight'] as const;

/**
 * Level labels of a numeric factor are lower bounds the table's author writes once, mostly as numbers
 * (what weightsTableToGrid writes); a text label is read with a decimal point, as the README says.
 */
const LABEL_MARK = '.';

/** The optional column naming product-table headers that hold a factor ("Service needed locally"). */
export const PRODUCT_COLUMN_HEADER = 'Product column';
const PRODUCT_COLUMN_HEADERS = [PRODUCT_COLUMN_HEADER, 'Product columns', 'Column header', 'Column headers'];

/** Several headers in one "Product column" cell are separated by ";" or line breaks. */
export function splitColumnHeaders(cell: unknown): string[] {
  if (typeof cell !== 'string') return [];
  return cell
    .split(/[;\n]/)
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

/**
 * Where a header row puts the table's columns: 0-based indexes, -1 for a column it lacks. The one reading of
 * a header, shared with the sidebar so that both always agree on which column is which.
 */
export interface TableColumns {
  readonly factor: number;
  readonly level: number;
  readonly weight: number;
  /** One per model, in MODEL_IDS order; a model's column is headed by its display name or its id. */
  readonly models: readonly number[];
  /** The optional "Product column" column; -1 when the table has none. */
  readonly productColumn: number;
}

function cellText(value: unknown): string {
  return typeof value === 'string'
    ? value.trim()
    : value === null || value === undefined
      ? ''
      : String(value);
}

function where(row: number, column: string): string {
  return `Weights table row ${row + 1}, column "${column}"`;
}

/**
 * The header row: the first row that names both the Factor and the Level column, wherever it sits (a title
 * or notes typed above the table are skipped); else the first row with anything in it, whose missing
 * columns are then reported. -1 when the grid is blank.
 */
export function findHeaderRow(grid: readonly (readonly unknown[])[]): number {
  const named = grid.findIndex((row) => {
    if (!Array.isArray(row)) return false;
    const columns = findTableColumns(row);
    return columns.factor >= 0 && columns.level >= 0;
  });
  return named >= 0 ? named : grid.findIndex((row) => Array.isArray(row) && !row.every(isBlank));
}

/** Finds each column by its header, whatever its case or spacing ("weight", "Open_resale"). */
export function findTableColumns(header: readonly unknown[]): TableColumns {
  const keys = header.map((cell) => normalizeKey(cellText(cell)));
  const find = (...names: string[]) => {
    const wanted = new Set(names.map(normalizeKey));
    return keys.findIndex((k) => wanted.has(k));
  };
  const [factor, level, weight] = TABLE_COLUMNS;
  return {
    factor: find(factor),
    level: find(level),
    weight: find(weight),
    models: MODEL_IDS.map((id, m) => find(MODEL_DISPLAY_NAMES[m] as string, id)),
    productColumn: find(...PRODUCT_COLUMN_HEADERS),
  };
}

/** The headers of the columns the table lacks, in table order; empty when it has them all. */
export function missingColumns(columns: TableColumns): string[] {
  const base = [columns.factor, columns.level, columns.weight];
  return [
    ...TABLE_COLUMNS.filter((_, i) => (base[i] as number) < 0),
    ...MODEL_DISPLAY_NAMES.filter((_, m) => (columns.models[m] as number) < 0),
  ];
}

function findColumns(
  header: readonly unknown[],
  headerRow: number,
  problems: TableProblem[],
): TableColumns | null {
  const columns = findTableColumns(header);
  const missing = missingColumns(columns);
  for (const name of missing) {
    problems.push({
      row: headerRow,
      column: -1,
      message: `Weights table row ${headerRow + 1}: the column "${name}" is missing.`,
    });
  }
  return missing.length === 0 ? columns : null;
}

/**
 * What a table can mean, so that every score stays a plain finite number and every loop over levels ends in
 * time: weights up to a million (and 0, or at least a millionth: only their ratios matter), affinities
 * within -1,000,000 to 1,000,000, at most 200 levels per factor.
 */
export const TABLE_LIMITS = {
  maxWeight: 1e6,
  minWeight: 1e-6,
  maxAffinity: 1e6,
  maxLevels: 200,
  // A factor's name is a column header, and DISTMODEL_SENSITIVITY writes it into its own headers.
  maxNameLength: 100,
} as const;

interface Draft {
  name: string;
  firstRow: number;
  weight: number | null;
  weightRow: number;
  levels: { label: string; row: number; affinity: number[] }[];
  columns: string[];
  /** The levels so far by what names them (see twinOf): a 1,000-row table is checked in one pass. */
  seen: LevelIndex;
}

type Level = Draft['levels'][number];

/**
 * The rows of a factor's levels by amount (labels that are amounts) and by text key (amount labels and
 * the others apart), so finding a label's twin is a lookup, not a comparison with every earlier level.
 */
interface LevelIndex {
  readonly byAmount: Map<number, Level>;
  readonly amountText: Map<string, Level>;
  readonly otherText: Map<string, Level>;
}

const emptyIndex = (): LevelIndex => ({ byAmount: new Map(), amountText: new Map(), otherText: new Map() });

/**
 * The earlier level `label` names again (the first such, in table order), or undefined. Two labels name the
 * same level: the same amount ("50" and "$50"), else the same text. Amounts are not compared as text, where
 * "50.0" and "500" would both read "500".
 */
function twinOf(index: LevelIndex, label: string): Level | undefined {
  const amount = parseAmount(label, LABEL_MARK);
  const key = normalizeKey(label);
  // Two amounts compare as amounts only; an amount and a text, or two texts, compare as text.
  const a = Number.isFinite(amount) ? index.byAmount.get(amount) : index.amountText.get(key);
  const b = index.otherText.get(key);
  if (!a || !b) return a ?? b;
  return a.row < b.row ? a : b;
}

function remember(index: LevelIndex, level: Level): void {
  const amount = parseAmount(level.label, LABEL_MARK);
  const key = normalizeKey(level.label);
  if (Number.isFinite(amount)) {
    if (!index.byAmount.has(amount)) index.byAmount.set(amount, level);
    if (!index.amountText.has(key)) index.amountText.set(key, level);
  } else if (!index.otherText.has(key)) index.otherText.set(key, level);
}

/** A cell as a number: a number, or a text that reads as one ("1.5", " -2 "); NaN otherwise. */
export function readNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value.trim());
  return Number.NaN;
}

function readWeight(
  row: readonly unknown[],
  r: number,
  cols: TableColumns,
  draft: Draft,
  problems: TableProblem[],
) {
  const raw = row[cols.weight];
  if (isBlank(raw)) return;
  const weight = readNumber(raw);
  const { maxWeight, minWeight } = TABLE_LIMITS;
  const outside = weight > maxWeight || (weight > 0 && weight < minWeight);
  if (!Number.isFinite(weight) || weight < 0 || outside) {
    const why = !Number.isFinite(weight)
      ? 'is not a number'
      : weight < 0
        ? 'is negative; weights are 0 or more'
        : `is outside what a weight can mean; use 0, or from ${minWeight} to ${maxWeight} (only ratios count)`;
    problems.push({
      row: r,
      column: cols.weight,
      message: `${where(r, 'Weight')}: ${describeValue(raw)} ${why}.`,
    });
    return;
  }
  if (draft.weight === null) {
    draft.weight = weight;
    draft.weightRow = r;
  } else if (draft.weight !== weight) {
    problems.push({
      row: r,
      column: cols.weight,
      message: `${where(r, 'Weight')}: ${weight} conflicts with ${draft.weight} on row ${draft.weightRow + 1} for "${shortText(draft.name)}"; give a factor one weight.`,
    });
  }
}

function readAffinities(
  row: readonly unknown[],
  r: number,
  cols: TableColumns,
  problems: TableProblem[],
): number[] {
  return cols.models.map((c, m) => {
    const raw = row[c];
    const value = readNumber(raw);
    const limit = TABLE_LIMITS.maxAffinity;
    if (!Number.isFinite(value) || value > limit || value < -limit) {
      const name = MODEL_DISPLAY_NAMES[m] as string;
      const what = isBlank(raw)
        ? 'is empty'
        : Number.isFinite(value)
          ? `${describeValue(raw)} is outside -${limit} to ${limit}`
          : `${describeValue(raw)} is not a number`;
      problems.push({
        row: r,
        column: c,
        message: `${where(r, name)}: ${what}; give an affinity such as -2, 0 or 1.5.`,
      });
    }
    return value;
  });
}

/** A row with nothing in the columns the table reads (only a Note, say) is skipped like a blank row. */
function readsNothing(row: readonly unknown[], cols: TableColumns): boolean {
  return [cols.factor, cols.level, cols.weight, ...cols.models].every((c) => isBlank(row[c]));
}

/** One factor's rows of a weights grid, in grid order: the rows its name heads and those continuing it. */
export interface FactorRowGroup {
  /** As written on the factor's first row. */
  readonly name: string;
  /** 0-based grid rows, the first one holding the name. */
  readonly rows: readonly number[];
}

/**
 * Which rows belong to which factor: the one grouping of a weights grid, used by the parser and by the
 * sidebar's editor so both agree on every row. A row with nothing in the columns the table reads (only a
 * Note, say) belongs to none; a named Factor cell starts its factor, or joins the factor of that name
 * (whatever its case or spacing) further up; a blank one continues the factor above. Rows with a blank
 * Factor cell before any factor are `orphans`.
 */
export function groupFactorRows(
  grid: readonly (readonly unknown[])[],
  headerRow: number,
  cols: TableColumns,
): { readonly factors: readonly FactorRowGroup[]; readonly orphans: readonly number[] } {
  const groups = new Map<string, { name: string; rows: number[] }>();
  const orphans: number[] = [];
  let current: { name: string; rows: number[] } | null = null;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (readsNothing(row, cols)) continue;
    const name = cellText(row[cols.factor]);
    if (name !== '') {
      const key = normalizeKey(name);
      current = groups.get(key) ?? { name, rows: [] };
      groups.set(key, current);
    }
    if (current) current.rows.push(r);
    else orphans.push(r);
  }
  return { factors: [...groups.values()], orphans };
}

/** Reads one level row of a factor into its draft, reporting what is wrong with it. */
function readLevelRow(
  row: readonly unknown[],
  r: number,
  cols: TableColumns,
  draft: Draft,
  problems: TableProblem[],
): void {
  readWeight(row, r, cols, draft, problems);
  if (cols.productColumn >= 0) draft.columns.push(...splitColumnHeaders(row[cols.productColumn]));
  const label = cellText(row[cols.level]);
  if (label === '') {
    problems.push({ row: r, column: cols.level, message: `${where(r, 'Level')}: is empty; name the level.` });
    return;
  }
  if (draft.levels.length === TABLE_LIMITS.maxLevels) {
    problems.push({
      row: r,
      column: cols.level,
      message: `${where(r, 'Level')}: "${shortText(draft.name)}" has more than ${TABLE_LIMITS.maxLevels} levels; group them into fewer.`,
    });
    return;
  }
  const twin = twinOf(draft.seen, label);
  if (twin) {
    problems.push({
      row: r,
      column: cols.level,
      message: `${where(r, 'Level')}: "${shortText(draft.name)} = ${shortText(label)}" is already on row ${twin.row + 1}.`,
    });
    return;
  }
  const level = { label, row: r, affinity: readAffinities(row, r, cols, problems) };
  draft.levels.push(level);
  remember(draft.seen, level);
}

function collectDrafts(
  grid: readonly (readonly unknown[])[],
  headerRow: number,
  cols: TableColumns,
  problems: TableProblem[],
): Draft[] {
  const { factors, orphans } = groupFactorRows(grid, headerRow, cols);
  for (const r of orphans)
    problems.push({
      row: r,
      column: cols.factor,
      message: `${where(r, 'Factor')}: is empty; name the factor.`,
    });
  return factors.map((group) => {
    const firstRow = group.rows[0] ?? headerRow + 1;
    if (group.name.length > TABLE_LIMITS.maxNameLength)
      problems.push({
        row: firstRow,
        column: cols.factor,
        message: `${where(firstRow, 'Factor')}: "${shortText(group.name)}" is longer than ${TABLE_LIMITS.maxNameLength} characters; a factor's name is a column header, so shorten it.`,
      });
    const draft: Draft = {
      name: group.name,
      firstRow,
      weight: null,
      weightRow: firstRow,
      levels: [],
      columns: [],
      seen: emptyIndex(),
    };
    for (const r of group.rows) readLevelRow(grid[r] ?? [], r, cols, draft, problems);
    return draft;
  });
}

/** The lower bounds of a numeric factor's levels, reporting a label that is no amount or a bound given twice. */
function checkedBounds(draft: Draft, cols: TableColumns, problems: TableProblem[]): number[] {
  const bounds = draft.levels.map((l) => parseAmount(l.label, LABEL_MARK));
  const rowOfBound = new Map<number, number>();
  draft.levels.forEach((level, i) => {
    const bound = bounds[i] as number;
    const at = where(level.row, 'Level');
    if (!Number.isFinite(bound)) {
      problems.push({
        row: level.row,
        column: cols.level,
        message: `${at}: ${describeValue(level.label)} is not an amount; a level of "${shortText(draft.name)}" is its lower bound, such as 0, 50 or 2000.`,
      });
      return;
    }
    const twin = rowOfBound.get(bound);
    if (twin !== undefined) {
      problems.push({
        row: level.row,
        column: cols.level,
        message: `${at}: the bound ${bound} is already on row ${twin + 1}.`,
      });
    }
    rowOfBound.set(bound, level.row);
  });
  return bounds;
}

/**
 * A built-in factor keeps its kind (a Price level that is not an amount is an error, not a category); a
 * user's own factor is numeric when every level is an amount.
 */
function kindOf(draft: Draft): FactorKind {
  const builtIn = builtInFactor(draft.name);
  if (builtIn) return builtIn.kind;
  return draft.levels.every((l) => Number.isFinite(parseAmount(l.label, LABEL_MARK)))
    ? 'numeric'
    : 'category';
}

function finishFactor(draft: Draft, cols: TableColumns, problems: TableProblem[]): FactorTable {
  const kind = kindOf(draft);
  const bounds = kind === 'numeric' ? checkedBounds(draft, cols, problems) : [];
  if (draft.weight === null) {
    problems.push({
      row: draft.firstRow,
      column: cols.weight,
      message: `${where(draft.firstRow, 'Weight')}: "${shortText(draft.name)}" has no weight; give one on its first row.`,
    });
  }
  return {
    name: builtInFactor(draft.name)?.name ?? draft.name,
    kind,
    weight: draft.weight ?? 0,
    levels: draft.levels.map((l) => l.label),
    bounds,
    affinity: draft.levels.map((l) => l.affinity),
    ...(draft.columns.length > 0 ? { columns: draft.columns } : {}),
  };
}

/** Reads and checks a weights table given as a 2-D grid (a range's values). */
export function parseWeightsTable(grid: readonly (readonly unknown[])[]): WeightsTableResult {
  const problems: TableProblem[] = [];
  const headerIndex = findHeaderRow(grid);
  if (headerIndex < 0) {
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: -1,
          message: 'Weights table: it is empty; it needs a header row and one row per factor level.',
        },
      ],
    };
  }
  // Every row index stays an index into the grid given, blank rows above the header included.
  const cols = findColumns(grid[headerIndex] as unknown[], headerIndex, problems);
  if (!cols) return { ok: false, problems };
  const drafts = collectDrafts(grid, headerIndex, cols, problems);
  const factors = drafts.map((d) => finishFactor(d, cols, problems));
  if (factors.length === 0) {
    problems.push({
      row: headerIndex,
      column: -1,
      message: `Weights table row ${headerIndex + 1}: there is a header but no factor rows below it.`,
    });
  } else if (problems.length === 0 && factors.every((f) => f.weight === 0)) {
    problems.push({
      row: headerIndex,
      column: cols.weight,
      message: `${where(headerIndex, 'Weight')}: every weight is 0; give at least one factor a weight above 0.`,
    });
  }
  if (problems.length > 0)
    return { ok: false, problems: problems.sort((a, b) => a.row - b.row || a.column - b.column) };
  return { ok: true, table: { factors } };
}

/** The table as the grid a sheet shows: header, then one row per level with its factor and weight. */
export function weightsTableToGrid(table: WeightsTable): (string | number)[][] {
  const mapsColumns = table.factors.some((f) => (f.columns ?? []).length > 0);
  const header: (string | number)[] = [...TABLE_COLUMNS, ...MODEL_DISPLAY_NAMES];
  if (mapsColumns) header.push(PRODUCT_COLUMN_HEADER);
  const rows: (string | number)[][] = [header];
  for (const factor of table.factors) {
    factor.levels.forEach((label, i) => {
      const level: string | number = factor.kind === 'numeric' ? (factor.bounds[i] as number) : label;
      const affinity = factor.affinity[i] ?? [];
      const row = [
        factor.name,
        level,
        factor.weight,
        ...Array.from({ length: MODEL_COUNT }, (_, m) => affinity[m] ?? 0),
      ];
      if (mapsColumns) row.push(i === 0 ? (factor.columns ?? []).join('; ') : '');
      rows.push(row);
    });
  }
  return rows;
}
