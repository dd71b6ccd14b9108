// Bulk scoring as live formulas: one open-ended DISTMODEL formula for the whole table, or one per block
// of selected rows, each reading the shared weights range so a weights change recalculates them all.
import { HEADERLESS_ORDER, mapHeader, presetScorer, type Scorer } from '../engine';
import { columnLetters, formatA1 } from '../shared/a1';
import type { ScoreResult } from '../shared/sidebar-contract';
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
import { ensureWeightsStore, WEIGHTS_RANGE_NAME } from './weights-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The table's layout does not allow live formulas for selected rows (values still work). */
export class LayoutError extends UserError {}

/** The 'all' output of a products range, read with the shared weights so a weights change recalculates it. */
function outputFormula(range: string): string {
  return `=DISTMODEL(${range}, ${WEIGHTS_RANGE_NAME}, "all")`;
}

/** Open-ended ("A1:L"), so rows added below the table are scored too. */
function tableFormula(table: ProductTable): string {
  return outputFormula(`${formatA1(table.headerRow, table.firstColumn)}:${columnLetters(table.lastColumn)}`);
}

/**
 * A block of rows without its header is read in the engine's headerless order (an optional first column,
 * then the built-in factors in order). Returns the block's columns when the table has that layout.
 */
function headerlessColumns(scorer: Scorer, table: ProductTable): [number, number] | null {
  const balanced = presetScorer('Balanced') as Scorer;
  const builtIn = mapHeader(balanced, table.headers).factorColumn;
  const start = builtIn[balanced.factors.findIndex((f) => f.name === HEADERLESS_ORDER[0])] ?? -1;
  if (start < 0) return null;
  const inOrder = balanced.factors.every((f, i) => builtIn[i] === start + HEADERLESS_ORDER.indexOf(f.name));
  const onlyBuiltIn = scorer.factors.every((f) => HEADERLESS_ORDER.includes(f.name));
  if (!inOrder || !onlyBuiltIn) return null;
  const first = table.firstColumn + Math.max(start - 1, 0);
  return [first, table.firstColumn + start + HEADERLESS_ORDER.length - 1];
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
  const block = headerlessColumns(snap.scorer, table);
  if (!block) {
    throw new LayoutError(
      `Live formulas for selected rows need the standard column order (Product, ${HEADERLESS_ORDER.join(', ')}). Score the whole table, or write values.`,
    );
  }
  ensureWeightsStore(ss);
  writeOutputHeader(snap);
  for (const [a, b] of segments) {
    sheet.getRange(a, outputColumn, b - a + 1, OUTPUT_WIDTH).clearContent();
    sheet
      .getRange(a, outputColumn)
      .setFormula(outputFormula(`${formatA1(a, block[0])}:${formatA1(b, block[1])}`));
  }
  recordCleared(ledger, segments);
  const last = segments[segments.length - 1] as RowSegment;
  return done(
    snap,
    (segments[0] as RowSegment)[0],
    last[1],
    segmentRows(segments),
    tallyTable(snap, segments),
  );
}
