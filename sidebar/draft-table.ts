// The draft weights as the engine reads them, computed once per draft: the Weights panel shows its problems,
// the preview, the what-if and the column list score with its compiled table. The store keeps the one copy
// (Store.draftTable), so an edit parses the grid once, whatever number of panels follow it.
import { compileWeights, parseWeightsTable, type Scorer, type TableProblem } from '../src/engine';
import type { WeightsGrid } from '../src/shared/sidebar-contract';

export interface DraftTable {
  /** The grid read (rows x columns as the weights sheet stores it). */
  readonly grid: WeightsGrid;
  /** The engine's problems with it; empty when it is valid. Rows and columns index `grid`. */
  readonly problems: readonly TableProblem[];
  /** The compiled table; null when the grid has problems. */
  readonly scorer: Scorer | null;
}

/** Reads a draft grid with the engine's parser (the same one DISTMODEL uses) and compiles it when valid. */
export function readDraft(grid: WeightsGrid): DraftTable {
  const parsed = parseWeightsTable(grid);
  return parsed.ok
    ? { grid, problems: [], scorer: compileWeights(parsed.table) }
    : { grid, problems: parsed.problems, scorer: null };
}
