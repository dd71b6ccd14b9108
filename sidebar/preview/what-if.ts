// The selected row's what-if, computed in the browser with the engine against the weights being edited
// (like the preview): the fact that would change its recommendation and each weight's safe range.
import {
  compileWeights,
  parseWeightsTable,
  productWhatIf,
  type RowWhatIf,
  type Scorer,
} from '../../src/engine';
import type { ActiveRow, WeightsGrid } from '../../src/shared/sidebar-contract';

// The draft grid is replaced, never mutated, on every edit: one compiled table per grid object.
let lastGrid: WeightsGrid | null = null;
let lastScorer: Scorer | null = null;

function scorerOf(grid: WeightsGrid): Scorer | null {
  if (grid !== lastGrid) {
    const parsed = parseWeightsTable(grid);
    lastGrid = grid;
    lastScorer = parsed.ok ? compileWeights(parsed.table) : null;
  }
  return lastScorer;
}

/** The what-if of the active row, or null when there is no row, no valid table or the row is not scored. */
export function computeWhatIf(grid: WeightsGrid, row: ActiveRow | null): RowWhatIf | null {
  if (!row) return null;
  const scorer = scorerOf(grid);
  return scorer ? productWhatIf(scorer, row.headers, row.values, { locale: row.locale }) : null;
}
