// How much bulk scoring does per chunk and per execution. Apps Script stops a script after 6 minutes, so
// an execution stops taking chunks well before that and the sidebar resumes the job in a new one.

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
