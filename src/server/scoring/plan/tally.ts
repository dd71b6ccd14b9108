// Counts output rows per model: the engine's 'all' rows (values written by bulk scoring: a scored row
// carries its model in column 0, numbers after it and its Confidence) or [model, confidence] rows (counting
// alone, which needs no explanation built). A row with a problem carries only a message; a blank row
// carries nothing. Rows resting on thin evidence are counted in their model and also on their own.
import { MODEL_DISPLAY_NAMES, OUTPUT_HEADERS, type OutputCell } from '../../../engine';
import type { PortfolioSummary } from '../../../shared/sidebar-contract';

export interface Tally {
  counts: Record<string, number>;
  invalid: number;
  total: number;
  /** Scored rows whose Confidence is "Thin evidence". */
  thin: number;
}

const THIN = 'Thin evidence';
const ALL_CONFIDENCE = OUTPUT_HEADERS.all.indexOf('Confidence');

export function emptyTally(): Tally {
  const counts: Record<string, number> = {};
  for (const name of MODEL_DISPLAY_NAMES) counts[name] = 0;
  return { counts, invalid: 0, total: 0, thin: 0 };
}

/** Counts one row by its first cell: a model's name when `scored`, else a message (or "" for blank). */
function countRow(tally: Tally, first: OutputCell | undefined, scored: boolean, confidence: unknown): void {
  if (scored && typeof first === 'string' && Object.hasOwn(tally.counts, first)) {
    tally.counts[first] = (tally.counts[first] as number) + 1;
    tally.total++;
    if (confidence === THIN) tally.thin++;
  } else if (first !== '' && first !== undefined) {
    tally.invalid++;
    tally.total++;
  }
}

/** Adds engine 'all' output rows (without their header row): a scored row has numbers after its model. */
export function addRows(tally: Tally, rows: readonly (readonly OutputCell[])[]): Tally {
  for (const row of rows) countRow(tally, row[0], typeof row[1] === 'number', row[ALL_CONFIDENCE]);
  return tally;
}

/**
 * Adds [model, confidence] rows (without their header row): a model's name and its Confidence for a scored
 * row, a message for a row with a problem, "" for a blank row.
 */
export function addModels(tally: Tally, rows: readonly (readonly OutputCell[])[]): Tally {
  for (const [first, confidence] of rows) countRow(tally, first, true, confidence);
  return tally;
}

/** The summary of a tally, of the table on the sheet `sheetName`. */
export function toSummary(tally: Tally, sheetName: string): PortfolioSummary {
  const { invalid, total, thin } = tally;
  return { counts: { ...tally.counts }, invalid, total, thin, sheetName };
}
