// Bulk scoring as live formulas: one open-ended DISTMODEL formula for the whole table, or one per block
// of selected rows, each reading the shared weights range so a weights change recalculates them all. A
// selected block is passed without its header and names its columns with DISTMODEL's header argument (the
// table's header row), so any column order and any custom factor columns work as in the whole table.
import { columnLetters, formatA1, sheetA1 } from '../shared/a1';
import type { ScoreResult } from '../shared/sidebar-contract';
import { isErrorValue } from './cells';
import { UserError } from './errors';
import type { OutputLedger } from './output-record';
import { type RowSegment, segmentRows } from './output-region';
import { OUTPUT_WIDTH, type ProductTable } from './product-table';
import {
  dataRows,
  done,
  recordCleared,
  type Snapshot,
  tallyTable,
  writeOutputHeader,
} from './scoring-snapshot';
import { WEIGHTS_RANGE_NAME } from './weights-location';
import { ensureWeightsStore } from './weights-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The 'all' output of a products range, read with the shared weights so a weights change recalculates it. */
function outputFormula(range: string, header?: string): string {
  const args = [range, WEIGHTS_RANGE_NAME, '"all"'];
  if (header) args.push(header);
  return `=DISTMODEL(${args.join(', ')})`;
}

/** Open-ended ("A1:L"), so rows added below the table are scored too. */
function tableFormula(table: ProductTable): string {
  return outputFormula(`${formatA1(table.headerRow, table.firstColumn)}:${columnLetters(table.lastColumn)}`);
}

/**
 * Sheet rows [from, to] of the table's columns, with the header row as the header argument. The header's
 * row is absolute ("A$1:L$1") so a copied or filled formula still names the same header.
 */
function blockFormula(table: ProductTable, [from, to]: RowSegment): string {
  const first = columnLetters(table.firstColumn);
  const last = columnLetters(table.lastColumn);
  const header = `${first}$${table.headerRow}:${last}$${table.headerRow}`;
  return outputFormula(`${first}${from}:${last}${to}`, header);
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

export function writeTableFormula(
  ss: Spreadsheet,
  snap: Snapshot,
  bottom: number,
  ledger: OutputLedger,
): ScoreResult {
  const { sheet, table, outputColumn } = snap;
  ensureWeightsStore(ss);
  sheet.getRange(table.headerRow, outputColumn, bottom - table.headerRow + 1, OUTPUT_WIDTH).clearContent();
  sheet.getRange(table.headerRow, outputColumn).setFormula(tableFormula(table));
  recordCleared(ledger, [[table.headerRow + 1, bottom]]);
  checkShown(snap, [table.headerRow]);
  const rows = dataRows(table);
  return done(snap, table.headerRow, table.lastRow, segmentRows(rows), tallyTable(snap, rows));
}

export function writeBlockFormulas(
  ss: Spreadsheet,
  snap: Snapshot,
  segments: readonly RowSegment[],
  ledger: OutputLedger,
): ScoreResult {
  const { sheet, table, outputColumn } = snap;
  ensureWeightsStore(ss);
  writeOutputHeader(snap);
  for (const segment of segments) {
    const [a, b] = segment;
    sheet.getRange(a, outputColumn, b - a + 1, OUTPUT_WIDTH).clearContent();
    sheet.getRange(a, outputColumn).setFormula(blockFormula(table, segment));
  }
  recordCleared(ledger, segments);
  checkShown(
    snap,
    segments.map(([a]) => a),
  );
  const last = segments[segments.length - 1] as RowSegment;
  return done(
    snap,
    (segments[0] as RowSegment)[0],
    last[1],
    segmentRows(segments),
    tallyTable(snap, segments),
  );
}
