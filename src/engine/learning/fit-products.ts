// Which of the team's own products a fit leaves wrong, and which answers it changes: after Learn, a user
// must see who still disagrees with the table and what adopting it would move, product by product.
import { MODEL_DISPLAY_NAMES } from '../model/models';
import type { LearnResult } from './learn';

/** One known product, named by its data row (0-based below the header) and its Product cell. */
export interface FitProduct {
  readonly row: number;
  readonly product: string;
  /** Display names: the model the team sells it through, the start's answer, the table's answer. */
  readonly known: string;
  readonly start: string;
  readonly table: string;
}

/** At most this many products per list: the sidebar shows the first ones and counts the rest. */
export const FIT_PRODUCTS_SHOWN = 50;

export interface FitProducts {
  /** Known products the table to use still recommends another model for, in row order. */
  readonly stillWrong: readonly FitProduct[];
  readonly stillWrongCount: number;
  /** Known products whose answer the table to use changes from the start's, in row order. */
  readonly changed: readonly FitProduct[];
  readonly changedCount: number;
}

const nameOf = (m: number) => MODEL_DISPLAY_NAMES[m] ?? '';

/** The two lists for `result`: still wrong under the table to use, and changed from the start. */
export function fitProducts(result: LearnResult): FitProducts {
  const { known, startPredicted, tablePredicted } = result;
  const product = (i: number): FitProduct => ({
    row: known.sourceRows[i] as number,
    product: known.names[i] ?? '',
    known: nameOf(known.models[i] as number),
    start: nameOf(startPredicted[i] as number),
    table: nameOf(tablePredicted[i] as number),
  });
  const wrong: number[] = [];
  const changed: number[] = [];
  known.models.forEach((m, i) => {
    if (tablePredicted[i] !== m) wrong.push(i);
    if (tablePredicted[i] !== startPredicted[i]) changed.push(i);
  });
  return {
    stillWrong: wrong.slice(0, FIT_PRODUCTS_SHOWN).map(product),
    stillWrongCount: wrong.length,
    changed: changed.slice(0, FIT_PRODUCTS_SHOWN).map(product),
    changedCount: changed.length,
  };
}
