// Bulk scoring as live formulas: DISTMODEL formulas for the whole table or for blocks of selected rows, as
// many as live-plan.ts cuts them into to stay within Google's limits, each reading the shared weights
// range so a weights change recalculates them all. A block below the header is passed without it and names
// its columns with DISTMODEL's header argument (the table's header row), so any column order and any
// custom factor columns work as in the whole table.
import { columnLetters, sheetA1 } from '../../shared/a1';
import type { ScoreResult } from '../../shared/sidebar-contract';
import { UserError } from '../errors';
import { isErrorValue, OUTPUT_WIDTH, type ProductTable } from '../sheets';
import { ensureWeightsStore, WEIGHTS_RANGE_NAME } from '../weights';
import type { OutputLedger } from './output-record';
import { type RowSegment, segmentRows } from './output-region';
import type { LiveFormula } from './plan';
import {
  dataRows,
  done,
  recordCleared,
  type Snapshot,
  tallyTable,
  writeOutputHeader,
} from './scoring-snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The 'all' output of a products range, read with the shared weights so a weights change recalculates it. */
function outputFormula(range: string, header?: string): string {
  const args = [range, WEIGHTS_RANGE_NAME, '"all"'];
  if (header) args.push(header);
  return `=DISTMODEL(${args.join(', ')})`;
}

/**
 * One live formula of the plan (live-plan.ts): sheet rows [from, to] of the table's columns, or from `from`
 * on ("A40001:L") when open. A formula starting at the header row reads it and echoes the output header;
 * any other names its columns with the header row as the header argument, whose row is absolute
 * ("A$1:L$1") so a copied or filled formula still names the same header.
 */
function liveFormula(table: ProductTable, { from, to, open }: LiveFormula): string {
  const first = columnLetters(table.firstColumn);
  const last = columnLetters(table.lastColumn);
  const range = `${first}${from}:${last}${open ? '' : to}`;
  if (from === table.headerRow) return outputFormula(range);
  return outputFormula(range, `${first}$${table.headerRow}:${last}$${table.headerRow}`);
}

/**
 * Success is claimed only when results show: after the writes are applied, the cell of each formula written
 * (sheet rows `anchors`, in the first output column) is read back in one getValues, and a formula showing an
 * error (#REF!: something is in the way of its results) stops the run with the cell and what to do.
 */
function checkShown(snap: Snapshot, anchors: readonly number[]): void {
  SpreadsheetApp.flush();
  const first = anchors[0] as number;
  const last = anchors[anchors.length - 1] as number;
  const shown = snap.sheet.getRange(first, snap.outputColumn, last - first + 1, 1).getValues();
  for (const row of anchors) {
    const value = shown[row - first]?.[0];
    if (!isErrorValue(value)) continue;
    const cell = sheetA1(snap.sheet.getName(), row, snap.outputColumn);
    const why =
      value === '#REF!'
        ? 'a cell in the way of its results holds data; clear the cells below and to the right of it, then score again'
        : "point at the cell to see Sheets' message";
    throw new UserError(
      `DistModel wrote its formula to ${cell}, but the cell shows ${value} instead of results: ${why}.`,
    );
  }
}

/**
 * The whole table's formulas, written with one setFormulas down the first output column (constant calls
 * whatever the size). `plan` comes from tableFormulas: it reaches at least to the table's last row.
 */
export function writeTableFormula(
  ss: Spreadsheet,
  snap: Snapshot,
  bottom: number,
  ledger: OutputLedger,
  plan: readonly LiveFormula[],
): ScoreResult {
  const { sheet, table, outputColumn } = snap;
  ensureWeightsStore(ss);
  sheet.getRange(table.headerRow, outputColumn, bottom - table.headerRow + 1, OUTPUT_WIDTH).clearContent();
  const lastAnchor = (plan[plan.length - 1] as LiveFormula).from;
  const column = Array.from({ length: lastAnchor - table.headerRow + 1 }, () => ['']);
  for (const f of plan) (column[f.from - table.headerRow] as string[])[0] = liveFormula(table, f);
  sheet.getRange(table.headerRow, outputColumn, column.length, 1).setFormulas(column);
  recordCleared(ledger, [[table.headerRow + 1, bottom]]);
  checkShown(
    snap,
    plan.map((f) => f.from),
  );
  const rows = dataRows(table);
  return done(snap, table.headerRow, table.lastRow, segmentRows(rows), tallyTable(snap, rows));
}

/** Selected rows: `segments` the blocks the plan (selectionFormulas) covers, `plan` its formulas. */
export function writeBlockFormulas(
  ss: Spreadsheet,
  snap: Snapshot,
  segments: readonly RowSegment[],
  plan: readonly LiveFormula[],
  ledger: OutputLedger,
): ScoreResult {
  const { sheet, table, outputColumn } = snap;
  ensureWeightsStore(ss);
  writeOutputHeader(snap);
  for (const [a, b] of segments) sheet.getRange(a, outputColumn, b - a + 1, OUTPUT_WIDTH).clearContent();
  for (const f of plan) sheet.getRange(f.from, outputColumn).setFormula(liveFormula(table, f));
  recordCleared(ledger, segments);
  checkShown(
    snap,
    plan.map((f) => f.from),
  );
  const last = segments[segments.length - 1] as RowSegment;
  return done(snap, (segments[0] as RowSegment)[0], last[1], segmentRows(segments), null);
}
