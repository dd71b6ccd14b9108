// Before a stopped values job goes on: has the table changed under it? Its remaining rows are kept as row
// numbers, so a row inserted or deleted inside the table since it stopped would leave rows without a result
// (and write others' results beside the wrong product) while the job says "done"; live formulas written
// over the same output since then would be broken by its frozen values (#REF!). Either is said, with what
// to do, and the job ends there.
import { formatA1 } from '../../shared/a1';
import { isDistModelFormula, tableRows, textHash } from '../sheets';
import type { ScoringJob } from './scoring-job';
import type { Snapshot } from './scoring-snapshot';

/** What a job remembers of the table it scores: its last row and a hash of its cells (rows x columns). */
export interface TableFingerprint {
  readonly lastRow: number;
  readonly rowsHash: number;
}

export function tableFingerprint(snap: Snapshot): TableFingerprint {
  const { table, values } = snap;
  const rows = tableRows(values, table, table.headerRow + 1, table.lastRow);
  return { lastRow: table.lastRow, rowsHash: textHash(JSON.stringify(rows)) };
}

/**
 * Why the job cannot go on, or null when the table is as it left it. `formulas`: the output area's formulas
 * from the header row down (areaFormulas).
 */
export function resumeProblem(
  snap: Snapshot,
  job: ScoringJob,
  formulas: readonly (readonly string[])[],
): string | null {
  const name = snap.sheet.getName();
  const again = 'Nothing more was written; press Score products to score it again.';
  for (let i = 0; i < formulas.length; i++) {
    const c = (formulas[i] ?? []).findIndex(isDistModelFormula);
    if (c >= 0) {
      const cell = formatA1(snap.table.headerRow + i, snap.outputColumn + c);
      return `Live DISTMODEL formulas (${cell}) were written over this output since the run stopped, and frozen values would break them. ${again}`;
    }
  }
  // Jobs saved before this check carry no fingerprint: nothing to compare.
  if (job.rowsHash === undefined || job.lastRow === undefined) return null;
  const now = tableFingerprint(snap);
  if (now.lastRow === job.lastRow && now.rowsHash === job.rowsHash) return null;
  const what =
    now.lastRow === job.lastRow
      ? 'were changed'
      : `were inserted or deleted (it ended at row ${job.lastRow}, now at ${now.lastRow})`;
  return `Rows of the product table on "${name}" ${what} since the run stopped, so the rows still to score have moved. ${again}`;
}
