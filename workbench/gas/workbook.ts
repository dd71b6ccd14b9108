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
  readonly engineId: number;
  readonly sheetId: number;
  rows: number;
  columns: number;
  frozenRows: number;
}

const ENGINE_MAX_ROWS = 2_000_000;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

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
      this.sheets.push({
        name,
        engineId,
        sheetId: this.nextSheetId++,
        rows: Math.max(this.defaultRows, cells.length),
        columns: Math.max(this.defaultColumns, widest(cells)),
        frozenRows: 0,
      });
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

  /**
   * Sheet.setName: formulas and named ranges that point at the sheet follow it (the engine keeps them by
   * sheet id), as in Sheets. A taken name throws Apps Script's message.
   */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    const other = this.findSheet(to);
    if (other && other !== s) throw nameTaken(to);
    this.structuralChange(() => {
      this.engine.renameSheet(s.engineId, to);
      s.name = to;
    });
  }

  /** Spreadsheet.deleteSheet: its named ranges stop resolving and its developer metadata goes with it. */
  removeSheet(name: string): void {
    const s = this.sheet(name);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.structuralChange(() => {
      this.engine.removeSheet(s.engineId);
      this.sheets.splice(this.sheets.indexOf(s), 1);
      this.metadata.sheetDeleted(s.sheetId);
    });
  }

  /** Sheet.deleteRows / deleteColumns: what lies below or right moves up or left, metadata with it. */
  deleteRows(sheet: string, from: number, howMany: number): void {
    this.deleteSpan(sheet, 'rows', from, howMany);
  }

  deleteColumns(sheet: string, from: number, howMany: number): void {
    this.deleteSpan(sheet, 'columns', from, howMany);
  }

  /** Adds a sheet; a taken name (Sheets compares case-insensitively) throws Apps Script's message. */
  addSheet(name: string, options: { index?: number; rows?: number; columns?: number } = {}): void {
    if (this.hasSheet(name)) throw nameTaken(name);
    const engineName = this.engine.addSheet(name);
    const engineId = this.engine.getSheetId(engineName) as number;
    const state: SheetState = {
      name,
      engineId,
      sheetId: this.nextSheetId++,
      rows: options.rows ?? this.defaultRows,
      columns: options.columns ?? this.defaultColumns,
      frozenRows: 0,
    };
    this.sheets.splice(options.index ?? this.sheets.length, 0, state);
    // Formulas that named this sheet before it existed (#REF!) now resolve. Rebuilding re-reads every
    // cell, seconds for a large workbook: only when a formula may name it.
    if (this.formulaMayName(name)) this.engine.rebuildAndRecalculate();
    this.afterChange([name]);
  }

  /** Grid size (getMaxRows/getMaxColumns) and content extent (getLastRow/getLastColumn). */
  size(sheet: string): { rows: number; columns: number; lastRow: number; lastColumn: number } {
    const s = this.sheet(sheet);
    const dims = this.engine.getSheetDimensions(s.engineId);
    let lastRow = dims.height;
    while (lastRow > 0 && this.rowIsEmpty(s.engineId, lastRow - 1, dims.width)) lastRow--;
    let lastColumn = dims.width;
    while (lastColumn > 0 && lastRow > 0 && this.columnIsEmpty(s.engineId, lastColumn - 1, lastRow))
      lastColumn--;
    return { rows: s.rows, columns: s.columns, lastRow, lastColumn: lastRow === 0 ? 0 : lastColumn };
  }

  /** Sets a sheet's grid size (used when restoring a snapshot). */
  resize(sheet: string, rows: number, columns: number): void {
    const s = this.sheet(sheet);
    s.rows = rows;
    s.columns = columns;
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
    this.structuralChange(() => {
      const dims = this.engine.getSheetDimensions(s.engineId);
      if (dimension === 'rows' && after < dims.height) this.engine.addRows(s.engineId, [after, howMany]);
      if (dimension === 'columns' && after < dims.width) this.engine.addColumns(s.engineId, [after, howMany]);
      s[dimension] += howMany;
      this.metadata.inserted(s.sheetId, dimension === 'rows' ? 'ROW' : 'COLUMN', after, howMany);
    });
  }

  private deleteSpan(sheet: string, dimension: 'rows' | 'columns', from: number, howMany: number): void {
    const s = this.sheet(sheet);
    if (from < 1 || howMany < 1 || from + howMany - 1 > s[dimension]) throw new Error(OUTSIDE);
    if (howMany >= s[dimension]) throw new Error(`You can't delete all the ${dimension} on the sheet.`);
    this.structuralChange(() => {
      const dims = this.engine.getSheetDimensions(s.engineId);
      const present = (dimension === 'rows' ? dims.height : dims.width) - (from - 1);
      const count = Math.min(howMany, present);
      if (count > 0 && dimension === 'rows') this.engine.removeRows(s.engineId, [from - 1, count]);
      if (count > 0 && dimension === 'columns') this.engine.removeColumns(s.engineId, [from - 1, count]);
      s[dimension] -= howMany;
      this.metadata.deleted(s.sheetId, dimension === 'rows' ? 'ROW' : 'COLUMN', from, howMany);
    });
  }

  private structuralChange(change: () => void): void {
    this.custom.clearSpills();
    change();
    this.forgetEnteredFormulas();
    this.engine.rebuildAndRecalculate();
    this.afterChange(this.sheetNames());
  }

  /** Whether a formula as entered contains `text` (any case): a cheap over-approximation of a reference. */
  private formulaMayName(text: string): boolean {
    if (!this.allFormulasEntered) return true;
    const needle = text.toLowerCase();
    for (const formula of this.entered.values()) if (formula.toLowerCase().includes(needle)) return true;
    return false;
  }

  /** After the engine rewrote formulas (rename, inserted rows), its text is the truth. */
  private forgetEnteredFormulas(): void {
    this.entered.clear();
    this.allFormulasEntered = false;
  }

  private afterChange(sheets: readonly string[]): void {
    this.custom.settle();
    this.custom.endWave();
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

  private columnIsEmpty(sheet: number, col: number, height: number): boolean {
    const values = this.engine.getRangeValues({
      start: { sheet, row: 0, col },
      end: { sheet, row: height - 1, col },
    });
    return values.every((row) => row[0] === null || row[0] === '');
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
