// One parse and one compile per weights grid, shared by every panel that redraws after the same edit (the
// weights editor, the preview, the what-if and the columns list each need them on every slider move). The
// draft grid is replaced, never changed in place, on each edit, so a grid object keys its results.
import { compileWeights, parseWeightsTable, type Scorer, type WeightsTableResult } from '../src/engine';
import type { WeightsGrid } from '../src/shared/sidebar-contract';

const parsedTables = new WeakMap<WeightsGrid, WeightsTableResult>();
const scorers = new WeakMap<WeightsGrid, Scorer | null>();

/** parseWeightsTable of `grid`, computed once per grid object. */
export function parsedTable(grid: WeightsGrid): WeightsTableResult {
  let parsed = parsedTables.get(grid);
  if (!parsed) {
    parsed = parseWeightsTable(grid);
    parsedTables.set(grid, parsed);
  }
  return parsed;
}

/** The compiled table of `grid`, or null when it cannot be read; computed once per grid object. */
export function draftScorer(grid: WeightsGrid): Scorer | null {
  let scorer = scorers.get(grid);
  if (scorer === undefined) {
    const parsed = parsedTable(grid);
    scorer = parsed.ok ? compileWeights(parsed.table) : null;
    scorers.set(grid, scorer);
  }
  return scorer;
}
