// The Apps Script limits the stand-ins enforce, each with where it comes from. Where Google documents no
// figure, the stand-in takes a conservative one (it refuses earlier than Sheets is known to), so what
// passes here is not the first thing to fail on Google's servers. Open questions: docs/live-checks.md.
// https://developers.google.com/apps-script/guides/services/quotas
// https://developers.google.com/apps-script/guides/sheets/functions

export interface CustomFunctionLimits {
  /**
   * Cells (rows x columns) of one custom-function result; a larger one shows `#ERROR!` "Result too large".
   * Google documents no figure. A public report (Blacksmoke16/GESI issue 102) shows the error for a result
   * of 61,744 rows x 8 columns (493,952 short cells). Whether Sheets counts cells or bytes is unknown, so
   * the stand-in refuses at about half of that: 250,000 cells.
   */
  readonly resultCells: number;
  /** Wall time of one call, ms: "Custom function runtime 30 sec / execution" (quotas page). */
  readonly runMs: number;
  /**
   * Custom-function executions one change may start: "Simultaneous executions per user: 30" (quotas
   * page). Each formula cell is one execution, and a change to a range they all read recalculates them
   * all at once; the ones beyond the limit fail as quota errors do.
   */
  readonly concurrent: number;
}

export const CUSTOM_FUNCTION_LIMITS: CustomFunctionLimits = {
  resultCells: 250_000,
  runMs: 30_000,
  concurrent: 30,
};

/** "Script runtime 6 min / execution" (quotas page): menu clicks and google.script.run calls. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** The messages Sheets shows in the `#ERROR!` tooltip. */
export const LIMIT_MESSAGES = {
  resultTooLarge: 'Result too large',
  timeout: 'Exceeded maximum execution time',
  // The quota error Apps Script raises for too many executions at once.
  tooManyExecutions:
    'Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
} as const;

/** What the custom functions did during the workbook's life: for tests and benchmarks. */
export interface CustomFunctionStats {
  /** Executions started by the largest single change. */
  largestWave: number;
  /** The largest result returned (cells, and UTF-8 bytes of its text and numbers as written). */
  largestResultCells: number;
  largestResultBytes: number;
  /** Calls refused by a limit, by message. */
  refused: Record<string, number>;
}

export function emptyStats(): CustomFunctionStats {
  return { largestWave: 0, largestResultCells: 0, largestResultBytes: 0, refused: {} };
}

/** UTF-8 bytes of a result's cells as text: what travels back to Sheets, roughly. */
export function resultBytes(grid: readonly (readonly unknown[])[]): number {
  let bytes = 0;
  for (const row of grid) {
    for (const v of row) {
      if (v === null || v === undefined) continue;
      // Text is kept as a literal ("'text") so the engine does not parse it: the quote is not sent.
      const text = String(v);
      bytes += Buffer.byteLength(text) - (typeof v === 'string' && text.startsWith("'") ? 1 : 0);
    }
  }
  return bytes;
}
