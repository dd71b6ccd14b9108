// The document: sheets of cells on a HyperFormula engine, with Sheets' rules on top (grid sizes, A1
// notation with open ranges, "" for empty, Dates, custom functions that spill, named ranges, formats).
// All cell coordinates in this file's public methods are 1-based, as in Apps Script.
import { AlwaysDense, DetailedCellError, HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { formatA1, quoteSheetName } from '../../src/shared/a1';
import { parseA1 } from './a1';
import {
  DEFAULT_DATE_FORMAT,
  dateToSerial,
  displayText,
  isDate,
  isDateFormat,
  serialToDate,
} from './cell-values';
import { customFunctionPlugin, EmptyValue, type EngineArg } from './custom-function-plugin';
import { toEngineFormula } from './formula-text';
import { engineError, isEngineError, toSheetsError } from './sheets-errors';
import { type Area, cellKey, decodeKey, SpillTracker } from './spills';
import type { CellError, CellValue, CustomFunctionImpl, GridRange, WorkbookChange } from './types';

export interface WorkbookOptions {
  /** Sheets to create, in order, with initial contents (strings starting with "=" are formulas). */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Grid size of new sheets; Sheets' default is 1000 x 26. */
  readonly defaultRows?: number;
  readonly defaultColumns?: number;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  readonly rows: number;
  readonly columns: number;
  readonly frozenRows: number;
  /** Cell contents as entered: formulas as text ("=..."), values as numbers, booleans and strings. */
  readonly cells: readonly (readonly unknown[])[];
  readonly numberFormats: readonly (readonly [a1: string, format: string])[];
}

/** Serializable state for save/reload (JSON.stringify-able). Spilled results are recomputed, not saved. */
export interface WorkbookSnapshot {
  readonly version: 1;
  readonly sheets: readonly SheetSnapshot[];
  readonly namedRanges: readonly { readonly name: string; readonly range: GridRange }[];
}

interface SheetState {
  name: string;
  readonly engineId: number;
  readonly sheetId: number;
  rows: number;
  columns: number;
  frozenRows: number;
}

/** Extras Sheets keeps per cell that the add-on sets and reads back. */
export interface CellExtras {
  readonly validation: Map<number, unknown>;
  readonly fontWeight: Map<number, string>;
  readonly background: Map<number, string>;
}

const ENGINE_MAX_ROWS = 2_000_000;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class Workbook {
  private engine: HyperFormula;
  private readonly sheets: SheetState[] = [];
  private nextSheetId = 0;
  /** Formula text as entered, per cell key (the engine keeps a translated form). */
  private readonly entered = new Map<number, string>();
  private readonly formats = new Map<number, string>();
  private readonly functions = new Map<string, CustomFunctionImpl>();
  private readonly spills = new SpillTracker();
  private readonly listeners = new Set<(change: WorkbookChange) => void>();
  readonly extras: CellExtras = { validation: new Map(), fontWeight: new Map(), background: new Map() };
  readonly defaultRows: number;
  readonly defaultColumns: number;

  constructor(options: WorkbookOptions = {}) {
    this.defaultRows = options.defaultRows ?? 1000;
    this.defaultColumns = options.defaultColumns ?? 26;
    this.engine = HyperFormula.buildEmpty(this.engineConfig());
    // A spreadsheet always has at least one sheet; a new one starts with "Sheet1".
    const sheets = Object.entries(options.sheets ?? {});
    for (const [name, cells] of sheets.length > 0 ? sheets : [['Sheet1', []] as const]) {
      const width = Math.max(0, ...cells.map((r) => r.length));
      this.addSheet(name, {
        rows: Math.max(this.defaultRows, cells.length),
        columns: Math.max(this.defaultColumns, width),
      });
      if (cells.length > 0 && width > 0)
        this.setContents(this.range(name, 1, 1, cells.length, width), pad(cells, width));
    }
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): Workbook {
    const wb = new Workbook({
      sheets: Object.fromEntries(snapshot.sheets.slice(0, 1).map((s) => [s.name, []])),
    });
    for (const [i, s] of snapshot.sheets.entries()) {
      if (i > 0) wb.addSheet(s.name, { rows: s.rows, columns: s.columns });
      else wb.resize(s.name, s.rows, s.columns);
      wb.sheet(s.name).frozenRows = s.frozenRows;
      const width = Math.max(0, ...s.cells.map((r) => r.length));
      if (s.cells.length > 0 && width > 0)
        wb.setContents(wb.range(s.name, 1, 1, s.cells.length, width), pad(s.cells, width));
      for (const [a1, format] of s.numberFormats) wb.setNumberFormats(wb.resolve(a1, s.name), [[format]]);
    }
    for (const { name, range } of snapshot.namedRanges) wb.setNamedRange(name, range);
    return wb;
  }

  snapshot(): WorkbookSnapshot {
    const sheets = this.sheets.map((s): SheetSnapshot => {
      const { lastRow, lastColumn } = this.size(s.name);
      const range = this.range(s.name, 1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
      const formulas = this.getFormulas(range);
      const raw = this.engine.getRangeSerialized(this.engineRange(range));
      const cells = raw.slice(0, lastRow).map((row, r) =>
        row.slice(0, lastColumn).map((v, c) => {
          if (formulas[r]?.[c]) return formulas[r]?.[c];
          if (this.spills.isSpilled(cellKey(s.engineId, r, c))) return null;
          return v === undefined ? null : v;
        }),
      );
      const numberFormats: [string, string][] = [];
      for (const [key, format] of this.formats) {
        const { sheet, row, col } = decodeKey(key);
        if (sheet === s.engineId && !this.spills.isSpilled(key))
          numberFormats.push([formatA1(row + 1, col + 1), format]);
      }
      return {
        name: s.name,
        sheetId: s.sheetId,
        rows: s.rows,
        columns: s.columns,
        frozenRows: s.frozenRows,
        cells,
        numberFormats,
      };
    });
    return { version: 1, sheets, namedRanges: this.namedRanges() };
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

  /** Adds a sheet; a taken name (Sheets compares case-insensitively) throws Apps Script's message. */
  addSheet(name: string, options: { index?: number; rows?: number; columns?: number } = {}): void {
    if (this.hasSheet(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
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
    // Formulas that named this sheet before it existed (#REF!) now resolve.
    this.engine.rebuildAndRecalculate();
    this.afterChange([name]);
  }

  removeSheet(name: string): void {
    const s = this.sheet(name);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.spills.forget(s.engineId);
    this.engine.removeSheet(s.engineId);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.afterChange(this.sheetNames());
  }

  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (from !== to && this.hasSheet(to))
      throw new Error(`A sheet with the name "${to}" already exists. Please enter another name.`);
    this.engine.renameSheet(s.engineId, to);
    s.name = to;
    this.forgetEnteredFormulas();
    this.afterChange([to]);
  }

  moveSheet(name: string, index: number): void {
    const s = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, s);
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
    const s = this.sheet(sheet);
    this.structuralChange(() => {
      if (afterRow < this.engine.getSheetDimensions(s.engineId).height)
        this.engine.addRows(s.engineId, [afterRow, howMany]);
      s.rows += howMany;
    });
  }

  insertColumnsAfter(sheet: string, afterColumn: number, howMany: number): void {
    const s = this.sheet(sheet);
    this.structuralChange(() => {
      if (afterColumn < this.engine.getSheetDimensions(s.engineId).width)
        this.engine.addColumns(s.engineId, [afterColumn, howMany]);
      s.columns += howMany;
    });
  }

  deleteRows(sheet: string, row: number, howMany: number): void {
    const s = this.sheet(sheet);
    this.structuralChange(() => {
      this.engine.removeRows(s.engineId, [row - 1, howMany]);
      s.rows -= howMany;
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
    const area = toArea(s.engineId, range);
    const { clear, reevaluate } = this.spills.beforeUserWrite(area);
    const dateCells: number[] = [];
    // Array.from, not map: a grid from the script's vm realm would stay a vm Array, which HyperFormula's
    // `instanceof Array` checks reject ("Unable to parse value").
    const engineGrid = Array.from(grid, (row, r) =>
      Array.from(row, (value, c) => this.toEngineContent(s, area.row + r, area.col + c, value, dateCells)),
    );
    this.engine.batch(() => {
      for (const key of clear) this.engine.setCellContents(this.address(key), null);
      this.engine.setCellContents({ sheet: s.engineId, row: area.row, col: area.col }, engineGrid as never);
      this.reevaluate(reevaluate);
    });
    for (const key of dateCells) this.markDateIfParsedAsDate(key);
    this.afterChange([s.name]);
  }

  getValues(range: GridRange): CellValue[][] {
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    const values = this.engine.getRangeValues(this.engineRange(range));
    const hasFormats = this.formats.size > 0;
    return values.map((row, r) =>
      row.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (v instanceof DetailedCellError) return toSheetsError(v).type;
        if (
          typeof v === 'number' &&
          hasFormats &&
          isDateFormat(this.formats.get(cellKey(s.engineId, area.row + r, area.col + c)))
        )
          return serialToDate(v);
        return v;
      }),
    );
  }

  /** Formulas as entered ("" where the cell holds a value or a spilled result). */
  getFormulas(range: GridRange): string[][] {
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    const formulas = this.engine.getRangeFormulas(this.engineRange(range));
    return formulas.map((row, r) =>
      row.map((f, c) => {
        if (f === undefined) return '';
        return this.entered.get(cellKey(s.engineId, area.row + r, area.col + c)) ?? fromEngineFormula(f);
      }),
    );
  }

  getDisplayValues(range: GridRange): string[][] {
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    return this.getValues(range).map((row, r) =>
      row.map((v, c) => displayText(v, this.formats.get(cellKey(s.engineId, area.row + r, area.col + c)))),
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
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    if (what.formats) {
      for (const map of [this.formats, this.extras.fontWeight, this.extras.background]) deleteIn(map, area);
    }
    if (what.contents) this.setContents(range, blank(range.numRows, range.numColumns));
    else this.afterChange([s.name]);
  }

  setNumberFormats(range: GridRange, formats: readonly (readonly string[])[]): void {
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    formats.forEach((row, r) => {
      row.forEach((f, c) => {
        const key = cellKey(s.engineId, area.row + r, area.col + c);
        if (f === '' || f === 'General') this.formats.delete(key);
        else this.formats.set(key, f);
      });
    });
    this.afterChange([s.name]);
  }

  getNumberFormats(range: GridRange): string[][] {
    const s = this.sheet(range.sheet);
    const area = toArea(s.engineId, range);
    return blank(range.numRows, range.numColumns).map((row, r) =>
      row.map((_v, c) => this.formats.get(cellKey(s.engineId, area.row + r, area.col + c)) ?? 'General'),
    );
  }

  /** Sets one extra (validation, fontWeight, background) on every cell of the range; null removes it. */
  setExtra<K extends keyof CellExtras>(
    kind: K,
    range: GridRange,
    value: CellExtras[K] extends Map<number, infer V> ? V | null : never,
  ): void {
    const s = this.sheet(range.sheet);
    const map = this.extras[kind] as Map<number, unknown>;
    const area = toArea(s.engineId, range);
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        if (value === null) map.delete(cellKey(s.engineId, r, c));
        else map.set(cellKey(s.engineId, r, c), value);
      }
    }
  }

  getExtra<K extends keyof CellExtras>(
    kind: K,
    range: GridRange,
  ): (CellExtras[K] extends Map<number, infer V> ? V | null : never)[][] {
    const s = this.sheet(range.sheet);
    const map = this.extras[kind] as Map<number, unknown>;
    const area = toArea(s.engineId, range);
    return blank(range.numRows, range.numColumns).map((row, r) =>
      row.map((_v, c) => map.get(cellKey(s.engineId, area.row + r, area.col + c)) ?? null),
    ) as never;
  }

  // ---- named ranges ----

  /** Creates or moves a named range (a HyperFormula named expression, usable in formulas). */
  setNamedRange(name: string, range: GridRange): void {
    this.range(range.sheet, range.row, range.column, range.numRows, range.numColumns);
    const a1 = formatA1(range.row, range.column, range.numRows, range.numColumns).replace(
      /([A-Z]+)(\d+)/g,
      '$$$1$$$2',
    );
    const expression = `=${quoteSheetName(range.sheet)}!${a1}`;
    const existing = this.engine.listNamedExpressions().find((n) => n.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) this.engine.removeNamedExpression(existing);
    if (!this.engine.isItPossibleToAddNamedExpression(name, expression)) {
      throw new Error(`The name "${name}" is not a valid range name.`);
    }
    this.engine.addNamedExpression(name, expression);
    this.afterChange([range.sheet]);
  }

  removeNamedRange(name: string): void {
    const existing = this.engine.listNamedExpressions().find((n) => n.toLowerCase() === name.toLowerCase());
    if (existing !== undefined) this.engine.removeNamedExpression(existing);
    this.afterChange(this.sheetNames());
  }

  namedRanges(): { name: string; range: GridRange }[] {
    const out: { name: string; range: GridRange }[] = [];
    for (const name of this.engine.listNamedExpressions()) {
      const formula = this.engine.getNamedExpressionFormula(name);
      const ref = formula ? parseA1(formula.slice(1).replace(/\$/g, '')) : null;
      if (!ref?.sheet || !this.hasSheet(ref.sheet)) continue;
      const { row = 1, column = 1, endRow = row, endColumn = column } = ref;
      out.push({
        name,
        range: {
          sheet: ref.sheet,
          row,
          column,
          numRows: endRow - row + 1,
          numColumns: endColumn - column + 1,
        },
      });
    }
    return out;
  }

  // ---- custom functions ----

  /** Registers custom functions (names as Sheets shows them, upper-cased) into the formula engine. */
  registerCustomFunctions(functions: Readonly<Record<string, CustomFunctionImpl>>): void {
    for (const [name, fn] of Object.entries(functions)) this.functions.set(name.toUpperCase(), fn);
    this.spills.forget();
    this.engine.updateConfig({ functionPlugins: this.plugins() });
    this.settleSpills();
    this.afterChange(this.sheetNames());
  }

  customFunctionNames(): string[] {
    return [...this.functions.keys()];
  }

  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- internals ----

  private engineConfig() {
    return {
      licenseKey: 'gpl-v3',
      maxRows: ENGINE_MAX_ROWS,
      undoLimit: 0,
      chooseAddressMappingPolicy: new AlwaysDense(),
      dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD'],
      currencySymbol: ['$'],
      // Range.getValues returns the stored double (0.1 + 0.2 is 0.30000000000000004), not a rounded one.
      smartRounding: false,
      functionPlugins: this.plugins(),
    };
  }

  private plugins() {
    const names = this.functions ? [...this.functions.keys()] : [];
    const base = HyperFormula.getAllFunctionPlugins();
    return names.length === 0
      ? base
      : [...base, customFunctionPlugin(names, { evaluate: this.evaluateCustom })];
  }

  private readonly evaluateCustom = (
    name: string,
    at: SimpleCellAddress,
    args: readonly EngineArg[],
    isOccupied: (address: SimpleCellAddress) => boolean,
  ): unknown => {
    const fn = this.functions.get(name);
    const converted: unknown[] = [];
    for (const arg of args) {
      const value =
        arg.kind === 'range' ? this.rangeArg(arg.rows, arg.start) : this.scalarArg(arg.value, arg.address);
      if (isEngineError(value)) return value;
      converted.push(value);
    }
    let result: unknown;
    try {
      if (!fn) throw new Error(`Unknown function: '${name}'.`);
      result = fn(...converted);
    } catch (err) {
      this.spills.recordEvaluation(
        { sheet: at.sheet, row: at.row, col: at.col, rows: 1, cols: 1 },
        false,
        null,
      );
      return engineError('ERROR', errorMessage(err));
    }
    const grid = this.resultGrid(result, at);
    const area: Area = {
      sheet: at.sheet,
      row: at.row,
      col: at.col,
      rows: grid.length,
      cols: grid[0]?.length ?? 1,
    };
    if (grid.length === 0) {
      this.spills.recordEvaluation({ ...area, rows: 1, cols: 1 }, false, null);
      return engineError('NA', 'Result was empty.');
    }
    const beyond = this.beyondGrid(area);
    if (beyond) {
      this.spills.recordEvaluation(area, true, null);
      return engineError('REF', beyond);
    }
    const blocker = this.spills.findBlocker(area, (row, col) => isOccupied({ sheet: at.sheet, row, col }));
    this.spills.recordEvaluation(area, blocker !== null, blocker === null ? grid : null);
    if (blocker !== null)
      return engineError(
        'REF',
        `Array result was not expanded because it would overwrite data in ${blocker}.`,
      );
    return fromLiteral(grid[0]?.[0]);
  };

  /** Sheets does not grow the grid for a result: it asks for rows or columns to be inserted. */
  private beyondGrid(area: Area): string | null {
    const s = this.sheets.find((x) => x.engineId === area.sheet);
    if (!s) return null;
    const rows = area.row + area.rows - s.rows;
    if (rows > 0) return `Result was not automatically expanded, please insert more rows (${rows}).`;
    const cols = area.col + area.cols - s.columns;
    if (cols > 0) return `Result was not automatically expanded, please insert more columns (${cols}).`;
    return null;
  }

  /** A range argument as Sheets passes it: rows of values, "" for empty cells, Dates for date cells. */
  private rangeArg(rows: unknown[][], start: SimpleCellAddress | undefined): unknown {
    const out: unknown[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const converted: unknown[] = [];
      for (let c = 0; c < row.length; c++) {
        const address = start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined;
        const v = this.scalarArg(row[c], address);
        if (isEngineError(v)) return v;
        converted.push(v);
      }
      out.push(converted);
    }
    return out;
  }

  private scalarArg(value: unknown, address: SimpleCellAddress | undefined): unknown {
    if (value === EmptyValue || value === null || value === undefined) return '';
    if (isEngineError(value)) return value;
    const number = typeof value === 'object' && 'val' in value ? (value as { val: number }).val : value;
    if (
      typeof number === 'number' &&
      address &&
      isDateFormat(this.formats.get(cellKey(address.sheet, address.row, address.col)))
    )
      return serialToDate(number);
    return number;
  }

  /** A custom function's return value as a grid of engine-ready values (a 1-D array is one column). */
  private resultGrid(result: unknown, at: SimpleCellAddress): unknown[][] {
    // Arrays from the script's realm fail the engine's `instanceof Array`: copy them into this realm.
    const rows = Array.isArray(result)
      ? Array.from(result, (row) => (Array.isArray(row) ? Array.from(row) : [row]))
      : [[result]];
    const width = Math.max(0, ...rows.map((r) => r.length));
    return rows.map((row, r) =>
      Array.from({ length: width }, (_v, c) => {
        const v = row[c];
        if (isDate(v)) {
          const key = cellKey(at.sheet, at.row + r, at.col + c);
          if (!isDateFormat(this.formats.get(key))) this.formats.set(key, DEFAULT_DATE_FORMAT);
          return dateToSerial(v);
        }
        return toLiteral(v);
      }),
    );
  }

  /** Applies spilled results until no custom function is left to re-evaluate (bounded, as a cycle guard). */
  private settleSpills(): void {
    for (let round = 0; round < 20 && this.spills.hasPending(); round++) {
      const writes = this.spills.takeWrites();
      this.engine.batch(() => {
        for (const key of writes.clear) this.engine.setCellContents(this.address(key), null);
        for (const rect of writes.rects)
          this.engine.setCellContents(
            { sheet: rect.sheet, row: rect.row, col: rect.col },
            rect.grid as never,
          );
        for (const cell of writes.cells)
          this.engine.setCellContents(this.address(cell.key), cell.value as never);
        this.reevaluate(writes.reevaluate);
      });
    }
  }

  /** Re-enters a formula so the engine evaluates it again (it checks whether its result can spill). */
  private reevaluate(keys: readonly number[]): void {
    for (const key of keys) {
      const address = this.address(key);
      const formula = this.engine.getCellFormula(address);
      if (formula !== undefined) this.engine.setCellContents(address, formula);
    }
  }

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
      if (!isDateFormat(this.formats.get(key))) this.formats.set(key, DEFAULT_DATE_FORMAT);
      return dateToSerial(value);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    const text = String(value);
    if (text.startsWith('=') && text.length > 1) {
      this.entered.set(key, text);
      return toEngineFormula(text, (sheet) => this.findSheet(sheet ?? s.name)?.rows);
    }
    if (/\d[/-]\d/.test(text)) dateCells.push(key);
    return text;
  }

  /** A typed date ("1/31/2024") is stored as a serial number; give it a date format so it reads back as a Date. */
  private markDateIfParsedAsDate(key: number): void {
    const type = this.engine.getCellValueDetailedType(this.address(key));
    if ((type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME') && !isDateFormat(this.formats.get(key)))
      this.formats.set(key, DEFAULT_DATE_FORMAT);
  }

  private structuralChange(change: () => void): void {
    // Spilled cells would move with the rows; clear them and let every custom function spill again.
    const spilled = [...this.spills.spilledCells()];
    this.spills.forget();
    this.engine.batch(() => {
      for (const key of spilled) this.engine.setCellContents(this.address(key), null);
    });
    change();
    this.forgetEnteredFormulas();
    this.engine.rebuildAndRecalculate();
    this.afterChange(this.sheetNames());
  }

  /** After the engine rewrote formulas (rename, inserted rows), its text is the truth. */
  private forgetEnteredFormulas(): void {
    this.entered.clear();
  }

  private afterChange(sheets: readonly string[]): void {
    this.settleSpills();
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

  private address(key: number): SimpleCellAddress {
    return decodeKey(key);
  }

  private engineRange(range: GridRange) {
    const s = this.sheet(range.sheet);
    return {
      start: { sheet: s.engineId, row: range.row - 1, col: range.column - 1 },
      end: {
        sheet: s.engineId,
        row: range.row + range.numRows - 2,
        col: range.column + range.numColumns - 2,
      },
    };
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

function toArea(sheet: number, range: GridRange): Area {
  return { sheet, row: range.row - 1, col: range.column - 1, rows: range.numRows, cols: range.numColumns };
}

function pad(cells: readonly (readonly unknown[])[], width: number): unknown[][] {
  return cells.map((row) => Array.from({ length: width }, (_v, c) => row[c] ?? null));
}

function blank(rows: number, cols: number): null[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
}

function deleteIn(map: Map<number, unknown>, area: Area): void {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) map.delete(cellKey(area.sheet, r, c));
  }
}

/** A spilled value as the engine should store it: text stays text ("=x" or "12" are not parsed). */
function toLiteral(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  return `'${String(v)}`;
}

/** The anchor cell's own value, returned from the plugin (not parsed by the engine). */
function fromLiteral(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
  return v;
}

function fromEngineFormula(formula: string): string {
  return formula.replace(/\b(TRUE|FALSE)\(\)/g, '$1');
}

function errorMessage(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err)
    return String((err as { message: unknown }).message);
  return String(err);
}
