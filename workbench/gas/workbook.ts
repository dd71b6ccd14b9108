// The document: sheets of cells on a HyperFormula engine, with Sheets' rules on top (grid sizes, A1
// notation with open ranges, "" for empty, Dates). Formats live in cell-formats.ts, custom functions and
// their spills in custom-functions.ts, named ranges in named-ranges.ts, save/reload in workbook-snapshot.ts;
// this class ties them to the engine and is the one API the stand-ins, the workbench and the tests use.
// All cell coordinates in this file's public methods are 1-based, as in Apps Script.
import { AlwaysDense, DetailedCellError, HyperFormula } from 'hyperformula';
import { formatA1, quoteSheetName } from '../../src/shared/a1';
import { parseA1 } from './a1';
import { type CellExtras, CellFormats, type ExtraValue } from './cell-formats';
import { dateToSerial, displayText, isDate, serialToDate } from './cell-values';
import { CustomFunctions, clearCells } from './custom-functions';
import { DeveloperMetadataStore } from './developer-metadata';
import { toEngineFormula } from './formula-text';
import { CUSTOM_FUNCTION_LIMITS, type CustomFunctionLimits, type CustomFunctionStats } from './limits';
import { listNamedRanges, removeNamedRange, setNamedRange } from './named-ranges';
import { toSheetsError } from './sheets-errors';
import { type Area, cellKey, decodeKey, SpillTracker } from './spills';
import type { CellError, CellValue, CustomFunctionImpl, GridRange, WorkbookChange } from './types';
import { restoreSnapshot, takeSnapshot, type WorkbookSnapshot } from './workbook-snapshot';

export type { CellExtras } from './cell-formats';
export type { SheetSnapshot, WorkbookSnapshot } from './workbook-snapshot';

export interface WorkbookOptions {
  /** Sheets to create, in order, with initial contents (strings starting with "=" are formulas). */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Grid size of new sheets; Sheets' default is 1000 x 26. */
  readonly defaultRows?: number;
  readonly defaultColumns?: number;
  /** Custom-function limits; Sheets' (limits.ts) unless a test needs a smaller one. */
  readonly customFunctionLimits?: Partial<CustomFunctionLimits>;
  /** The spreadsheet's locale (File > Settings), as getSpreadsheetLocale returns it; "en_US" unless told. */
  readonly locale?: string;
  /**
   * What a custom function gets for a range argument holding an error cell. Sheets' behaviour is not
   * documented (docs/live-checks.md): 'propagate' (the default) shows the error without calling the
   * function; 'as-text' calls it with the error's text ("#N/A") in that cell.
   */
  readonly rangeErrors?: RangeErrors;
}

export type RangeErrors = 'propagate' | 'as-text';

interface SheetState {
  name: string;
  engineId: number;
  readonly sheetId: number;
  rows: number;
  columns: number;
  frozenRows: number;
}

const ENGINE_MAX_ROWS = 2_000_000;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Google Sheets' limits: 10 million cells per spreadsheet, 18,278 columns (ZZZ) per sheet.
 * https://support.google.com/drive/answer/37603 */
export const SHEETS_CELL_LIMIT = 10_000_000;
export const SHEETS_COLUMN_LIMIT = 18_278;

export class Workbook {
  /** Built on first use (see engine), so custom functions registered before it cost no rebuild. */
  private built: HyperFormula | undefined;
  private initialContents: Record<string, never[][]> | undefined;
  private readonly sheets: SheetState[] = [];
  private nextSheetId = 0;
  /** Formula text as entered, per cell key (the engine keeps a translated form). */
  private readonly entered = new Map<number, string>();
  /** False once the engine rewrote formulas (`entered` then no longer lists every formula). */
  private allFormulasEntered = true;
  private readonly formats = new CellFormats();
  private readonly spills = new SpillTracker();
  private readonly custom: CustomFunctions;
  /** The spreadsheet's locale; settable, as File > Settings is. */
  locale: string;
  /** See WorkbookOptions.rangeErrors; settable so one test can compare both behaviours. */
  rangeErrors: RangeErrors;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();
  /** Last row and column holding something, per engine sheet, until the next change (a 50,000-row sheet's
   * takes tens of milliseconds to find, and the workbench asks for it on every view). */
  private readonly extents = new Map<number, { lastRow: number; lastColumn: number }>();
  readonly extras: CellExtras = this.formats.extras;
  /** Developer metadata of the document: it follows rows and columns as they are inserted and deleted. */
  readonly metadata = new DeveloperMetadataStore();
  readonly defaultRows: number;
  readonly defaultColumns: number;

