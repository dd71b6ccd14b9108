// The draft weights as the engine reads them, computed once per draft: the Weights panel shows its problems,
// the preview, the what-if and the column list score with its compiled table. The store keeps the one copy
// (Store.draftTable), so an edit parses the grid once, whatever number of panels follow it. Also here: when
// two grids mean the same to the engine, which is what "unsaved changes" means.
import {
  compileWeights,
  isBlank,
  parseWeightsTable,
  readNumber,
  type Scorer,
  type TableProblem,
} from '../src/engine';
import type { PlainCell, WeightsGrid } from '../src/shared/sidebar-contract';

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

/** A cell as the engine reads its text: blank is "", anything else trimmed. */
export function cellText(value: PlainCell | undefined): string {
  return isBlank(value) ? '' : String(value).trim();
}

/** Two cells mean the same to the engine: both blank, the same number, or the same text. */
function sameCell(a: PlainCell | undefined, b: PlainCell | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  const na = readNumber(a);
  const nb = readNumber(b);
  if (Number.isFinite(na) || Number.isFinite(nb)) return na === nb;
  return cellText(a) === cellText(b);
}

export function sameGrid(a: WeightsGrid, b: WeightsGrid): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const ra = a[r] ?? [];
    const rb = b[r] ?? [];
    const cols = Math.max(ra.length, rb.length);
    for (let c = 0; c < cols; c++) if (!sameCell(ra[c], rb[c])) return false;
  }
  return true;
}

/** Whether a cell differs from the saved grid, for the unsaved-change marks. */
export function cellChanged(base: WeightsGrid, draft: WeightsGrid, row: number, col: number): boolean {
  return !sameCell(base[row]?.[col], draft[row]?.[col]);
}

export function cloneGrid(grid: WeightsGrid): WeightsGrid {
  return grid.map((row) => [...row]);
}
