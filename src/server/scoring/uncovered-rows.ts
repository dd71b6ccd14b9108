// Product rows live output does not reach. Live formulas read fixed blocks of rows (A1:L5681, A5682:L11362,
// ...): a row inserted at a seam, or typed below a formula that is not open-ended, belongs to no block, so
// it shows no result while the portfolio counts it. Found from the sheet as it is, so the sidebar can say
// which rows and offer to score again.
import { isBlank, isUnstartedRow } from '../../engine';
import type { UncoveredRows } from '../../shared/sidebar-contract';
import { isDistModelFormula, isErrorValue, tableRows } from '../sheets';
import type { Snapshot } from './scoring-snapshot';

/** Rows named before the rest are counted. */
const SHOWN_RUNS = 5;

/** "5682", "5682-5690, 7001 and 3 more" from ascending row numbers. */
function describeRuns(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as number) === (rows[j] as number) + 1) j++;
    runs.push(i === j ? `${rows[i]}` : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  const shown = runs.slice(0, SHOWN_RUNS).join(', ');
  return runs.length > SHOWN_RUNS ? `${shown} and ${runs.length - SHOWN_RUNS} more` : shown;
}

/**
 * The product rows (started, not blank) whose model cell is blank or an error while the output holds live DISTMODEL
 * formulas; null when there are none, or no live output. `formulas`: the output area's formulas from the
 * header row down (areaFormulas).
 */
export function uncoveredRows(
  snap: Snapshot,
  formulas: readonly (readonly string[])[],
): UncoveredRows | null {
  if (!formulas.some((row) => row.some(isDistModelFormula))) return null;
  const { table, values, outputColumn } = snap;
  const rows = tableRows(values, table, table.headerRow + 1, table.lastRow);
  const missing: number[] = [];
  rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    if (cells.every(isBlank) || isUnstartedRow(cells)) return;
    // A formula showing an error (#REF!: its results are blocked) gives its rows no result either.
    const shown = values[row - 1]?.[outputColumn - 1];
    if (isBlank(shown) || isErrorValue(shown)) missing.push(row);
  });
  return missing.length === 0 ? null : { count: missing.length, rows: describeRuns(missing) };
}
