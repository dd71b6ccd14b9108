// The one shared configuration: the weights table in a visible sheet ("DistModel weights" unless the user
// renamed it; found by weights-location.ts) and the named range every DISTMODEL formula the add-on writes
// takes as `weights`. The range covers whole columns of the sheet, so rows added below the table count.
// Editing it (here or by hand) recalculates every formula for every collaborator; saves are serialized by
// the document lock. A configuration that was applied and then deleted is said to be gone, never silently
// replaced by Balanced.
import {
  compileWeights,
  PRESET_NAMES,
  parseWeightsTable,
  presetDescription,
  presetScorer,
  presetTable,
  type Scorer,
  weightsTableToGrid,
} from '../../engine';
import { type A1Area, columnLetters, parseA1Area } from '../../shared/a1';
import type {
  PresetInfo,
  SaveResult,
  WeightsGrid,
  WeightsProblem,
  WeightsState,
} from '../../shared/sidebar-contract';
import { UserError } from '../errors';
import { freeSheetName, insertSheetInBackground, toPlainGrid } from '../sheets';
import { isHalfMade } from './half-made';
import { alignRows } from './row-alignment';
import { contentVersion, MISSING_VERSION } from './version';
import { auditWeightsFormulas, pointFormulasAtSharedWeights } from './weights-audit';
import { asWeightsGrid, keepExtraColumns, locateProblems, usedExtent } from './weights-grid';
import {
  isMarked,
  type LastApplied,
  locateWeights,
  markWeightsSheet,
  readLastApplied,
  rememberApplied,
  rememberName,
  WEIGHTS_RANGE_NAME,
  WEIGHTS_SHEET_NAME,
  type WeightsLocation,
} from './weights-location';
import { cellsToWrite } from './weights-write';

/** How long a save waits for another user's save to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function presetGrid(name: (typeof PRESET_NAMES)[number]): WeightsGrid {
  return weightsTableToGrid(presetTable(name));
}

export function presetInfos(): PresetInfo[] {
  return PRESET_NAMES.map((name) => ({ name, description: presetDescription(name), grid: presetGrid(name) }));
}

interface Stored {
  readonly location: WeightsLocation;
  /** The configuration sheet's name, read once (null without a sheet). */
  readonly sheetName: string | null;
  readonly grid: WeightsGrid;
  /** The sheet's values from A1 as read (Dates kept), which a save writes back where a cell is unchanged. */
  readonly raw: readonly (readonly unknown[])[];
  /** The named range's block (null without one, or when it is not one block). */
  readonly area: A1Area | null;
  readonly version: string;
  /** What was applied before, when the configuration sheet is gone; null otherwise. */
  readonly lost: LastApplied | null;
  /** A sheet DistModel began to create and never filled (half-made.ts): the next write completes it. */
  readonly unfinished?: Sheet | null;
}

/** The part of the sheet's grid the named range covers: what formulas read, and what the version is of. */
function coveredPart(grid: WeightsGrid, area: A1Area | null): WeightsGrid {
  if (!area) return grid;
  const rows = grid.slice(area.row - 1, area.lastRow ?? grid.length);
  return rows.map((row) => row.slice(area.column - 1, area.lastColumn));
}

/** One getValues of the whole weights sheet (what the user sees), with what the named range covers of it. */
function readStored(ss: Spreadsheet, options: { searchCopies?: boolean } = {}): Stored {
  const found = locateWeights(ss, options);
  const { sheet, named } = found;
  const raw = sheet ? sheet.getDataRange().getValues() : [];
  const grid = toPlainGrid(raw);
  if (!sheet || isHalfMade(found, grid)) {
    // A half-made sheet is no configuration yet: read as none, and filled by the next write.
    const location = { ...found, sheet: null };
    const lost = readLastApplied();
    const table = lost?.grid ?? presetGrid('Balanced');
    const unfinished = sheet ?? null;
    return {
      location,
      sheetName: null,
      grid: table,
      raw: [],
      area: null,
      version: MISSING_VERSION,
      lost,
      unfinished,
    };
  }
  const area = named ? parseA1Area(named.getA1Notation()) : null;
  const version = contentVersion(coveredPart(grid, area));
  return { location: found, sheetName: sheet.getName(), grid, raw, area, version, lost: null };
}

