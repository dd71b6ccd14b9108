// The selected row's what-if, computed in the browser with the engine against the weights being edited
// (like the preview): the fact that would change its recommendation and each weight's safe range.
import { productWhatIf, type RowWhatIf, type Scorer } from '../../src/engine';
import type { ActiveRow } from '../../src/shared/sidebar-contract';

/**
 * The what-if of the active row under the draft's compiled table (Store.draftTable), or null when there is
 * no row, no valid table or the row is not scored.
 */
export function computeWhatIf(scorer: Scorer | null, row: ActiveRow | null): RowWhatIf | null {
  if (!row || !scorer) return null;
  return productWhatIf(scorer, row.headers, row.values, { locale: row.locale });
}
