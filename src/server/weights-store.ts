// The one shared configuration: the weights table in the visible "DistModel weights" sheet and the named
// range every DISTMODEL formula the add-on writes takes as `weights`. Editing it (here or by hand)
// recalculates every formula for every collaborator; saves are serialized by the document lock.
import {
  compileWeights,
  PRESET_NAMES,
  parseWeightsTable,
  presetDescription,
  presetScorer,
  presetTable,
  type Scorer,
  weightsTableToGrid,
} from '../engine';
import { formatA1 } from '../shared/a1';
import type { PresetInfo, SaveResult, WeightsGrid, WeightsState } from '../shared/sidebar-contract';
import { UserError } from './errors';
import { toPlainGrid } from './plain';
import { contentVersion, MISSING_VERSION } from './version';
import { asWeightsGrid, keepExtraColumns, locateProblems, padGrid, usedExtent } from './weights-grid';

export const WEIGHTS_SHEET_NAME = 'DistModel weights';
export const WEIGHTS_RANGE_NAME = 'DistModelWeights';
/** How long a save waits for another user's save to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function presetGrid(name: (typeof PRESET_NAMES)[number]): WeightsGrid {
  return weightsTableToGrid(presetTable(name));
}

export function presetInfos(): PresetInfo[] {
  return PRESET_NAMES.map((name) => ({ name, description: presetDescription(name), grid: presetGrid(name) }));
}

interface Stored {
  readonly sheet: Sheet | null;
  readonly grid: WeightsGrid;
  readonly version: string;
}

/** One getValues of the whole weights sheet. */
function readStored(ss: Spreadsheet): Stored {
  const sheet = ss.getSheetByName(WEIGHTS_SHEET_NAME);
  if (!sheet) return { sheet: null, grid: presetGrid('Balanced'), version: MISSING_VERSION };
  const grid = toPlainGrid(sheet.getDataRange().getValues());
  return { sheet, grid, version: contentVersion(grid) };
}

/** The stored grid alone (Balanced when there is none), without checking its named range or its problems. */
export function readStoredGrid(ss: Spreadsheet): WeightsGrid {
  return readStored(ss).grid;
}

interface Extent {
  readonly rows: number;
  readonly columns: number;
}

