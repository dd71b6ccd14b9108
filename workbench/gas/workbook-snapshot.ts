// Save and reload of a workbook (the workbench's save file). Contents are saved as entered (formulas as
// text); spilled results and their formats are left out because they are recomputed on load.
import { formatA1 } from '../../src/shared/a1';
import type { CellExtras, ExtraValue } from './cell-formats';
import type { DeveloperMetadataStore, MetadataPlace, MetadataVisibility } from './developer-metadata';
import type { GridRange } from './types';

export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  readonly rows: number;
  readonly columns: number;
  readonly frozenRows: number;
  /** Cell contents as entered: formulas as text ("=..."), values as numbers, booleans and strings. */
  readonly cells: readonly (readonly unknown[])[];
  readonly numberFormats: readonly (readonly [a1: string, format: string])[];
  /** Data validation rules (dropdowns, checkboxes) by cell; absent in files saved before they were kept. */
  readonly validations?: readonly (readonly [a1: string, rule: unknown])[];
}

/** Serializable state for save/reload (JSON.stringify-able). Spilled results are recomputed, not saved. */
export interface WorkbookSnapshot {
  readonly version: 1;
  readonly sheets: readonly SheetSnapshot[];
  readonly namedRanges: readonly { readonly name: string; readonly range: GridRange }[];
  /** Developer metadata, its sheet named (ids are renumbered on load). Absent in older save files. */
  readonly developerMetadata?: readonly SavedMetadata[];
  /** The spreadsheet's locale (Spreadsheet.getSpreadsheetLocale), e.g. "en_US"; absent in older files. */
  readonly locale?: string;
}

export interface SavedMetadata {
  readonly key: string;
  readonly value: string | null;
  readonly visibility: MetadataVisibility;
  readonly type: MetadataPlace['type'];
  readonly sheet?: string;
  readonly start?: number;
  readonly end?: number;
}

/**
 * The part of Workbook's public API a snapshot is taken and restored through. Named here, not imported, so
 * that workbook.ts, which takes and restores snapshots, is the only one of the two that knows the other.
 */
export interface SnapshotWorkbook {
  locale: string;
  readonly metadata: DeveloperMetadataStore;
  sheetNames(): string[];
  hasSheet(name: string): boolean;
  sheetId(name: string): number;
  sheetName(sheetId: number): string;
  size(sheet: string): { rows: number; columns: number; lastRow: number; lastColumn: number };
  frozenRows(sheet: string): number;
  addSheet(
    name: string,
    options?: { index?: number; rows?: number; columns?: number; sheetId?: number },
  ): void;
  resize(sheet: string, rows: number, columns: number): void;
  setFrozenRows(sheet: string, rows: number): void;
  range(sheet: string, row: number, column: number, numRows?: number, numColumns?: number): GridRange;
  resolve(a1: string, defaultSheet?: string): GridRange;
  getFormulas(range: GridRange): string[][];
  setContents(range: GridRange, grid: readonly (readonly unknown[])[]): void;
  setNumberFormats(range: GridRange, formats: readonly (readonly string[])[]): void;
  setExtra<K extends keyof CellExtras>(kind: K, range: GridRange, value: ExtraValue<K>): void;
  setNamedRange(name: string, range: GridRange): void;
  namedRanges(): { name: string; range: GridRange }[];
}

/** What a snapshot needs beyond Workbook's public API (its engine's raw contents, its spills, its formats). */
export interface SnapshotInternals {
  /** Values as the engine serializes them (numbers stay numbers, not Dates). */
  serialized(range: GridRange): unknown[][];
  /** Whether a cell (0-based) of the sheet holds a spilled value; looked up once per sheet. */
  spilledOn(sheet: string): (row: number, col: number) => boolean;
  /** 0-based [row, col, format] of every number format on the sheet. */
  numberFormats(sheet: string): Iterable<[row: number, col: number, format: string]>;
  /** 0-based [row, col, rule] of every data validation rule on the sheet. */
  validations(sheet: string): Iterable<[row: number, col: number, rule: unknown]>;
}

