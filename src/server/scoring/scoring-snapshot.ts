// What one bulk-scoring execution knows after its single read of the active sheet: the product table, its
// values, the scorer, and the output area beside it with who owns each cell there. Also how a finished
// run is reported. Shared by values (bulk-score.ts), formulas (formula-output.ts) and the summary.
import {
  confidenceOf,
  MODEL_DISPLAY_NAMES,
  mapGrid,
  type OutputCell,
  type Reading,
  type Scorer,
  scoreGrid,
} from '../../engine';
import { sheetA1 } from '../../shared/a1';
import type { LiveOutput, ScoreResult } from '../../shared/sidebar-contract';
import {
  findProductTable,
  OUTPUT_COLUMNS,
  OUTPUT_WIDTH,
  type ProductTable,
  readingOf,
  tableRows,
} from '../sheets';
import { storedScorer } from '../weights';
import { rememberFinished } from './last-run';
import { formulaOutputColumn, markedOutput } from './output-marker';
import { OutputLedger } from './output-record';
import { findOccupied, type RowSegment } from './output-region';
import { addModels, emptyTally, type Tally, toSummary } from './plan';
import { rescoredOutput } from './rescored-output';
import { showResults } from './result-view';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What one execution knows about the sheet after its single read. */
export interface Snapshot {
  readonly sheet: Sheet;
  readonly values: unknown[][];
  readonly table: ProductTable;
  readonly scorer: Scorer;
  readonly outputColumn: number;
  /** Columns inserted (+) or deleted (-) before the output since DistModel last wrote it. */
  readonly outputShift: number;
  /** The spreadsheet's locale, for text amounts. */
  readonly reading: Reading;
}

/**
 * The table and where its output goes: the marked output column (output-marker.ts) whatever it displays,
 * else a DISTMODEL formula's column in the header row, else the first column after the table.
 */
export function readSnapshot(ss: Spreadsheet, sheet: Sheet): Snapshot | null {
  const scorer = storedScorer(ss);
  const values = sheet.getDataRange().getValues();
  const marked = markedOutput(sheet);
  let table = findProductTable(scorer, values, marked?.column ?? null);
  if (!table) return null;
  const output = marked?.column ?? formulaOutputColumn(sheet, table);
  if (output !== null && marked === null) table = findProductTable(scorer, values, output) ?? table;
  const outputColumn = output !== null && output > table.firstColumn ? output : table.lastColumn + 1;
  const outputShift = marked && marked.column === outputColumn ? marked.shift : 0;
  return { sheet, values, table, scorer, outputColumn, outputShift, reading: readingOf(ss) };
}

/** The table's data rows as one segment; none when it has only its header. */
export function dataRows(table: ProductTable): RowSegment[] {
  return table.lastRow > table.headerRow ? [[table.headerRow + 1, table.lastRow]] : [];
}

/** The engine's 'all' output for sheet rows [from, to], read with the table's header: header row first. */
export function scoreRows(snap: Snapshot, from: number, to: number): OutputCell[][] {
  const { scorer, table, values, reading } = snap;
  return scoreGrid(scorer, [table.headers, ...tableRows(values, table, from, to)], 'all', null, reading);
}

/** The output header row: written on its own when only selected rows get output below it. */
export function writeOutputHeader(snap: Snapshot): void {
  snap.sheet
    .getRange(snap.table.headerRow, snap.outputColumn, 1, OUTPUT_WIDTH)
    .setValues([[...OUTPUT_COLUMNS]]);
}

/** Last sheet row the output area reaches: the table, anything below it, and the rows to write. */
export function outputBottom(snap: Snapshot, segments: readonly RowSegment[]): number {
  const lastWritten = segments.reduce((m, [, b]) => Math.max(m, b), 0);
  return Math.max(snap.table.lastRow, snap.values.length, lastWritten);
}