/**
 * The stored grid (Balanced when there is none) and its version (the one WeightsState carries), without
 * checking its problems. Polled while the sidebar is open, so it reads the named range's own values (two
 * round trips): they are what formulas read, and what the version is of. Only without a named range is the
 * configuration searched for.
 */
export function readStoredTable(ss: Spreadsheet): {
  readonly grid: WeightsGrid;
  readonly version: string;
  /** The configuration sheet's name now (a tab may have been renamed); null without one. */
  readonly sheetName: string | null;
} {
  const named = ss.getRangeByName(WEIGHTS_RANGE_NAME);
  if (!named) return readStored(ss);
  const grid = toPlainGrid(named.getValues());
  return { grid, version: contentVersion(grid), sheetName: named.getSheet().getName() };
}

export function readStoredGrid(ss: Spreadsheet): WeightsGrid {
  return readStoredTable(ss).grid;
}

function lostMessage(lost: LastApplied): string {
  const kept = lost.grid
    ? 'the table last applied, ready to restore'
    : 'the Balanced preset (the table last applied was too large to keep)';
  return `The DistModel weights sheet ("${lost.sheetName}") was deleted, so formulas that read ${WEIGHTS_RANGE_NAME} show #REF!. The sidebar shows ${kept}: press Apply to restore the configuration.`;
}

/**
 * Columns the table reads must be inside the range; rows: down to `lastRow`, or every row of the sheet when
 * the range is open-ended (its A1 notation names no rows). `lastRow` is asked only when that notation names
 * rows, since the sheet's size is a round trip of its own.
 */
function covers(area: A1Area | null, lastRow: () => number, columns: number): boolean {
  if (area === null || area.row !== 1 || area.column !== 1 || area.lastColumn < columns) return false;
  return area.lastRow === null || area.lastRow >= lastRow();
}

/**
 * What the range must reach. Reading the state (the sidebar's first screen and every reload), the table's
 * last row with content: a row typed below a shorter range is named as soon as it exists, at no extra
 * round trip. Before writing (a save, or making the configuration ready for formulas), the sheet's last
 * row, so rows added later count too: `strict`.
 */
function rangeReach(stored: Stored, sheet: Sheet, strict: boolean): () => number {
  return strict ? () => sheet.getMaxRows() : () => stored.grid.length;
}

function rangeProblem(stored: Stored, sheet: Sheet, strict: boolean): WeightsProblem | null {
  const { named } = stored.location;
  const fix = 'press Apply in the sidebar to point it at the whole table';
  if (!named) {
    return {
      cell: null,
      message: `The named range "${WEIGHTS_RANGE_NAME}" is missing, so formulas cannot read the weights; ${fix}.`,
    };
  }
  if (covers(stored.area, rangeReach(stored, sheet, strict), usedExtent(stored.grid).columns)) return null;
  return {
    cell: null,
    message: `The named range "${WEIGHTS_RANGE_NAME}" covers ${named.getA1Notation()}, not every row and column of the table in "${stored.sheetName}", so formulas may miss rows; ${fix}.`,
  };
}

function stateOf(ss: Spreadsheet, stored: Stored): WeightsState {
  const { sheet } = stored.location;
  if (!sheet) {
    // The sidebar says a lost configuration is gone (WeightsState.lost); its grid is the one to restore.
    const lost = stored.lost !== null;
    return {
      grid: stored.grid,
      stored: false,
      problems: [],
      version: stored.version,
      sheetName: null,
      lost,
      otherFormulas: [],
      otherFormulaCount: 0,
    };
  }
  const name = stored.sheetName ?? '';
  const parsed = parseWeightsTable(stored.grid);
  const problems = parsed.ok ? [] : locateProblems(name, parsed.problems);
  const range = rangeProblem(stored, sheet, false);
  const copies = stored.location.others.map((o) => `"${o.getName()}"`);
  const copied: WeightsProblem[] =
    copies.length === 0
      ? []
      : [
          {
            cell: null,
            message: `${copies.join(', ')} also carries the DistModel configuration mark (a copy?); formulas read "${name}". Apply keeps "${name}" as the one configuration.`,
          },
        ];
  const audit = auditWeightsFormulas(ss);
  return {
    grid: stored.grid,
    otherFormulas: audit.formulas,
    otherFormulaCount: audit.count,
    stored: stored.location.named !== null,
    problems: [...problems, ...(range ? [range] : []), ...copied],
    version: stored.version,
    sheetName: name,
    lost: false,
  };
}

