// The Portfolio's one-click fix for product rows live output does not reach (a row inserted at a seam
// between two live formulas, a formula's own row deleted): live formulas for the whole table again, which
// the server re-plans over every row of the table as it now is (issue #17). Asked like any run: cells of
// the user's in the way are listed first.
import type { PortfolioSummary, ScoreRequest } from '../../src/shared/sidebar-contract';
import { startRequest } from './bulk-run';

/** The run that covers the uncovered rows of `summary`, or null when every row has a result. */
export function coverRequest(summary: PortfolioSummary): ScoreRequest | null {
  return summary.uncovered ? startRequest('table', 'formulas') : null;
}