/** The output area's formulas, header row first, in one read (the part of it that exists in the grid). */
export function areaFormulas(snap: Snapshot, bottom: number): string[][] {
  const available = Math.min(OUTPUT_WIDTH, snap.sheet.getMaxColumns() - snap.outputColumn + 1);
  const rows = Math.min(bottom, snap.sheet.getMaxRows()) - snap.table.headerRow + 1;
  if (available <= 0 || rows <= 0) return [];
  return snap.sheet.getRange(snap.table.headerRow, snap.outputColumn, rows, available).getFormulas();
}

export function outputLedger(snap: Snapshot, bottom: number): OutputLedger {
  const { sheet, table, outputColumn, values, outputShift } = snap;
  return new OutputLedger(sheet.getSheetId(), outputColumn, table.headerRow + 1, bottom, values, outputShift);
}

/** Cleared rows are recorded as DistModel's: the spill fills them, and they are blank once it is gone. */
export function recordCleared(ledger: OutputLedger, segments: readonly RowSegment[]): void {
  for (const [a, b] of segments) for (let r = a; r <= b; r++) ledger.wrote(r, null);
  ledger.save();
}

/**
 * Asks before writing when the area to write (`segments`) holds the user's cells, or when frozen values
 * would replace the live formulas `replacesLive`; null when there is nothing to ask.
 */
export function confirmation(
  snap: Snapshot,
  segments: readonly RowSegment[],
  formulas: readonly (readonly string[])[],
  ledger: OutputLedger,
  replacesLive: readonly LiveOutput[] = [],
): ScoreResult | null {
  const { table, outputColumn, values } = snap;
  const area = { headerRow: table.headerRow, column: outputColumn, segments };
  // The record vouches for results where they were written; what they say, for results rows have moved.
  const rescored = rescoredOutput({ ...snap, score: (from, to) => scoreRows(snap, from, to) });
  const recorded = (row: number, j: number) => ledger.owns(row, j) || rescored(row, j);
  const occupied = findOccupied(values, area, { formulas, recorded });
  if (occupied.count === 0 && replacesLive.length === 0) return null;
  const lastRow = segments.reduce((m, [, b]) => Math.max(m, b), table.headerRow);
  return {
    status: 'needs-confirmation',
    range: sheetA1(
      snap.sheet.getName(),
      table.headerRow,
      outputColumn,
      lastRow - table.headerRow + 1,
      OUTPUT_WIDTH,
    ),
    occupiedCells: occupied.cells,
    occupiedCount: occupied.count,
    replacesLive,
  };
}

/**
 * A finished run: the output rows [fromRow, toRow] written (`rows` products), the live formulas it replaced
 * with frozen values, and the summary of the whole table (`tally` when the run counted it, else counted here).
 */
export function done(
  snap: Snapshot,
  fromRow: number,
  toRow: number,
  rows: number,
  tally: Tally | null,
  replacedLive: readonly LiveOutput[] = [],
): ScoreResult {
  const range = sheetA1(snap.sheet.getName(), fromRow, snap.outputColumn, toRow - fromRow + 1, OUTPUT_WIDTH);
  // A sidebar reloaded while this run went on learns how it ended (last-run.ts).
  rememberFinished(snap.sheet.getSheetId(), range, rows);
  showResults(snap.sheet, snap.table.headerRow, snap.outputColumn, fromRow);
  return {
    status: 'done',
    range,
    rows,
    replacedLive,
    summary: toSummary(tally ?? tallyTable(snap, dataRows(snap.table)), snap.sheet.getName()),
  };
}

const COUNT_HEADER = ['Distribution model', 'Confidence'];

/**
 * Counts the models of sheet rows in `segments`, and those on thin evidence: scored for the model and its
 * confidence only (no explanations to build).
 */
export function tallyTable(snap: Snapshot, segments: readonly RowSegment[]): Tally {
  const { scorer, table, values, reading } = snap;
  const tally = emptyTally();
  const format = (bound: Scorer, ws: Parameters<typeof confidenceOf>[1]): OutputCell[] => [
    MODEL_DISPLAY_NAMES[ws.best] as string,
    confidenceOf(bound, ws),
  ];
  for (const [a, b] of segments) {
    const rows = tableRows(values, table, a, b);
    addModels(tally, mapGrid(scorer, rows, table.headers, COUNT_HEADER, format, reading));
  }
  return tally;
}
