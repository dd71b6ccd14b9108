// Range: a rectangle of one sheet. Reads and writes go to the Workbook in one batch per call, as one
// Apps Script round trip. https://developers.google.com/apps-script/reference/spreadsheet/range
import {
  FakeDataValidation,
  FakeFilter,
  FakeProtection,
  newFilter,
  newProtection,
  type ValidationRule,
} from './builders';
import { GAS_CLASS, unwrap } from './calls';
import { addMetadata, FakeDeveloperMetadataFinder, rangePlace, rangeScope } from './developer-metadata-api';
import { shiftFormula } from './formula-text';
import type { SheetsContext } from './sheets-context';
import type { CellValue, GridRange } from './types';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RangeMethods =
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'clear'
  | 'clearContent'
  | 'isBlank'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setDataValidation'
  | 'getDataValidation'
  | 'activate'
  | 'protect'
  | 'createFilter'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder';

/** Checks a 2-D argument against the range, with Apps Script's messages. */
function checkDimensions(grid: unknown, range: GridRange, method: string): unknown[][] {
  if (!Array.isArray(grid) || !grid.every((row) => Array.isArray(row)))
    throw new Error(
      `The parameters (${typeName(grid)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  if (grid.length !== range.numRows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${range.numRows}.`,
    );
  for (const row of grid as unknown[][]) {
    if (row.length !== range.numColumns)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${range.numColumns}.`,
      );
  }
  return grid as unknown[][];
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'number[]';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'Object' : typeof v === 'string' ? 'String' : typeof v;
}

/** A value written by setValue(s): null/undefined clear; anything else as Sheets would store it. */
function cellInput(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return v;
}

export class FakeRange implements Pick<Range, RangeMethods> {
  readonly [GAS_CLASS] = 'Range';
  constructor(
    private readonly ctx: SheetsContext,
    readonly grid: GridRange,
  ) {}

  private get wb() {
    return this.ctx.workbook;
  }

  getValues(): CellValue[][] {
    return this.wb.getValues(this.grid);
  }

  setValues(values: unknown[][]): Range {
    const grid = checkDimensions(values, this.grid, 'setValues');
    this.wb.setContents(
      this.grid,
      grid.map((row) => row.map(cellInput)),
    );
    return this.self();
  }

  getValue(): CellValue {
    return this.wb.getValues(this.topLeft())[0]?.[0] ?? '';
  }

  setValue(value: unknown): Range {
    this.wb.setContents(this.grid, fill(this.grid, cellInput(value)));
    return this.self();
  }

  getFormulas(): string[][] {
    return this.wb.getFormulas(this.grid);
  }

  getFormula(): string {
    return this.wb.getFormulas(this.topLeft())[0]?.[0] ?? '';
  }

  /** One formula for every cell: relative references shift from cell to cell, as in Sheets. */
  setFormula(formula: string): Range {
    const f = asFormula(String(formula));
    const grid = fill(this.grid, f).map((row, r) =>
      row.map((v, c) => (v === null ? null : shiftFormula(v, r, c))),
    );
    this.wb.setContents(this.grid, grid);
    return this.self();
  }

  setFormulas(formulas: string[][]): Range {
    const grid = checkDimensions(formulas, this.grid, 'setFormulas');
    this.wb.setContents(
      this.grid,
      grid.map((row) => row.map((f) => asFormula(String(f ?? '')))),
    );
    return this.self();
  }

  getDisplayValues(): string[][] {
    return this.wb.getDisplayValues(this.grid);
  }

  getDisplayValue(): string {
    return this.wb.getDisplayValues(this.topLeft())[0]?.[0] ?? '';
  }

  getA1Notation(): string {
    return this.wb.a1(this.grid);
  }

  getRow(): number {
    return this.grid.row;
  }

  getColumn(): number {
    return this.grid.column;
  }

  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }

  getNumRows(): number {
    return this.grid.numRows;
  }

  getNumColumns(): number {
    return this.grid.numColumns;
  }

  getSheet(): Sheet {
    return this.ctx.sheet(this.grid.sheet);
  }

  /** getCell(row, column) is relative to the range, 1-based. */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return this.ctx.range(
      this.wb.range(this.grid.sheet, this.grid.row + row - 1, this.grid.column + column - 1),
    );
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rows = numRows ?? this.grid.numRows;
    const cols = numColumns ?? this.grid.numColumns;
    return this.ctx.range(
      this.wb.range(this.grid.sheet, this.grid.row + rowOffset, this.grid.column + columnOffset, rows, cols),
    );
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    if (options?.validationsOnly) {
      this.wb.setExtra('validation', this.grid, null);
      return this.self();
    }
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    this.wb.clear(this.grid, { contents, formats });
    return this.self();
  }

  clearContent(): Range {
    this.wb.clear(this.grid, { contents: true });
    return this.self();
  }

  isBlank(): boolean {
    const values = this.wb.getValues(this.grid);
    const formulas = this.wb.getFormulas(this.grid);
    return values.every((row, r) => row.every((v, c) => v === '' && formulas[r]?.[c] === ''));
  }

  setNumberFormat(numberFormat: string): Range {
    this.wb.setNumberFormats(this.grid, fill(this.grid, String(numberFormat)));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.wb.setNumberFormats(
      this.grid,
      checkDimensions(numberFormats, this.grid, 'setNumberFormats') as string[][],
    );
    return this.self();
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const inner = rule === null ? null : (unwrap(rule) as unknown as FakeDataValidation).rule;
    this.wb.setExtra('validation', this.grid, inner);
    return this.self();
  }

  /** The rule of the top-left cell, as in Apps Script. */
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.wb.getExtra('validation', this.topLeft())[0]?.[0];
    return rule
      ? (new FakeDataValidation(
          rule as ValidationRule,
        ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation)
      : null;
  }

  activate(): Range {
    this.ctx.session.activeSheet = this.grid.sheet;
    this.ctx.session.activeRange = this.grid;
    return this.self();
  }

  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    const record = newFilter(this.ctx.records, this.grid.sheet, this.grid);
    return new FakeFilter(record) as unknown as GoogleAppsScript.Spreadsheet.Filter;
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const record = newProtection(this.ctx.records, this.grid.sheet, this.grid, this.ctx.user);
    return new FakeProtection(record, this.ctx.user) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  /** Only whole rows or whole columns take metadata (anything else throws Apps Script's message). */
  addDeveloperMetadata(...args: unknown[]): Range {
    addMetadata(this.ctx, rangePlace(this.ctx, this.grid), args);
    return this.self();
  }

  /** The metadata on exactly these rows or columns. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(
      this.ctx,
      rangeScope(this.ctx, this.grid),
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  private topLeft(): GridRange {
    return { ...this.grid, numRows: 1, numColumns: 1 };
  }

  private self(): Range {
    return this as unknown as Range;
  }
}

function fill<T>(grid: GridRange, value: T): T[][] {
  return Array.from({ length: grid.numRows }, () => Array.from({ length: grid.numColumns }, () => value));
}

function asFormula(formula: string): string | null {
  if (formula === '') return null;
  return formula.startsWith('=') ? formula : `=${formula}`;
}
