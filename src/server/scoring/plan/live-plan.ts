// How live output is cut into DISTMODEL formulas that each stay within Google's limits (limits.ts): a
// whole table into at most MAX_LIVE_FORMULAS formulas from its header row down, selected rows into at
// most MAX_SELECTION_FORMULAS, closing the smallest gaps between selected blocks when there are more.
import type { ScoreScope } from '../../../shared/sidebar-contract';
import { isDistModelFormula, OUTPUT_WIDTH, type ProductTable } from '../../sheets';
import type { RowSegment } from '../output-region';
import {
  formulaBudgetRows,
  liveRowsPerFormula,
  MAX_LIVE_FORMULAS,
  MAX_SELECTION_FORMULAS,
  maxLiveRows,
} from './limits';

/** One live formula: the sheet rows [from, to] of products it reads; `open` reads on to the grid's end. */
export interface LiveFormula {
  readonly from: number;
  readonly to: number;
  readonly open: boolean;
}

export type LivePlan =
  | { readonly ok: true; readonly formulas: readonly LiveFormula[]; readonly segments: RowSegment[] }
  | { readonly ok: false; readonly message: string };

const fmt = (n: number) => n.toLocaleString('en-US');

function tooLong(rows: number, width: number, what: string): LivePlan {
  return {
    ok: false,
    message: `Live formulas cover at most ${fmt(maxLiveRows(width))} rows (Google limits what one formula may return and how many run at once); ${what} has ${fmt(rows)}. Choose frozen values instead.`,
  };
}

/** Consecutive formulas of at most `per` rows over [from, to]. */
function cut(from: number, to: number, per: number): LiveFormula[] {
  const out: LiveFormula[] = [];
  for (let a = from; a <= to; a += per) out.push({ from: a, to: Math.min(to, a + per - 1), open: false });
  return out;
}

/**
 * The whole table (sheet rows headerRow..lastRow, header included) for an output `width` columns wide in
 * a grid of `maxRows` rows. The first formula reads the header row with its rows, so its result starts
 * with the output header. The last reads on to the end of the grid ("A40001:L") when that is within its
 * budget, so rows typed below the table are scored too; otherwise it ends one whole block below.
 */
export function tableFormulas(headerRow: number, lastRow: number, maxRows: number, width: number): LivePlan {
  const rows = lastRow - headerRow + 1;
  const per = liveRowsPerFormula(rows, width);
  if (per === null) return tooLong(rows - 1, width, 'this table');
  const formulas = cut(headerRow, lastRow, per);
  const last = formulas.pop() as LiveFormula;
  const end = Math.min(maxRows, last.from + per - 1);
  formulas.push({ from: last.from, to: end, open: end === maxRows });
  // Rows below the sheet's content are empty: the spills there need no check and nothing to clear.
  return { ok: true, formulas, segments: [[headerRow + 1, lastRow]] };
}

function formulaCount(segments: readonly RowSegment[], per: number): number {
  return segments.reduce((n, [a, b]) => n + Math.ceil((b - a + 1) / per), 0);
}

/** Formulas saved by closing the gap before spans[i] (negative: it would cost more). */
function saving(spans: readonly RowSegment[], i: number, per: number): number {
  const [a, b] = spans[i - 1] as RowSegment;
  const [c, d] = spans[i] as RowSegment;
  return (
    formulaCount(
      [
        [a, b],
        [c, d],
      ],
      per,
    ) - formulaCount([[a, d]], per)
  );
}

/**
 * Selected blocks of rows (sorted, merged, within the table) as at most `limit` formulas of at most
 * formulaBudgetRows rows. With more blocks than that, gaps between them are closed where that saves a
 * formula, the smallest first: the rows in a closed gap are scored too (the caller asks before writing
 * over anything there).
 */
export function selectionFormulas(segments: readonly RowSegment[], width: number, limit: number): LivePlan {
  const per = formulaBudgetRows(width);
  const spans: [number, number][] = segments.map(([a, b]) => [a, b]);
  while (formulaCount(spans, per) > limit) {
    let best = -1;
    for (let i = 1; i < spans.length; i++) {
      if (saving(spans, i, per) < 1) continue;
      const gap = (spans[i] as RowSegment)[0] - (spans[i - 1] as RowSegment)[1];
      if (best < 0 || gap < (spans[best] as RowSegment)[0] - (spans[best - 1] as RowSegment)[1]) best = i;
    }
    if (best < 0) break;
    const [, end] = spans.splice(best, 1)[0] as RowSegment;
    (spans[best - 1] as [number, number])[1] = end;
  }
  const needed = formulaCount(spans, per);
  if (needed > limit) {
    return {
      ok: false,
      message: `Live formulas for these rows need ${needed} formula cells, and DistModel adds at most ${Math.max(0, limit)} here: it keeps at most ${MAX_LIVE_FORMULAS} in the output columns, because Google runs at most 30 at once and a weights change recalculates them all. Score the whole table with live formulas (that replaces them) or choose frozen values.`,
    };
  }
  return { ok: true, formulas: spans.flatMap(([a, b]) => cut(a, b, per)), segments: spans };
}

/** DISTMODEL formula cells in the output area (`formulas`: from the header row down) outside `segments`. */
function liveFormulasOutside(
  formulas: readonly (readonly string[])[],
  headerRow: number,
  segments: readonly RowSegment[],
): number {
  let count = 0;
  formulas.forEach((row, i) => {
    const sheetRow = headerRow + i;
    if (segments.some(([a, b]) => sheetRow >= a && sheetRow <= b)) return;
    for (const formula of row) if (isDistModelFormula(formula)) count++;
  });
  return count;
}

/**
 * The live formulas for a scoring run: the whole table, or the selected `segments` (the run's formulas
 * that stay elsewhere in the output columns count against MAX_LIVE_FORMULAS).
 */
export function planLiveFormulas(
  scope: ScoreScope,
  table: ProductTable,
  maxRows: number,
  segments: readonly RowSegment[],
  formulas: readonly (readonly string[])[],
): LivePlan {
  if (scope === 'table') return tableFormulas(table.headerRow, table.lastRow, maxRows, OUTPUT_WIDTH);
  const kept = liveFormulasOutside(formulas, table.headerRow, segments);
  const limit = Math.min(MAX_SELECTION_FORMULAS, MAX_LIVE_FORMULAS - kept);
  return selectionFormulas(segments, OUTPUT_WIDTH, limit);
}