export function takeSnapshot(wb: SnapshotWorkbook, internals: SnapshotInternals): WorkbookSnapshot {
  const sheets = wb.sheetNames().map((name) => sheetSnapshot(wb, internals, name));
  const developerMetadata = wb.metadata.all().map(({ key, value, visibility, place }): SavedMetadata => {
    if (place.type === 'SPREADSHEET') return { key, value, visibility, type: place.type };
    const sheet = wb.sheetName(place.sheetId);
    if (place.type === 'SHEET') return { key, value, visibility, type: place.type, sheet };
    return { key, value, visibility, type: place.type, sheet, start: place.start, end: place.end };
  });
  return { version: 1, sheets, namedRanges: wb.namedRanges(), developerMetadata, locale: wb.locale };
}

function placeOf(wb: SnapshotWorkbook, m: SavedMetadata): MetadataPlace | null {
  if (m.type === 'SPREADSHEET') return { type: m.type };
  if (m.sheet === undefined || !wb.hasSheet(m.sheet)) return null;
  const sheetId = wb.sheetId(m.sheet);
  if (m.type === 'SHEET') return { type: m.type, sheetId };
  if (m.start === undefined || m.end === undefined) return null;
  return { type: m.type, sheetId, start: m.start, end: m.end };
}

function sheetSnapshot(wb: SnapshotWorkbook, internals: SnapshotInternals, name: string): SheetSnapshot {
  const { rows, columns, lastRow, lastColumn } = wb.size(name);
  const range = wb.range(name, 1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  const formulas = wb.getFormulas(range);
  const isSpilled = internals.spilledOn(name);
  const cells = internals
    .serialized(range)
    .slice(0, lastRow)
    .map((row, r) =>
      row.slice(0, lastColumn).map((v, c) => {
        if (formulas[r]?.[c]) return formulas[r]?.[c];
        if (isSpilled(r, c)) return null;
        return v === undefined ? null : v;
      }),
    );
  const numberFormats: [string, string][] = [];
  for (const [row, col, format] of internals.numberFormats(name)) {
    if (!isSpilled(row, col)) numberFormats.push([formatA1(row + 1, col + 1), format]);
  }
  const validations: [string, unknown][] = [];
  for (const [row, col, rule] of internals.validations(name))
    validations.push([formatA1(row + 1, col + 1), rule]);
  const sheetId = wb.sheetId(name);
  const frozenRows = wb.frozenRows(name);
  return { name, sheetId, rows, columns, frozenRows, cells, numberFormats, validations };
}

/** Fills a new workbook (holding the snapshot's first sheet, empty) with the snapshot's contents; with
 * `replace`, a workbook emptied of sheets (Workbook.replaceWith). */
export function restoreSnapshot(
  wb: SnapshotWorkbook,
  snapshot: WorkbookSnapshot,
  options: { replace?: boolean } = {},
): void {
  wb.locale = snapshot.locale ?? wb.locale;
  for (const [i, s] of snapshot.sheets.entries()) {
    if (i > 0 || options.replace)
      wb.addSheet(s.name, { rows: s.rows, columns: s.columns, sheetId: s.sheetId });
    else wb.resize(s.name, s.rows, s.columns);
    wb.setFrozenRows(s.name, s.frozenRows);
    const width = Math.max(0, ...s.cells.map((r) => r.length));
    if (s.cells.length > 0 && width > 0)
      wb.setContents(wb.range(s.name, 1, 1, s.cells.length, width), padRows(s.cells, width));
    for (const [a1, format] of s.numberFormats) wb.setNumberFormats(wb.resolve(a1, s.name), [[format]]);
    for (const [a1, rule] of s.validations ?? []) wb.setExtra('validation', wb.resolve(a1, s.name), rule);
  }
  for (const { name, range } of snapshot.namedRanges) wb.setNamedRange(name, range);
  for (const m of snapshot.developerMetadata ?? []) {
    const place = placeOf(wb, m);
    if (place) wb.metadata.add(m.key, m.value, m.visibility, place);
  }
}

/** Rows of equal width (missing cells null), as the engine takes a rectangle. */
export function padRows(cells: readonly (readonly unknown[])[], width: number): unknown[][] {
  return cells.map((row) => Array.from({ length: width }, (_v, c) => row[c] ?? null));
}
