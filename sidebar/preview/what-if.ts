// The selected row's what-if, computed in the browser with the engine against the weights being edited
// (like the preview): the fact that would change its recommendation and each weight's safe range.
import { productWhatIf, type RowWhatIf } from '../../src/engine';
import type { ActiveRow, WeightsGrid } from '../../src/shared/sidebar-contract';
import { draftScorer } from '../draft-tables';

/** The what-if of the active row, or null when there is no row, no valid table or the row is not scored. */
export function computeWhatIf(grid: WeightsGrid, row: ActiveRow | null): RowWhatIf | null {
  if (!row) return null;
  const scorer = draftScorer(grid);
  return scorer ? productWhatIf(scorer, row.headers, row.values, { locale: row.locale }) : null;
}