  constructor(options: WorkbookOptions = {}) {
    this.custom = new CustomFunctions({
      engine: () => this.engine,
      formats: this.formats,
      spills: this.spills,
      gridSize: (engineSheet) => this.sheets.find((s) => s.engineId === engineSheet),
      limits: { ...CUSTOM_FUNCTION_LIMITS, ...options.customFunctionLimits },
      rangeErrors: () => this.rangeErrors,
    });
    this.defaultRows = options.defaultRows ?? 1000;
    this.defaultColumns = options.defaultColumns ?? 26;
    this.locale = options.locale ?? 'en_US';
    this.rangeErrors = options.rangeErrors ?? 'propagate';
    // A spreadsheet always has at least one sheet; a new one starts with "Sheet1".
    const entries = Object.entries(options.sheets ?? {});
    const initial = entries.length > 0 ? entries : [['Sheet1', []] as const];
    // Every sheet first (a formula may name any of them), then all contents in one engine build: much
    // quicker for a large sheet than writing it afterwards, which tracks each cell as a change.
    initial.forEach(([name, cells], engineId) => {
      if (this.findSheet(name)) throw nameTaken(name);
      const rows = Math.max(this.defaultRows, cells.length);
      const columns = Math.max(this.defaultColumns, widest(cells));
      this.checkCellLimit(rows * columns);
      this.sheets.push({ name, engineId, sheetId: this.nextSheetId++, rows, columns, frozenRows: 0 });
    });
    const dateCells: number[] = [];
    const contents = Object.fromEntries(
      initial.map(([name, cells], i) => {
        const s = this.sheets[i] as SheetState;
        const width = widest(cells);
        const grid = cells.map((row, r) =>
          Array.from({ length: width }, (_v, c) => this.toEngineContent(s, r, c, row[c], dateCells)),
        );
        return [name, grid as never[][]];
      }),
    );
    this.initialContents = contents;
    if (dateCells.length > 0) for (const key of dateCells) this.markDateIfParsedAsDate(key);
    this.afterChange(this.sheetNames());
  }

  /**
   * The formula engine, built from the initial contents on first use. Building it with the custom
   * functions already known (loadAddon registers them right after the workbook is made) spares a
   * rebuild of every cell, seconds for a sheet of 50,000 rows.
   */
  private get engine(): HyperFormula {
    if (!this.built) {
      this.built = HyperFormula.buildFromSheets(
        this.initialContents ?? {},
        engineConfig(this.custom.plugins()),
      );
      this.initialContents = undefined;
      for (const s of this.sheets)
        if (this.built.getSheetId(s.name) !== s.engineId) throw new Error(`Sheet ${s.name} out of order.`);
    }
    return this.built;
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): Workbook {
    const wb = new Workbook({
      sheets: Object.fromEntries(snapshot.sheets.slice(0, 1).map((s) => [s.name, []])),
    });
    restoreSnapshot(wb, snapshot);
    return wb;
  }

  snapshot(): WorkbookSnapshot {
    return takeSnapshot(this, {
      serialized: (range) => this.engine.getRangeSerialized(this.engineRange(range)),
      spilledOn: (sheet) => {
        const { engineId } = this.sheet(sheet);
        return (row, col) => this.spills.isSpilled(cellKey(engineId, row, col));
      },
      numberFormats: (sheet) => this.formats.numberFormatsOn(this.sheet(sheet).engineId),
      validations: (sheet) => this.formats.extrasOn('validation', this.sheet(sheet).engineId),
    });
  }

