// The add-on's budgets under Google's limits. Bulk scoring as values: how much it does per chunk and per
// execution (Apps Script stops a script after 6 minutes, so an execution stops taking chunks well before
// that and the sidebar resumes the job in a new one). Live formulas: how many rows one formula covers and
// how many formulas there may be (below).

export interface ScoringLimits {
  /** Whole rows per chunk: one setValues each. */
  readonly chunkRows: number;
  /** Time after which no new chunk starts in this execution (measured with Date.now()). */
  readonly timeBudgetMs: number;
}

const DEFAULT_LIMITS: ScoringLimits = { chunkRows: 50_000, timeBudgetMs: 4.5 * 60 * 1000 };

/**
 * Tests and benchmarks shrink the limits by defining DISTMODEL_SCORING_LIMITS in the script's global scope
 * (the vm context). Apps Script never defines it, so deployed code always uses the defaults.
 */
export function scoringLimits(): ScoringLimits {
  const override = (globalThis as { DISTMODEL_SCORING_LIMITS?: Partial<ScoringLimits> })
    .DISTMODEL_SCORING_LIMITS;
  const chunkRows = override?.chunkRows;
  const timeBudgetMs = override?.timeBudgetMs;
  return {
    chunkRows:
      typeof chunkRows === 'number' && chunkRows >= 1 ? Math.floor(chunkRows) : DEFAULT_LIMITS.chunkRows,
    timeBudgetMs:
      typeof timeBudgetMs === 'number' && timeBudgetMs >= 0 ? timeBudgetMs : DEFAULT_LIMITS.timeBudgetMs,
  };
}

// ---- Live formulas: what one DISTMODEL formula the add-on writes may return, and how many it writes ----
// Sheets runs each formula cell as one custom-function call, limited to 30 s and to a result size Google
// does not document (a public report shows "Result too large" at 61,744 rows x 8 columns = 493,952 cells;
// the stand-ins refuse above 250,000). Every weights change recalculates all of the add-on's formulas at
// once, and Apps Script runs at most 30 executions per user at a time. So live output is cut into formulas
// of at most formulaBudgetRows rows, and never more than MAX_LIVE_FORMULAS of them (live-plan.ts).

/** The result-size limit the budget is taken from: the stand-ins' conservative figure (see above). */
const RESULT_LIMIT_CELLS = 250_000;
/** A formula's result stays within a quarter of it: room for an unknown real limit (e.g. in bytes). */
const RESULT_SAFETY = 4;
/** Apps Script's limit on one custom-function call. */
const CALL_LIMIT_MS = 30_000;
/** A formula's run stays within a sixth of it: Sheets' servers are shared and slower than this machine. */
const TIME_SAFETY = 6;
/**
 * Upper bound on one product row's cost for the "all" output in Apps Script, ms. Measured here in a vm like
 * Apps Script's (npm run bench): about 3 us per row, 11-16 us before issue 9's speed work; the bound allows
 * Apps Script's V8 to be 15 times slower than the slower figure (live check 27 in docs/live-checks.md).
 */
export const ROW_COST_BOUND_MS = 0.25;
/** Live DISTMODEL formula cells the add-on keeps in one output area: two thirds of the 30 at once. */
export const MAX_LIVE_FORMULAS = 20;
/** Of which one "Score selected rows" run writes at most this many, whatever the selection. */
export const MAX_SELECTION_FORMULAS = 10;

/** Rows one formula may cover within `safety` times the result-size limit and the call limit. */
function rowsWithin(width: number, cellSafety: number, timeSafety: number): number {
  const byCells = RESULT_LIMIT_CELLS / cellSafety / Math.max(1, width);
  const byTime = CALL_LIMIT_MS / timeSafety / ROW_COST_BOUND_MS;
  return Math.max(1, Math.floor(Math.min(byCells, byTime)));
}

/**
 * Rows (header row included) one live formula covers for an output `width` columns wide:
 * min(cell budget / width, time budget / row cost) = min(62,500 / width, 5,000 ms / 0.25 ms = 20,000),
 * which is 5,681 rows for the 11 columns of the "all" output.
 */
export function formulaBudgetRows(width: number): number {
  return rowsWithin(width, RESULT_SAFETY, TIME_SAFETY);
}

/**
 * Rows each live formula covers when `rows` rows are to be covered: formulaBudgetRows, unless that needs
 * more than MAX_LIVE_FORMULAS formulas; then MAX_LIVE_FORMULAS longer ones, as long as each stays within
 * half of both limits (125,000 cells; 15 s); beyond that (227,260 rows for 11 columns) null: live
 * formulas cannot cover the table, frozen values can.
 */
export function liveRowsPerFormula(rows: number, width: number): number | null {
  const budget = formulaBudgetRows(width);
  if (Math.ceil(rows / budget) <= MAX_LIVE_FORMULAS) return budget;
  const stretched = Math.ceil(rows / MAX_LIVE_FORMULAS);
  return stretched <= rowsWithin(width, 2, 2) ? stretched : null;
}

/** The most rows live formulas cover for an output `width` columns wide. */
export function maxLiveRows(width: number): number {
  return rowsWithin(width, 2, 2) * MAX_LIVE_FORMULAS;
}

// ---- A formula the user types: answered with a way to split it before Google refuses its result ----

/**
 * The result size Google is reported to refuse, in cells: "Result too large" at 61,744 rows x 8 columns
 * (the public report cited above). 44,904 rows of the 11-column "all" output, 20,581 of a 24-column
 * DISTMODEL_SENSITIVITY.
 */
export const REPORTED_RESULT_LIMIT_CELLS = 61_744 * 8;

/** The most rows one typed formula may return at `width` columns: its result stays below the reported limit. */
export function maxTypedRows(width: number): number {
  return Math.max(1, Math.floor((REPORTED_RESULT_LIMIT_CELLS - 1) / Math.max(1, width)));
}

/** Rows per formula to suggest when splitting: the most allowed, rounded down to a thousand where it can. */
export function typedSplitRows(width: number): number {
  const most = maxTypedRows(width);
  return most >= 2_000 ? Math.floor(most / 1_000) * 1_000 : most;
}
