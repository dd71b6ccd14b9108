// Where the shared configuration lives. It is one thing whatever its sheet is called: the sheet carrying
// DistModel's developer metadata (which stays with the sheet through renames and moves), else the sheet the
// named range points at (Sheets moves a named range with its renamed sheet), else a sheet with the default
// name (spreadsheets set up before the metadata). Only when none of them exists is there no configuration.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import type { WeightsGrid } from '../../shared/sidebar-contract';
import { readJson, writeJson } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

import { WEIGHTS_RANGE_NAME, WEIGHTS_SHEET_NAME } from '../../shared/weights-names';

export { WEIGHTS_RANGE_NAME, WEIGHTS_SHEET_NAME };
/** Sheet-level developer metadata key marking the configuration sheet. */
export const WEIGHTS_METADATA_KEY = 'distmodel.weights';
/** The last table applied, so a deleted configuration can be named and restored (document properties). */
const LAST_APPLIED_KEY = 'distmodel.weights.applied';
/** Property values hold at most 9 KB; a table too large to keep is remembered by its sheet name only. */
const MAX_KEPT_CHARS = 8_000;

export interface WeightsLocation {
  /** The configuration sheet, or null when the spreadsheet has none. */
  readonly sheet: Sheet | null;
  /** Other sheets also marked as the configuration (a duplicated sheet may carry the mark). */
  readonly others: readonly Sheet[];
}

function markedSheets(ss: Spreadsheet): Sheet[] {
  const found = ss
    .createDeveloperMetadataFinder()
    .withKey(WEIGHTS_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const byId = new Map<number, Sheet>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) byId.set(sheet.getSheetId(), sheet);
  }
  return [...byId.values()];
}

/** The sheet the named range points at, or null (no range, or its sheet was deleted). */
export function namedRangeSheet(ss: Spreadsheet): Sheet | null {
  return ss.getRangeByName(WEIGHTS_RANGE_NAME)?.getSheet() ?? null;
}

/** Finds the configuration sheet by what identifies it, never by its name alone. */
export function locateWeights(ss: Spreadsheet): WeightsLocation {
  const marked = markedSheets(ss);
  const ranged = namedRangeSheet(ss);
  if (marked.length === 0) return { sheet: ranged ?? ss.getSheetByName(WEIGHTS_SHEET_NAME), others: [] };
  // Several marked sheets: the named range (what formulas read) decides, else the first in tab order.
  const chosen = marked.find((s) => s.getSheetId() === ranged?.getSheetId()) ?? (marked[0] as Sheet);
  return { sheet: chosen, others: marked.filter((s) => s !== chosen) };
}

export function isMarked(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === WEIGHTS_METADATA_KEY);
}

/** Marks the configuration sheet (once) and unmarks copies, so the next lookup finds exactly it. */
export function markWeightsSheet(location: WeightsLocation, sheet: Sheet): void {
  for (const other of location.others) {
    for (const m of other.getDeveloperMetadata()) if (m.getKey() === WEIGHTS_METADATA_KEY) m.remove();
  }
  if (!isMarked(sheet))
    sheet.addDeveloperMetadata(WEIGHTS_METADATA_KEY, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

/** What the spreadsheet last applied: the sheet's name then, and the table when it fitted. */
export interface LastApplied {
  readonly sheetName: string;
  readonly grid: WeightsGrid | null;
}

export function readLastApplied(): LastApplied | null {
  const last = readJson<LastApplied>(LAST_APPLIED_KEY);
  return last && typeof last.sheetName === 'string' ? last : null;
}

/** Keeps the remembered name current after a rename, so a later deletion names the sheet as it was. */
export function rememberName(sheetName: string): void {
  const last = readLastApplied();
  if (last && last.sheetName !== sheetName) writeJson(LAST_APPLIED_KEY, { ...last, sheetName });
}

export function rememberApplied(sheetName: string, grid: WeightsGrid): void {
  const whole: LastApplied = { sheetName, grid };
  writeJson(
    LAST_APPLIED_KEY,
    JSON.stringify(whole).length <= MAX_KEPT_CHARS ? whole : { sheetName, grid: null },
  );
}