  // ---- sheets ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  sheetId(name: string): number {
    return this.sheet(name).sheetId;
  }

  /** The current name of the sheet with this id (ids never change; names do). */
  sheetName(sheetId: number): string {
    const s = this.sheets.find((x) => x.sheetId === sheetId);
    if (!s) throw new Error(`Sheet not found: ${sheetId}`);
    return s.name;
  }

  /** Adds a sheet; a taken name (Sheets compares case-insensitively) throws Apps Script's message. */
  addSheet(
    name: string,
    options: { index?: number; rows?: number; columns?: number; sheetId?: number } = {},
  ): void {
    if (this.hasSheet(name)) throw nameTaken(name);
    const rows = options.rows ?? this.defaultRows;
    const columns = options.columns ?? this.defaultColumns;
    this.checkCellLimit(rows * columns);
    const engineName = this.engine.addSheet(name);
    const engineId = this.engine.getSheetId(engineName) as number;
    // A restored sheet keeps its id (the add-on may have stored it); new ids never reuse one.
    const sheetId = options.sheetId ?? this.nextSheetId;
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    const state: SheetState = { name, engineId, sheetId, rows, columns, frozenRows: 0 };
    this.sheets.splice(options.index ?? this.sheets.length, 0, state);
    // Formulas that named this sheet before it existed (#REF!) now resolve. Rebuilding re-reads every
    // cell, seconds for a large workbook: only when a formula may name it.
    if (this.formulaMayName(name)) this.engine.rebuildAndRecalculate();
    this.afterChange([name]);
  }

  /** Grid size (getMaxRows/getMaxColumns) and content extent (getLastRow/getLastColumn). */
  size(sheet: string): { rows: number; columns: number; lastRow: number; lastColumn: number } {
    const s = this.sheet(sheet);
    let extent = this.extents.get(s.engineId);
    if (!extent) {
      const dims = this.engine.getSheetDimensions(s.engineId);
      let lastRow = dims.height;
      while (lastRow > 0 && this.rowIsEmpty(s.engineId, lastRow - 1, dims.width)) lastRow--;
      let lastColumn = dims.width;
      while (lastColumn > 0 && lastRow > 0 && this.columnIsEmpty(s.engineId, lastColumn - 1, lastRow))
        lastColumn--;
      extent = { lastRow, lastColumn: lastRow === 0 ? 0 : lastColumn };
      this.extents.set(s.engineId, extent);
    }
    return { rows: s.rows, columns: s.columns, ...extent };
  }

  /** Sets a sheet's grid size (used when restoring a snapshot). */
  resize(sheet: string, rows: number, columns: number): void {
    const s = this.sheet(sheet);
    const before = s.rows;
    s.rows = rows;
    s.columns = columns;
    if (rows !== before) this.followOpenRanges(s.name, before);
  }

  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }

  setFrozenRows(sheet: string, rows: number): void {
    this.sheet(sheet).frozenRows = rows;
  }

  insertRowsAfter(sheet: string, afterRow: number, howMany: number): void {
    this.insertAfter(sheet, 'rows', afterRow, howMany);
  }

  insertColumnsAfter(sheet: string, afterColumn: number, howMany: number): void {
    this.insertAfter(sheet, 'columns', afterColumn, howMany);
  }

  // ---- structure: what the workbench's Edit, Insert and sheet-tab menus do ----

  /** Deletes rows `row`..`row + howMany - 1`; formulas and named ranges adjust as in Sheets (references
   * to deleted cells become #REF!). Deleting every row of a sheet throws Sheets' message. */
  deleteRows(sheet: string, row: number, howMany: number): void {
    this.deleteLines(sheet, 'rows', row, howMany);
  }

  deleteColumns(sheet: string, column: number, howMany: number): void {
    this.deleteLines(sheet, 'columns', column, howMany);
  }

  /** Grows a sheet's grid to at least rows x columns (paste and import past its edge, as Sheets does);
   * throws, changing nothing, past Sheets' cell or column limit. */
  ensureSize(sheet: string, rows: number, columns: number): void {
    const s = this.sheet(sheet);
    const newRows = Math.max(s.rows, rows);
    const newColumns = Math.max(s.columns, columns);
    if (newRows === s.rows && newColumns === s.columns) return;
    if (newColumns > SHEETS_COLUMN_LIMIT)
      throw new Error(
        `This action would increase the number of columns in the sheet above the limit of ${SHEETS_COLUMN_LIMIT}.`,
      );
    this.checkCellLimit(newRows * newColumns - s.rows * s.columns);
    this.resize(s.name, newRows, newColumns);
  }

  /** An open range ("A1:L") reaches the last row of its sheet's grid, as in Sheets: after the grid of
   * `sheet` changed from `rowsBefore` rows, formulas naming such a range on it are entered again. */
  private followOpenRanges(sheet: string, rowsBefore: number): void {
    const stale: { sheet: string; row: number; column: number; text: string }[] = [];
    for (const [key, text] of this.entered) {
      const cell = decodeKey(key);
      const own = this.sheets.find((x) => x.engineId === cell.sheet);
      if (!own) continue;
      const rowsNow = (name: string | undefined) => this.findSheet(name ?? own.name)?.rows;
      const rowsThen = (name: string | undefined) => {
        const target = this.findSheet(name ?? own.name);
        return target?.name === sheet ? rowsBefore : target?.rows;
      };
      if (toEngineFormula(text, rowsNow) !== toEngineFormula(text, rowsThen))
        stale.push({ sheet: own.name, row: cell.row + 1, column: cell.col + 1, text });
    }
    for (const f of stale) this.setContents(this.range(f.sheet, f.row, f.column), [[f.text]]);
  }

  /** Renames a sheet; formulas and named ranges that name it follow (the engine rewrites them). */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    const name = to.trim();
    if (name === '') throw new Error('Sheet names cannot be empty.');
    if (name.length > 100) throw new Error('Sheet names can be at most 100 characters long.');
    const other = this.findSheet(name);
    if (other && other !== s) throw nameTaken(name);
    this.structuralChange(() => {
      this.engine.renameSheet(s.engineId, name);
      s.name = name;
    });
  }

  /** Deletes a sheet; formulas that named it show #REF!. A spreadsheet keeps at least one sheet. */
  removeSheet(name: string): void {
    const s = this.sheet(name);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.structuralChange(() => {
      this.formats.forgetSheet(s.engineId);
      this.engine.removeSheet(s.engineId);
      this.sheets.splice(this.sheets.indexOf(s), 1);
      this.metadata.sheetDeleted(s.sheetId);
    });
  }

  /** Moves a sheet to position `index` (0-based) among the tabs. */
  moveSheet(name: string, index: number): void {
    const s = this.sheet(name);
    const to = Math.min(Math.max(0, Math.trunc(index)), this.sheets.length - 1);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(to, 0, s);
    this.afterChange([s.name]);
  }

  /** Copies a sheet (contents as entered, number formats, data validation, frozen rows) right after it. */
  duplicateSheet(name: string, copyName: string): void {
    const s = this.sheet(name);
    this.addSheet(copyName, { index: this.sheets.indexOf(s) + 1, rows: s.rows, columns: s.columns });
    const copy = this.sheet(copyName);
    copy.frozenRows = s.frozenRows;
    const { lastRow, lastColumn } = this.size(s.name);
    if (lastRow > 0 && lastColumn > 0) {
      const from = this.range(s.name, 1, 1, lastRow, lastColumn);
      this.setContents({ ...from, sheet: copy.name }, this.contentsAsEntered(from));
    }
    for (const [row, col, format] of this.formats.numberFormatsOn(s.engineId))
      this.formats.setNumberFormats({ sheet: copy.engineId, row, col, rows: 1, cols: 1 }, [[format]]);
    for (const [row, col, rule] of [...this.formats.extrasOn('validation', s.engineId)])
      this.formats.setExtra('validation', { sheet: copy.engineId, row, col, rows: 1, cols: 1 }, rule);
    this.afterChange([copy.name]);
  }

  /** What the user entered in each cell of `range`: formulas as typed, values as stored (spilled results,
   * which their formula recomputes, as null). Writing it back with setContents restores the range. */
  contentsAsEntered(range: GridRange): unknown[][] {
    const { engineId } = this.sheet(range.sheet);
    const formulas = this.getFormulas(range);
    const values = this.getValues(range);
    return values.map((row, r) =>
      row.map((value, c) => {
        const formula = formulas[r]?.[c];
        if (formula) return formula;
        if (this.spills.isSpilled(cellKey(engineId, range.row - 1 + r, range.column - 1 + c))) return null;
        return value === '' ? null : value;
      }),
    );
  }

  /** Number formats of `range` ("" where none), as Range.getNumberFormats reads them. */
  getNumberFormats(range: GridRange): string[][] {
    const area = this.area(range);
    return Array.from({ length: area.rows }, (_r, r) =>
      Array.from(
        { length: area.cols },
        (_c, c) => this.formats.numberFormat(cellKey(area.sheet, area.row + r, area.col + c)) ?? '',
      ),
    );
  }

  /** Replaces the whole document with a snapshot, in place (undo and rollback of structural changes):
   * listeners, registered custom functions and everything holding this Workbook stay valid. */
  replaceWith(snapshot: WorkbookSnapshot): void {
    this.custom.clearSpills();
    for (const name of this.engine.listNamedExpressions()) this.engine.removeNamedExpression(name);
    for (const s of this.sheets) {
      this.formats.forgetSheet(s.engineId);
      this.engine.removeSheet(s.engineId);
    }
    this.sheets.length = 0;
    this.entered.clear();
    this.metadata.clear();
    this.engine.rebuildAndRecalculate(); // new sheets are numbered from 0 again
    restoreSnapshot(this, snapshot, { replace: true });
    this.afterChange(this.sheetNames());
  }

  /** Sheets' 10-million-cell limit for the whole spreadsheet, checked before `extra` cells are added. */
  private checkCellLimit(extra: number): void {
    const cells = this.sheets.reduce((sum, s) => sum + s.rows * s.columns, 0);
    if (extra > 0 && cells + extra > SHEETS_CELL_LIMIT)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${SHEETS_CELL_LIMIT.toLocaleString('en-US')} cells.`,
      );
  }

  private deleteLines(sheet: string, dimension: 'rows' | 'columns', first: number, howMany: number): void {
    const s = this.sheet(sheet);
    if (first < 1 || howMany < 1 || first + howMany - 1 > s[dimension]) throw new Error(OUTSIDE);
    if (howMany >= s[dimension]) throw new Error(`You can't delete all the ${dimension} on the sheet.`);
    this.structuralChange(() => {
      const dims = this.engine.getSheetDimensions(s.engineId);
      const used = dimension === 'rows' ? dims.height : dims.width;
      const count = Math.min(howMany, used - (first - 1));
      if (count > 0) {
        if (dimension === 'rows') this.engine.removeRows(s.engineId, [first - 1, count]);
        else this.engine.removeColumns(s.engineId, [first - 1, count]);
      }
      this.formats.shift(s.engineId, dimension, first - 1, -howMany);
      s[dimension] -= howMany;
      this.metadata.deleted(s.sheetId, dimension === 'rows' ? 'ROW' : 'COLUMN', first, howMany);
      s.frozenRows = dimension === 'rows' ? frozenAfterDelete(s.frozenRows, first, howMany) : s.frozenRows;
    });
  }

  // ---- ranges ----

  range(sheet: string, row: number, column: number, numRows = 1, numColumns = 1): GridRange {
    const s = this.sheet(sheet);
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) throw new Error(OUTSIDE);
    if (row + numRows - 1 > s.rows || column + numColumns - 1 > s.columns) throw new Error(OUTSIDE);
    return { sheet: s.name, row, column, numRows, numColumns };
  }

  /** Parses A1 notation ("A1", "A2:L", "B:B", "'My sheet'!A1:C3") or a named range. */
  resolve(a1: string, defaultSheet?: string): GridRange {
    const ref = parseA1(a1);
    if (!ref) {
      const named = this.namedRanges().find((n) => n.name.toLowerCase() === a1.trim().toLowerCase());
      if (named) return named.range;
      throw new Error('Range not found');
    }
    const sheetName = ref.sheet ?? defaultSheet ?? this.sheets[0]?.name;
    if (sheetName === undefined || !this.hasSheet(sheetName)) throw new Error('Range not found');
    const s = this.sheet(sheetName);
    const row = ref.row ?? 1;
    const column = ref.column ?? 1;
    const endRow = ref.endRow ?? s.rows;
    const endColumn = ref.endColumn ?? s.columns;
    const [r1, r2] = row <= endRow ? [row, endRow] : [endRow, row];
    const [c1, c2] = column <= endColumn ? [column, endColumn] : [endColumn, column];
    return this.range(s.name, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  a1(range: GridRange, withSheet = false): string {
    const a1 = formatA1(range.row, range.column, range.numRows, range.numColumns);
    return withSheet ? `${quoteSheetName(range.sheet)}!${a1}` : a1;
  }

  // ---- cells ----

  /** Writes what a user types or setValues writes: "=..." is a formula, "" clears; one batch, one recalc. */
  setContents(range: GridRange, grid: readonly (readonly unknown[])[]): void {
    const s = this.sheet(range.sheet);
    this.range(range.sheet, range.row, range.column, range.numRows, range.numColumns);
    const area = this.area(range);
    const { clear, reevaluate } = this.spills.beforeUserWrite(area);
    const dateCells: number[] = [];
    // Array.from, not map: a grid from the script's vm realm would stay a vm Array, which HyperFormula's
    // `instanceof Array` checks reject ("Unable to parse value").
    const engineGrid = Array.from(grid, (row, r) =>
      Array.from(row, (value, c) => this.toEngineContent(s, area.row + r, area.col + c, value, dateCells)),
    );
    this.engine.batch(() => {
      clearCells(this.engine, clear);
      this.engine.setCellContents({ sheet: s.engineId, row: area.row, col: area.col }, engineGrid as never);
      this.custom.reevaluate(reevaluate);
    });
    for (const key of dateCells) this.markDateIfParsedAsDate(key);
    this.afterChange([s.name]);
  }

  getValues(range: GridRange): CellValue[][] {
    const area = this.area(range);
    const values = this.engine.getRangeValues(this.engineRange(range));
    const hasFormats = !this.formats.isEmpty();
    return values.map((row, r) =>
      row.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (v instanceof DetailedCellError) return toSheetsError(v).type;
        if (
          typeof v === 'number' &&
          hasFormats &&
          this.formats.isDate(cellKey(area.sheet, area.row + r, area.col + c))
        )
          return serialToDate(v);
        return v;
      }),
    );
  }

  /** Formulas as entered ("" where the cell holds a value or a spilled result). */
  getFormulas(range: GridRange): string[][] {
    const area = this.area(range);
    const formulas = this.engine.getRangeFormulas(this.engineRange(range));
    return formulas.map((row, r) =>
      row.map((f, c) => {
        if (f === undefined) return '';
        return this.entered.get(cellKey(area.sheet, area.row + r, area.col + c)) ?? fromEngineFormula(f);
      }),
    );
  }

  getDisplayValues(range: GridRange): string[][] {
    const area = this.area(range);
    return this.getValues(range).map((row, r) =>
      row.map((v, c) =>
        displayText(v, this.formats.numberFormat(cellKey(area.sheet, area.row + r, area.col + c))),
      ),
    );
  }

  /** Error of one cell (1-based), as Sheets shows it, or null. */
  getError(sheet: string, row: number, column: number): CellError | null {
    const s = this.sheet(sheet);
    const v = this.engine.getCellValue({ sheet: s.engineId, row: row - 1, col: column - 1 });
    return v instanceof DetailedCellError ? toSheetsError(v) : null;
  }

  /** True when the cell shows a value spilled by another cell's custom function, not content entered
   * (the workbench's formula bar shows such a cell as empty, as Sheets does). */
  isSpilled(sheet: string, row: number, column: number): boolean {
    return this.spills.isSpilled(cellKey(this.sheet(sheet).engineId, row - 1, column - 1));
  }

  /** Clears contents (Range.clearContent), formats, or both (Range.clear). */
  clear(
    range: GridRange,
    what: { contents?: boolean; formats?: boolean } = { contents: true, formats: true },
  ): void {
    if (what.formats) this.formats.clear(this.area(range));
    if (what.contents) this.setContents(range, blank(range.numRows, range.numColumns));
    else this.afterChange([this.sheet(range.sheet).name]);
  }

  setNumberFormats(range: GridRange, formats: readonly (readonly string[])[]): void {
    this.formats.setNumberFormats(this.area(range), formats);
    this.afterChange([this.sheet(range.sheet).name]);
  }

  /** Sets one extra (a data validation rule) on every cell of the range; null removes it. */
  setExtra<K extends keyof CellExtras>(kind: K, range: GridRange, value: ExtraValue<K>): void {
    this.formats.setExtra(kind, this.area(range), value);
  }

  getExtra<K extends keyof CellExtras>(kind: K, range: GridRange): ExtraValue<K>[][] {
    return this.formats.extra(kind, this.area(range));
  }

  // ---- named ranges ----

  /** Creates or moves a named range (a HyperFormula named expression, usable in formulas). */
  setNamedRange(name: string, range: GridRange): void {
    this.range(range.sheet, range.row, range.column, range.numRows, range.numColumns);
    setNamedRange(this.engine, name, range);
    this.afterChange([range.sheet]);
  }

  removeNamedRange(name: string): void {
    removeNamedRange(this.engine, name);
    this.afterChange(this.sheetNames());
  }

  namedRanges(): { name: string; range: GridRange }[] {
    return listNamedRanges(this.engine, (name) => this.hasSheet(name));
  }

  // ---- custom functions ----

  /** Registers custom functions (names as Sheets shows them, upper-cased) into the formula engine. */
  registerCustomFunctions(functions: Readonly<Record<string, CustomFunctionImpl>>): void {
    this.custom.register(functions);
    if (this.built) this.built.updateConfig({ functionPlugins: this.custom.plugins() });
    this.custom.settle();
    this.afterChange(this.sheetNames());
  }

  customFunctionNames(): string[] {
    return this.custom.names();
  }

  /** Executions per change, the largest result, and the calls refused by a limit, so far. */
  customFunctionStats(): CustomFunctionStats {
    return this.custom.stats;
  }

  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- internals ----

  private toEngineContent(
    s: SheetState,
    row: number,
    col: number,
    value: unknown,
    dateCells: number[],
  ): unknown {
    const key = cellKey(s.engineId, row, col);
    this.entered.delete(key);
    if (value === null || value === undefined || value === '') return null;
    if (isDate(value)) {
      this.formats.markDate(key);
      return dateToSerial(value);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    const text = String(value);
    if (text.startsWith('=') && text.length > 1) {
      this.entered.set(key, text);
      return toEngineFormula(text, (sheet) => this.findSheet(sheet ?? s.name)?.rows);
    }
    // Text that may be a date ("1/31/2024"): the engine parses it; see markDateIfParsedAsDate.
    if (/\d[/-]\d/.test(text)) dateCells.push(key);
    return text;
  }

  /** A typed date ("1/31/2024") is stored as a serial number; give it a date format so it reads back as a Date. */
  private markDateIfParsedAsDate(key: number): void {
    const type = this.engine.getCellValueDetailedType(decodeKey(key));
    if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME') this.formats.markDate(key);
  }

  /** Inserts rows or columns; the engine only needs to move what lies below or right of them. */
  private insertAfter(sheet: string, dimension: 'rows' | 'columns', after: number, howMany: number): void {
    const s = this.sheet(sheet);
    this.checkCellLimit(howMany * (dimension === 'rows' ? s.columns : s.rows));
    this.structuralChange(() => {
      const dims = this.engine.getSheetDimensions(s.engineId);
      if (dimension === 'rows' && after < dims.height) this.engine.addRows(s.engineId, [after, howMany]);
      if (dimension === 'columns' && after < dims.width) this.engine.addColumns(s.engineId, [after, howMany]);
      this.formats.shift(s.engineId, dimension, after, howMany);
      s[dimension] += howMany;
      this.metadata.inserted(s.sheetId, dimension === 'rows' ? 'ROW' : 'COLUMN', after, howMany);
    });
  }

  private structuralChange(change: () => void): void {
    this.extents.clear();
    this.custom.clearSpills();
    change();
    this.forgetEnteredFormulas();
    this.engine.rebuildAndRecalculate();
    this.followEngineSheetIds();
    this.afterChange(this.sheetNames());
  }

  /** Whether a formula as entered contains `text` (any case): a cheap over-approximation of a reference. */
  private formulaMayName(text: string): boolean {
    if (!this.allFormulasEntered) return true;
    const needle = text.toLowerCase();
    for (const formula of this.entered.values()) if (formula.toLowerCase().includes(needle)) return true;
    return false;
  }

  /** A rebuild numbers the engine's sheets 0..n-1 again (after a removal their ids had a gap): move every
   * sheet's formats to its new id. Spills were cleared and entered formulas forgotten before the rebuild. */
  private followEngineSheetIds(): void {
    const ids = new Map<number, number>();
    for (const s of this.sheets) {
      const id = this.engine.getSheetId(s.name) as number;
      if (id !== s.engineId) ids.set(s.engineId, id);
    }
    if (ids.size === 0) return;
    this.formats.renumberSheets(ids);
    for (const s of this.sheets) s.engineId = ids.get(s.engineId) ?? s.engineId;
  }

  /** After the engine rewrote formulas (rename, inserted rows), its text is the truth. */
  private forgetEnteredFormulas(): void {
    this.entered.clear();
    this.allFormulasEntered = false;
  }

  private afterChange(sheets: readonly string[]): void {
    this.extents.clear();
    this.custom.settle();
    this.custom.endWave();
    this.extents.clear(); // spilled results were written
    for (const listener of this.listeners) listener({ sheets });
  }

  private rowIsEmpty(sheet: number, row: number, width: number): boolean {
    if (width === 0) return true;
    const values = this.engine.getRangeValues({
      start: { sheet, row, col: 0 },
      end: { sheet, row, col: width - 1 },
    });
    return (values[0] ?? []).every((v) => v === null || v === '');
  }

  /** Cell by cell, stopping at the first value: a filled column is found at once, even 50,000 rows tall. */
  private columnIsEmpty(sheet: number, col: number, height: number): boolean {
    for (let row = 0; row < height; row++) {
      const v = this.engine.getCellValue({ sheet, row, col });
      if (v !== null && v !== '') return false;
    }
    return true;
  }

  /** The range in engine coordinates (sheet id, 0-based). */
  private area(range: GridRange): Area {
    const { engineId } = this.sheet(range.sheet);
    return {
      sheet: engineId,
      row: range.row - 1,
      col: range.column - 1,
      rows: range.numRows,
      cols: range.numColumns,
    };
  }

  private engineRange(range: GridRange) {
    const { sheet, row, col, rows, cols } = this.area(range);
    return { start: { sheet, row, col }, end: { sheet, row: row + rows - 1, col: col + cols - 1 } };
  }

  private findSheet(name: string): SheetState | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  private sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`Sheet not found: ${name}`);
    return s;
  }
}

function engineConfig(functionPlugins: ReturnType<CustomFunctions['plugins']>) {
  return {
    licenseKey: 'gpl-v3',
    maxRows: ENGINE_MAX_ROWS,
    undoLimit: 0,
    chooseAddressMappingPolicy: new AlwaysDense(),
    dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD'],
    currencySymbol: ['$'],
    // Range.getValues returns the stored double (0.1 + 0.2 is 0.30000000000000004), not a rounded one.
    smartRounding: false,
    functionPlugins,
  };
}

/** Frozen rows after deleting rows first..first+howMany-1: the deleted frozen ones go. */
function frozenAfterDelete(frozen: number, first: number, howMany: number): number {
  if (first > frozen) return frozen;
  return Math.max(first - 1, frozen - howMany);
}

function nameTaken(name: string): Error {
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/** The widest row (a loop: spreading 100,000 rows into Math.max overflows the stack). */
function widest(cells: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of cells) if (row.length > width) width = row.length;
  return width;
}

function blank(rows: number, cols: number): null[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
}

/** The engine writes TRUE and FALSE as functions; Sheets shows them as the constants the user typed. */
function fromEngineFormula(formula: string): string {
  return formula.replace(/\b(TRUE|FALSE)\(\)/g, '$1');
}
