// Sheet: one tab. https://developers.google.com/apps-script/reference/spreadsheet/sheet
import {
  ChartType,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeProtection,
  newProtection,
} from './builders';
import { GAS_CLASS, unwrap } from './calls';
import { addMetadata, finderOver, metadataOn } from './developer-metadata-api';
import type { SheetsContext } from './sheets-context';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export type SheetMethods =
  | 'getName'
  | 'getSheetId'
  | 'getParent'
  | 'getRange'
  | 'getDataRange'
  | 'getSheetValues'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'protect'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'activate'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'clear'
  | 'clearContents'
  | 'setName'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getColumnWidth'
  | 'setColumnWidth'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules';

export class FakeSheet implements Pick<Sheet, SheetMethods> {
  readonly [GAS_CLASS] = 'Sheet';
  /** A sheet object keeps its sheet through renames, as in Apps Script: it holds the id, not the name. */
  constructor(
    private readonly ctx: SheetsContext,
    private readonly id: number,
  ) {}

  private get wb() {
    return this.ctx.workbook;
  }

  private get name(): string {
    return this.wb.sheetName(this.id);
  }

  getName(): string {
    return this.name;
  }

  getSheetId(): number {
    return this.wb.sheetId(this.name);
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ctx.spreadsheet();
  }

  /** getRange(a1), getRange(row, column), getRange(row, column, numRows[, numColumns]). */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this.ctx.range(this.wb.resolve(a, this.name));
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this.ctx.range(this.wb.range(this.name, a, column, numRows ?? 1, numColumns ?? 1));
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    const { lastRow, lastColumn } = this.wb.size(this.name);
    return this.ctx.range(this.wb.range(this.name, 1, 1, Math.max(1, lastRow), Math.max(1, lastColumn)));
  }

  /** The values of a block in one call, as getRange(...).getValues() gives them (one round trip, not two). */
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    return unwrap(this.getRange(row, column, numRows, numColumns)).getValues();
  }

  getLastRow(): number {
    return this.wb.size(this.name).lastRow;
  }

  getLastColumn(): number {
    return this.wb.size(this.name).lastColumn;
  }

  getMaxRows(): number {
    return this.wb.size(this.name).rows;
  }

  getMaxColumns(): number {
    return this.wb.size(this.name).columns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.wb.insertRowsAfter(this.name, afterPosition, howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.wb.insertColumnsAfter(this.name, afterPosition, howMany);
    return this.self();
  }

  /** Sheet.insertRowsBefore(beforePosition, howMany): the rows land at beforePosition, the rest move down. */
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.wb.insertRowsAfter(this.name, beforePosition - 1, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.wb.insertColumnsAfter(this.name, beforePosition - 1, howMany);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.wb.setFrozenRows(this.name, rows);
  }

  getFrozenRows(): number {
    return this.wb.frozenRows(this.name);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const record = newProtection(this.ctx.records, this.name, null, this.ctx.user);
    return new FakeProtection(record, this.ctx.user) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const chart = {
      chartId: this.ctx.records.id(),
      sheet: this.name,
      type: String(ChartType.COLUMN),
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
    return new FakeEmbeddedChartBuilder(this.wb, chart, (g) =>
      this.ctx.range(g),
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  insertChart(chart: EmbeddedChart): void {
    const inner = unwrap(chart) as unknown as FakeEmbeddedChart;
    this.ctx.records.charts.push({ ...inner.chart, sheet: this.name });
  }

  getCharts(): EmbeddedChart[] {
    return this.ctx.records.charts
      .filter((c) => c.sheet === this.name)
      .map((c) => new FakeEmbeddedChart(c, this.wb, (g) => this.ctx.range(g)) as unknown as EmbeddedChart);
  }

  removeChart(chart: EmbeddedChart): void {
    const id = (unwrap(chart) as unknown as FakeEmbeddedChart).chart.chartId;
    const i = this.ctx.records.charts.findIndex((c) => c.chartId === id);
    if (i >= 0) this.ctx.records.charts.splice(i, 1);
  }

  /** The user's current cell on this sheet (A1 when the selection is elsewhere). */
  getActiveCell(): Range {
    const grid = this.activeGrid();
    return this.ctx.range({ ...grid, numRows: 1, numColumns: 1 });
  }

  getActiveRange(): Range | null {
    return this.ctx.range(this.activeGrid());
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList | null {
    const { activeRange, activeRanges } = this.ctx.session;
    const grids =
      activeRanges && activeRanges.at(-1) === activeRange && activeRange?.sheet === this.name
        ? activeRanges
        : [this.activeGrid()];
    return new FakeRangeList(
      grids.map((g) => this.ctx.range(g)),
    ) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  private activeGrid() {
    const active = this.ctx.session.activeRange;
    return active && active.sheet === this.name ? active : this.wb.range(this.name, 1, 1);
  }

  activate(): Sheet {
    this.ctx.session.activeSheet = this.name;
    this.ctx.session.activeRange = undefined;
    return this.self();
  }

  clear(): Sheet {
    const { rows, columns } = this.wb.size(this.name);
    this.wb.clear(this.wb.range(this.name, 1, 1, rows, columns));
    return this.self();
  }

  clearContents(): Sheet {
    const { lastRow, lastColumn } = this.wb.size(this.name);
    if (lastRow > 0) this.wb.clear(this.wb.range(this.name, 1, 1, lastRow, lastColumn), { contents: true });
    return this.self();
  }

  /** Renames the sheet; formulas and named ranges pointing at it follow. */
  setName(name: string): Sheet {
    const old = this.name;
    this.wb.renameSheet(old, String(name));
    // This user's selection stays on the renamed sheet.
    const session = this.ctx.session;
    if (session.activeSheet === old) session.activeSheet = this.name;
    if (session.activeRange?.sheet === old)
      session.activeRange = { ...session.activeRange, sheet: this.name };
    return this.self();
  }

  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany = 1): Sheet {
    this.wb.deleteRows(this.name, rowPosition, howMany);
    return this.self();
  }

  /** Sheets' default column width is 100 pixels. (Widths stay with their column number here.) */
  getColumnWidth(columnPosition: number): number {
    return this.ctx.records.columnWidths.get(this.id)?.get(columnPosition) ?? 100;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    const widths = this.ctx.records.columnWidths.get(this.id) ?? new Map<number, number>();
    widths.set(columnPosition, width);
    this.ctx.records.columnWidths.set(this.id, widths);
    return this.self();
  }

  /** The sheet's rules in order. (Their ranges are not moved by inserted rows here, unlike Sheets.) */
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return [
      ...((this.ctx.records.conditionalFormats.get(this.id) ??
        []) as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]),
    ];
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.ctx.records.conditionalFormats.set(this.id, [...rules]);
  }

  deleteColumn(columnPosition: number): Sheet {
    return this.deleteColumns(columnPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany = 1): Sheet {
    this.wb.deleteColumns(this.name, columnPosition, howMany);
    return this.self();
  }

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addMetadata(this.ctx, { type: 'SHEET', sheetId: this.id }, args);
    return this.self();
  }

  /** The metadata on the sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataOn(this.ctx, this.id);
  }

  /** Searches the sheet's own metadata and that of its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderOver(this.ctx, this.id);
  }

  private self(): Sheet {
    return this as unknown as Sheet;
  }
}

/** The user's selection as a list of ranges (the stand-in selects one range at a time). */
export class FakeRangeList implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  readonly [GAS_CLASS] = 'RangeList';
  constructor(private readonly ranges: Range[]) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
}
