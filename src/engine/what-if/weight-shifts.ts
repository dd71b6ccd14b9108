// Which weight a whole portfolio hinges on: for each factor, how many products change recommendation if
// that factor's weight alone is halved, or doubled. Read off each row's exact weight ranges
// (sensitivity.ts), so it costs one sensitivity analysis per row, not two re-scorings per factor.

import { isUnstartedRow } from '../basics/row-state';
import { mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { createWorkspace, scoreInto } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { keepsAt, weightRanges } from './sensitivity';

export interface WeightShift {
  readonly factor: string;
  /** The factor's weight in the table. */
  readonly weight: number;
  /** Products whose recommendation changes with this weight at half its value (the others unchanged). */
  readonly halved: number;
  /** ... at twice its value. */
  readonly doubled: number;
}

export interface PortfolioShifts {
  /** Products scored (rows with a problem, blank or without any factor value are left out). */
  readonly scored: number;
  /** One per factor with a weight above 0, in table order. */
  readonly shifts: readonly WeightShift[];
}

/**
 * Counts, over the product rows `rows` (cells in the order of `header`), the products each factor's
 * halved or doubled weight would move to another model.
 */
export function portfolioWeightShifts(
  scorer: Scorer,
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  reading: Reading = {},
): PortfolioShifts {
  const map = mapHeader(scorer, header);
  const columns = map.factorColumn;
  const bound = bindReading(scorer, map, header, reading);
  const ws = createWorkspace(bound);
  const halved = scorer.factors.map(() => 0);
  const doubled = scorer.factors.map(() => 0);
  let scored = 0;
  for (const row of rows) {
    if (isUnstartedRow(row)) continue;
    scoreInto(bound, ws, row, columns);
    if (ws.status !== 'scored') continue;
    scored++;
    for (const range of weightRanges(bound, ws)) {
      if (!keepsAt(range, range.weight / 2)) halved[range.factor] = (halved[range.factor] as number) + 1;
      if (!keepsAt(range, range.weight * 2)) doubled[range.factor] = (doubled[range.factor] as number) + 1;
    }
  }
  const shifts = scorer.factors.map((factor, f) => ({
    factor: factor.name,
    weight: factor.weight,
    halved: halved[f] as number,
    doubled: doubled[f] as number,
  }));
  return { scored, shifts };
}
