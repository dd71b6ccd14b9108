// What the Spreadsheet, Sheet and Range stand-ins of one execution share.
import type { FakeRange } from './range';
import type { DocumentRecords, UserSession } from './records';
import type { FakeSheet } from './sheet';
import type { GridRange } from './types';
import type { Workbook } from './workbook';

export interface SheetsContext {
  readonly workbook: Workbook;
  readonly records: DocumentRecords;
  readonly session: UserSession;
  readonly user: string;
  range(grid: GridRange): GoogleAppsScript.Spreadsheet.Range & FakeRange;
  sheet(name: string): FakeSheet;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The user's active sheet name (the first sheet when none was chosen yet). */
  activeSheetName(): string;
}