/** The block the named range must cover: the table's used extent from A1 (at least one cell). */
function tableExtent(grid: WeightsGrid): Extent {
  const { rows, columns } = usedExtent(grid);
  return { rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
}

function setWeightsRange(ss: Spreadsheet, sheet: Sheet, { rows, columns }: Extent): void {
  ss.setNamedRange(WEIGHTS_RANGE_NAME, sheet.getRange(1, 1, rows, columns));
}

/** Why the named range does not cover exactly the table, or null when it does. */
function rangeProblem(ss: Spreadsheet, grid: WeightsGrid): { missing: boolean; message: string } | null {
  const named = ss.getRangeByName(WEIGHTS_RANGE_NAME);
  if (!named) {
    const message = `The named range "${WEIGHTS_RANGE_NAME}" is missing, so formulas cannot read the weights; apply the weights in the sidebar to restore it.`;
    return { missing: true, message };
  }
  const { rows, columns } = tableExtent(grid);
  const expected = formatA1(1, 1, rows, columns);
  const actual = named.getA1Notation();
  if (named.getSheet().getName() === WEIGHTS_SHEET_NAME && actual === expected) return null;
  const message = `The named range "${WEIGHTS_RANGE_NAME}" covers ${actual}, not the whole table (${expected}); apply the weights in the sidebar so formulas read every row.`;
  return { missing: false, message };
}

function stateOf(ss: Spreadsheet, stored: Stored): WeightsState {
  if (!stored.sheet) return { grid: stored.grid, stored: false, problems: [], version: stored.version };
  const parsed = parseWeightsTable(stored.grid);
  const problems = parsed.ok ? [] : locateProblems(WEIGHTS_SHEET_NAME, parsed.problems);
  const range = rangeProblem(ss, stored.grid);
  return {
    grid: stored.grid,
    stored: range?.missing !== true,
    problems: range ? [...problems, { cell: null, message: range.message }] : problems,
    version: stored.version,
  };
}

export function readWeightsState(ss: Spreadsheet): WeightsState {
  return stateOf(ss, readStored(ss));
}

/** Compiles the stored table (Balanced when there is none); a broken table stops the caller with its cell. */
export function storedScorer(ss: Spreadsheet): Scorer {
  const { grid } = readStored(ss);
  const parsed = parseWeightsTable(grid);
  if (parsed.ok) return compileWeights(parsed.table);
  const [first] = locateProblems(WEIGHTS_SHEET_NAME, parsed.problems);
  const where = first?.cell ? ` (${first.cell})` : '';
  throw new UserError(
    `The weights table has a problem${where}: ${first?.message ?? 'it cannot be read'} Fix it in the "${WEIGHTS_SHEET_NAME}" sheet or in the sidebar.`,
  );
}

/**
 * The scorer of a weights grid for finding the product table; a broken table falls back to Balanced, so
 * the sidebar still finds the row while it shows what to fix.
 */
export function detectionScorer(grid: WeightsGrid): Scorer {
  const parsed = parseWeightsTable(grid);
  return parsed.ok ? compileWeights(parsed.table) : (presetScorer('Balanced') as Scorer);
}

function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Someone else is saving DistModel weights right now; try again in a few seconds.');
  }
  try {
    return fn();
  } finally {
    // Apps Script batches spreadsheet writes: the next holder must see them (Lock documentation).
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** insertSheet makes the new sheet active; the user stays where they were (and so does getActiveSheet). */
export function insertSheetInBackground(ss: Spreadsheet, name: string): Sheet {
  const previous = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  previous.activate();
  return sheet;
}

/** One setValues over the old and the new extent (so leftover rows are cleared), then the named range. */
function writeTable(ss: Spreadsheet, existing: Stored, grid: WeightsGrid): void {
  const sheet = existing.sheet ?? insertSheetInBackground(ss, WEIGHTS_SHEET_NAME);
  const next = tableExtent(grid);
  const old = existing.sheet ? usedExtent(existing.grid) : { rows: 0, columns: 0 };
  const rows = Math.max(next.rows, old.rows);
  const columns = Math.max(next.columns, old.columns);
  sheet.getRange(1, 1, rows, columns).setValues(padGrid(grid, rows, columns));
  setWeightsRange(ss, sheet, next);
}

export function saveWeightsTable(ss: Spreadsheet, input: unknown, baseVersion: unknown): SaveResult {
  const grid = asWeightsGrid(input);
  if (!grid) throw new UserError('The weights table sent to the server is not a grid of plain cells.');
  if (typeof baseVersion !== 'string') throw new UserError('Saving needs the version the sidebar loaded.');
  const parsed = parseWeightsTable(grid);
  if (!parsed.ok) return { status: 'invalid', problems: locateProblems(WEIGHTS_SHEET_NAME, parsed.problems) };
  return withDocumentLock(() => {
    const stored = readStored(ss);
    if (stored.version !== baseVersion) return { status: 'conflict', weights: stateOf(ss, stored) };
    writeTable(ss, stored, stored.sheet ? keepExtraColumns(grid, stored.grid) : grid);
    return { status: 'saved', weights: readWeightsState(ss) };
  });
}

/**
 * Makes sure the sheet and its named range exist before a formula refers to them: created with the
 * Balanced preset on first need, the range restored if someone deleted it. Never rewrites a table.
 */
export function ensureWeightsStore(ss: Spreadsheet): void {
  if (ss.getSheetByName(WEIGHTS_SHEET_NAME) && ss.getRangeByName(WEIGHTS_RANGE_NAME)) return;
  withDocumentLock(() => {
    const stored = readStored(ss);
    if (!stored.sheet) {
      writeTable(ss, stored, stored.grid);
      return;
    }
    if (!ss.getRangeByName(WEIGHTS_RANGE_NAME)) setWeightsRange(ss, stored.sheet, tableExtent(stored.grid));
  });
}
