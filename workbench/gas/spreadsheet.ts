// SpreadsheetApp and Spreadsheet: the document as one user's execution sees it.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import {
  DataValidationCriteria,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeNamedRange,
  gridOf,
  ProtectionType,
} from './builders';
import { GAS_CLASS, unwrap } from './calls';
import {
  addMetadata,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  finderOver,
  metadataOn,
} from './developer-metadata-api';
import { FakeRange } from './range';
import type { DocumentRecords, UserSession } from './records';
import { FakeSheet } from './sheet';
import type { SheetsContext } from './sheets-context';
import { FakeTextFinder } from './text-finder';
import type { GridRange } from './types';
import type { FakeUi } from './ui';
import type { Workbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type SpreadsheetMethods =
  | 'getId'
  | 'getName'
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'setActiveRange'
  | 'getActiveCell'
  | 'getActiveRangeList'
  | 'getRange'
  | 'getRangeByName'
  | 'getNamedRanges'
  | 'setNamedRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getSpreadsheetLocale'
  | 'toast'
  | 'setSpreadsheetLocale'
  | 'deleteSheet'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'createTextFinder';

export class FakeSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  readonly [GAS_CLASS] = 'Spreadsheet';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly toasts: { title: string; message: string; timeoutSeconds?: number | null }[],
  ) {}

  private get wb() {
    return this.ctx.workbook;
  }

  getId(): string {
    return 'workbench-spreadsheet';
  }

  getName(): string {
    return 'Workbench';
  }

  getSheets(): Sheet[] {
    return this.wb.sheetNames().map((n) => this.ctx.sheet(n));
  }

  getSheetByName(name: string): Sheet | null {
    return this.wb.sheetNames().includes(String(name)) ? this.ctx.sheet(String(name)) : null;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). The new sheet
   * becomes active, as in Sheets; a taken name throws.
   */
  insertSheet(a?: string | number | { template?: Sheet }, b?: number | { template?: Sheet }): Sheet {
    const names = this.wb.sheetNames();
    const name = typeof a === 'string' ? a : nextSheetName(names);
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : names.length;
    this.wb.addSheet(name, { index });
    this.ctx.session.activeSheet = name;
    this.ctx.session.activeRange = undefined;
    return this.ctx.sheet(name);
  }

  getActiveSheet(): Sheet {
    return this.ctx.sheet(this.ctx.activeSheetName());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const name = (unwrap(sheet) as unknown as FakeSheet).getName();
    this.ctx.session.activeSheet = name;
    this.ctx.session.activeRange = undefined;
    return this.ctx.sheet(name);
  }

  /** The selection; A1 of the active sheet when nothing was selected, as in Sheets. */
  getActiveRange(): Range | null {
    const active = this.ctx.session.activeRange;
    if (active && this.wb.hasSheet(active.sheet)) return this.ctx.range(active);
    return this.ctx.range(this.wb.range(this.ctx.activeSheetName(), 1, 1));
  }

  setActiveRange(range: Range): Range {
    const grid = gridOf(range);
    this.ctx.session.activeSheet = grid.sheet;
    this.ctx.session.activeRange = grid;
    return this.ctx.range(grid);
  }

  getActiveCell(): Range {
    return unwrap(this.getActiveSheet()).getActiveCell();
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList | null {
    return unwrap(this.getActiveSheet()).getActiveRangeList();
  }

  /** A1 notation, sheet-qualified ("'My sheet'!A1:B2") or on the active sheet. */
  getRange(a1Notation: string): Range {
    return this.ctx.range(this.wb.resolve(String(a1Notation), this.ctx.activeSheetName()));
  }

  getRangeByName(name: string): Range | null {
    const found = this.wb.namedRanges().find((n) => n.name === String(name));
    return found ? this.ctx.range(found.range) : null;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.wb
      .namedRanges()
      .map(
        (n) =>
          new FakeNamedRange(this.wb, n.name, (g) =>
            this.ctx.range(g),
          ) as unknown as GoogleAppsScript.Spreadsheet.NamedRange,
      );
  }

  setNamedRange(name: string, range: Range): void {
    this.wb.setNamedRange(String(name), gridOf(range));
  }

  getDataRange(): Range {
    return unwrap(this.getActiveSheet()).getDataRange();
  }

  getLastRow(): number {
    return unwrap(this.getActiveSheet()).getLastRow();
  }

  getLastColumn(): number {
    return unwrap(this.getActiveSheet()).getLastColumn();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ title: title ?? '', message: String(msg), timeoutSeconds });
  }

  /** The locale of File > Settings, such as "en_US" or "de_DE" (Workbook.locale). */
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }

  /** Sets the locale as File > Settings does (the workbench's settings dialog sets Workbook.locale too). */
  setSpreadsheetLocale(locale: string): void {
    this.wb.locale = String(locale);
  }

  /** Deletes a sheet: its named ranges stop resolving, its developer metadata goes with it. */
  deleteSheet(sheet: Sheet): void {
    const name = (unwrap(sheet) as unknown as FakeSheet).getName();
    this.wb.removeSheet(name);
    if (this.ctx.session.activeSheet === name) {
      this.ctx.session.activeSheet = undefined;
      this.ctx.session.activeRange = undefined;
    }
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this.ctx, { type: 'SPREADSHEET' }, args);
    return this as unknown as Spreadsheet;
  }

  /** The metadata on the spreadsheet itself (not on its sheets, rows or columns). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataOn(this.ctx, null);
  }

  /** Searches every developer metadata of the document. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderOver(this.ctx, null);
  }

  /** A text finder over every sheet (https://developers.google.com/apps-script/reference/spreadsheet/text-finder). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return new FakeTextFinder(
      this.ctx,
      String(findText),
    ) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
}

function nextSheetName(names: readonly string[]): string {
  for (let i = names.length + 1; ; i++) {
    const name = `Sheet${i}`;
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) return name;
  }
}

export class FakeSpreadsheetApp
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActiveSpreadsheet'
      | 'getActive'
      | 'getUi'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'setActiveSheet'
      | 'setActiveRange'
      | 'getActiveRangeList'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'DataValidationCriteria'
      | 'ProtectionType'
      | 'DeveloperMetadataVisibility'
      | 'DeveloperMetadataLocationType'
      | 'flush'
    >
{
  readonly [GAS_CLASS] = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  private readonly spreadsheet: FakeSpreadsheet;

  constructor(
    ctx: SheetsContext,
    private readonly ui: FakeUi,
    toasts: { title: string; message: string; timeoutSeconds?: number | null }[],
    private readonly onFlush: () => void = () => {},
  ) {
    this.spreadsheet = new FakeSpreadsheet(ctx, toasts);
  }

  /**
   * Applies the execution's pending changes. The stand-in writes to the workbook at once; what it keeps
   * is the count of writes not yet flushed, so a lock released before them is noticed (lock.ts).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  flush(): void {
    this.onFlush();
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet as unknown as Spreadsheet;
  }

  getActive(): Spreadsheet {
    return this.spreadsheet as unknown as Spreadsheet;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui as unknown as GoogleAppsScript.Base.Ui;
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): Range {
    return this.spreadsheet.getActiveRange() as Range;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }

  setActiveRange(range: Range): Range {
    return this.spreadsheet.setActiveRange(range);
  }

  getActiveRangeList(): GoogleAppsScript.Spreadsheet.RangeList {
    return this.spreadsheet.getActiveRangeList() as GoogleAppsScript.Spreadsheet.RangeList;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new FakeDataValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}

/** Builds the per-execution context the Spreadsheet, Sheet and Range objects share. */
export function sheetsContext(options: {
  workbook: Workbook;
  records: DocumentRecords;
  session: UserSession;
  user: string;
  spreadsheet: () => Spreadsheet;
}): SheetsContext {
  const sheets = new Map<number, FakeSheet>();
  const ctx: SheetsContext = {
    workbook: options.workbook,
    records: options.records,
    session: options.session,
    user: options.user,
    range: (grid: GridRange) => new FakeRange(ctx, grid) as unknown as Range,
    sheet(name: string) {
      const id = options.workbook.sheetId(name);
      let sheet = sheets.get(id);
      if (!sheet) {
        sheet = new FakeSheet(ctx, id);
        sheets.set(id, sheet);
      }
      return sheet as unknown as Sheet;
    },
    spreadsheet: options.spreadsheet,
    activeSheetName() {
      const active = options.session.activeSheet;
      if (active !== undefined && options.workbook.hasSheet(active)) return active;
      const first = options.workbook.sheetNames()[0];
      if (first === undefined) throw new Error('The spreadsheet has no sheets.');
      return first;
    },
  };
  return ctx;
}
