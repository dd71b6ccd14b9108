// Where the shared configuration lives. It is one thing whatever its sheet is called: the sheet carrying
// DistModel's developer metadata (which stays with the sheet through renames and moves), else the sheet the
// named range points at (Sheets moves a named range with its renamed sheet), else a sheet with the default
// name (spreadsheets set up before the metadata). Only when none of them exists is there no configuration.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import type { WeightsGrid } from '../../shared/sidebar-contract';
import { readJson, writeJson } from '../sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
  /** The named range, looked up once per server call; when set, `sheet` is the sheet it points at. */
  readonly named: Range | null;
}

function markedSheets(ss: Spreadsheet): Sheet[] {
  // Only DistModel writes this key, and only on sheets: no location-type filter (one round trip less).
  const found = ss.createDeveloperMetadataFinder().withKey(WEIGHTS_METADATA_KEY).find();
  const byId = new Map<number, Sheet>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) byId.set(sheet.getSheetId(), sheet);
  }
  return [...byId.values()];
}

/**
 * Finds the configuration sheet by what identifies it, never by its name alone. What formulas read decides:
 * the sheet the named range points at is the configuration, found in two round trips. Only without one (or
 * with `searchCopies`, when a save is about to unmark copies) is the developer metadata searched, a round
 * trip per marked sheet.
 */
export function locateWeights(ss: Spreadsheet, { searchCopies = false } = {}): WeightsLocation {
  const named = ss.getRangeByName(WEIGHTS_RANGE_NAME);
  const ranged = named?.getSheet() ?? null;
  if (ranged && !searchCopies) return { sheet: ranged, others: [], named };
  const marked = markedSheets(ss);
  if (ranged) {
    const id = ranged.getSheetId();
    return { sheet: ranged, others: marked.filter((s) => s.getSheetId() !== id), named };
  }
  // No named range (deleted, or a spreadsheet set up before it): the mark, then the default name.
  if (marked.length === 0) return { sheet: ss.getSheetByName(WEIGHTS_SHEET_NAME), others: [], named: null };
  const [chosen, ...others] = marked as [Sheet, ...Sheet[]];
  return { sheet: chosen, others, named: null };
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