/**
 * The weights state for the sidebar. `remember` notes the sheet's current name for a later "was deleted"
 * message (two calls): on opening the sidebar and when scoring, not on every reload.
 */
export function readWeightsState(ss: Spreadsheet, { remember = false } = {}): WeightsState {
  const stored = readStored(ss);
  if (remember && stored.sheetName !== null) rememberName(stored.sheetName);
  return stateOf(ss, stored);
}

/**
 * Compiles the stored table (Balanced when the spreadsheet never had one); a broken or deleted table stops
 * the caller with a message saying where and what to do.
 */
export function storedScorer(ss: Spreadsheet): Scorer {
  const stored = readStored(ss);
  if (!stored.location.sheet && stored.lost) throw new UserError(lostMessage(stored.lost));
  if (stored.sheetName !== null) rememberName(stored.sheetName);
  const parsed = parseWeightsTable(stored.grid);
  if (parsed.ok) return compileWeights(parsed.table);
  const name = stored.sheetName ?? WEIGHTS_SHEET_NAME;
  const [first] = locateProblems(name, parsed.problems);
  const where = first?.cell ? ` (${first.cell})` : '';
  throw new UserError(
    `The weights table has a problem${where}: ${first?.message ?? 'it cannot be read'} Fix it in the "${name}" sheet or in the sidebar.`,
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
    // Apps Script batches spreadsheet writes: flush before releasing, so the next holder reads them (Lock
    // documentation), also the writes made before a failure.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** The named range's block after a save: whole columns of the sheet up to the table's width. */
function wholeColumns(grid: WeightsGrid): A1Area {
  return { row: 1, column: 1, lastRow: null, lastColumn: Math.max(usedExtent(grid).columns, 1) };
}

/** The named range over whole columns of the sheet (open-ended where Sheets keeps it so), up to the table's width. */
function setWeightsRange(ss: Spreadsheet, sheet: Sheet, grid: WeightsGrid): Range {
  const range = sheet.getRange(`A:${columnLetters(wholeColumns(grid).lastColumn)}`);
  ss.setNamedRange(WEIGHTS_RANGE_NAME, range);
  return range;
}

/** A restored configuration gets its old name back when it is free. */
function newSheetName(ss: Spreadsheet, lost: LastApplied | null): string {
  return lost && !ss.getSheetByName(lost.sheetName) ? lost.sheetName : freeSheetName(ss, WEIGHTS_SHEET_NAME);
}

/**
 * One setValues over the old and the new extent (so leftover rows are cleared; unchanged cells written back
 * as they are, see weights-write.ts), then mark and range. Returns
 * the configuration as it now stands, known from what was written (the block covers every cell the sheet
 * had), so the save's answer costs no second read.
 */
function writeTable(ss: Spreadsheet, existing: Stored, grid: WeightsGrid): Stored {
  const sheet =
    existing.location.sheet ??
    existing.unfinished ??
    insertSheetInBackground(ss, newSheetName(ss, existing.lost));
  // Rows the draft inserted or deleted are inserted and deleted in the sheet, so kept rows move whole.
  const { edits, aligned } = existing.location.sheet
    ? alignRows(existing.grid, grid)
    : { edits: [], aligned: [] };
  for (const e of edits) {
    if (e.kind === 'delete') sheet.deleteRows(e.row, e.count);
    else sheet.insertRowsBefore(e.before, e.count);
  }
  const next = usedExtent(grid);
  const old = usedExtent(aligned);
  const rows = Math.max(next.rows, old.rows, 1);
  const columns = Math.max(next.columns, old.columns, 1);
  const block = sheet.getRange(1, 1, rows, columns);
  // Cells the user did not change keep their formulas and values; text is written as text. Unless rows
  // moved just now, the values are the ones read under the same lock (from A1; cells past them are blank),
  // so only formulas are read here.
  const values = edits.length === 0 ? existing.raw : block.getValues();
  const cells = existing.location.sheet
    ? { values, formulas: block.getFormulas() }
    : { values: [], formulas: [] };
  block.setValues(cellsToWrite(grid, aligned, cells, rows, columns));
  // The mark is what finds the sheet when its named range is gone: set on a new sheet, and on an existing one
  // when it was found without its range or beside marked copies. A sheet found through its range was checked
  // by ensureWeightsStore before any formula came to depend on it, so a save need not look again.
  if (!existing.location.named || existing.location.others.length > 0 || !existing.location.sheet)
    markWeightsSheet(existing.location, sheet);
  // The range is set again only when it does not already span exactly the table's columns, every row.
  const wanted = wholeColumns(grid);
  const { named } = existing.location;
  const keep =
    named !== null &&
    existing.location.sheet !== null &&
    existing.area?.lastColumn === wanted.lastColumn &&
    covers(existing.area, rangeReach(existing, sheet, true), wanted.lastColumn);
  const weightsRange = keep ? named : setWeightsRange(ss, sheet, grid);
  const sheetName = existing.sheetName ?? sheet.getName();
  rememberApplied(sheetName, grid);
  return {
    location: { sheet, others: [], named: weightsRange },
    sheetName,
    grid,
    // Only the answer's state is built from this; the next save reads the sheet again.
    raw: [],
    // Every row either way: kept only when it reached the sheet's last row.
    area: wanted,
    version: contentVersion(coveredPart(grid, wanted)),
    lost: null,
  };
}

export function saveWeightsTable(ss: Spreadsheet, input: unknown, baseVersion: unknown): SaveResult {
  const grid = asWeightsGrid(input);
  if (!grid) throw new UserError('The weights table sent to the server is not a grid of plain cells.');
  if (typeof baseVersion !== 'string') throw new UserError('Saving needs the version the sidebar loaded.');
  const parsed = parseWeightsTable(grid);
  if (!parsed.ok) {
    const name = locateWeights(ss).sheet?.getName() ?? WEIGHTS_SHEET_NAME;
    return { status: 'invalid', problems: locateProblems(name, parsed.problems) };
  }
  return withDocumentLock(() => {
    const stored = readStored(ss);
    if (stored.version !== baseVersion) return { status: 'conflict', weights: stateOf(ss, stored) };
    const next = stored.location.sheet ? keepExtraColumns(grid, stored.grid) : grid;
    return { status: 'saved', weights: stateOf(ss, writeTable(ss, stored, next)) };
  });
}

/** Whether formulas can read the configuration as it is: marked, and the range over its whole table. */
function isReady(stored: Stored): boolean {
  const { sheet, others } = stored.location;
  if (!sheet || others.length > 0 || rangeProblem(stored, sheet, true)) return false;
  return isMarked(sheet);
}

/**
 * Makes sure the configuration exists before a formula refers to it: created with the Balanced preset on
 * first need; marked, and its named range pointed at the whole table, when a hand edit or an older version
 * left it otherwise. Never rewrites a table, and never recreates a deleted one behind the user's back.
 */
export function ensureWeightsStore(ss: Spreadsheet): void {
  if (isReady(readStored(ss))) return;
  withDocumentLock(() => {
    const stored = readStored(ss, { searchCopies: true });
    const { sheet } = stored.location;
    if (!sheet && stored.lost) throw new UserError(lostMessage(stored.lost));
    if (!sheet) {
      writeTable(ss, stored, stored.grid);
      return;
    }
    markWeightsSheet(stored.location, sheet);
    if (rangeProblem(stored, sheet, true)) setWeightsRange(ss, sheet, stored.grid);
  });
}

/** The sidebar's offer: every DISTMODEL formula reads the shared weights from now on. */
export function useSharedWeights(ss: Spreadsheet): WeightsState {
  ensureWeightsStore(ss);
  pointFormulasAtSharedWeights(ss);
  return readWeightsState(ss);
}
