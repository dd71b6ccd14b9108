// What the Spreadsheet, Sheet and Range stand-ins of one execution share. It names the Apps Script types
// the stand-ins stand for, not the stand-in classes, so range.ts and sheet.ts (which take a context) and
// this file never import each other.
import type { DocumentRecords, UserSession } from './records';
import type { GridRange } from './types';
import type { Workbook } from './workbook';

export interface SheetsContext {
  readonly workbook: Workbook;
  readonly records: DocumentRecords;
  readonly session: UserSession;
  readonly user: string;
  range(grid: GridRange): GoogleAppsScript.Spreadsheet.Range;
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The user's active sheet name (the first sheet when none was chosen yet). */
  activeSheetName(): string;
}
