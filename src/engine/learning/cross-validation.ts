// Honest accuracy for a fitted table: k-fold cross-validation, so that each product is judged by a table
// fitted without it. Folds are assigned without randomness, so the same inputs give the same figures on
// every run and machine.

import { createWorkspace, scoreInto } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import type { KnownProducts } from './known-products';

/** Number of cross-validation folds. */
export const CV_FOLDS = 5;

/**
 * Fold of each known product (0 to k-1), stratified by model: within each model, in row order, the i-th
 * product of that model goes to fold i mod k. So every fold holds about a k-th of each model, and a model
 * with at least k products appears in every fold.
 */
export function assignFolds(models: Int32Array, k: number = CV_FOLDS): Int32Array {
  const seen = new Map<number, number>();
  return models.map((m) => {
    const i = seen.get(m) ?? 0;
    seen.set(m, i + 1);
    return i % k;
  });
}

/** How many known products a table recommends right, out of how many. */
export interface Agreement {
  readonly agree: number;
  readonly total: number;
}

/**
 * Of the known products `which` selects (all when omitted), how many `scorer` recommends as their known
 * model: scored exactly as DISTMODEL scores them (ties go to the model listed first). `scorer` must have
 * the known products' factors in the same order as the scorer they were read with.
 */
export function agreement(
  scorer: Scorer,
  known: KnownProducts,
  which: (i: number) => boolean = () => true,
): Agreement {
  const reader = known.readAs(scorer);
  const ws = createWorkspace(reader);
  let agree = 0;
  let total = 0;
  known.rows.forEach((row, i) => {
    if (!which(i)) return;
    total++;
    scoreInto(reader, ws, row, known.columns);
    if (ws.status === 'scored' && ws.best === known.models[i]) agree++;
  });
  return { agree, total };
}

/**
 * Cross-validated agreement of a fitting procedure: for each fold, `fitWithout(inTraining)` fits a table on
 * the other folds' products, and that table is scored on the fold's products. Summed over the folds.
 */
export function crossValidate(
  known: KnownProducts,
  fitWithout: (inTraining: (i: number) => boolean) => Scorer,
  k: number = CV_FOLDS,
): Agreement {
  const folds = assignFolds(known.models, k);
  let agree = 0;
  let total = 0;
  for (let fold = 0; fold < k; fold++) {
    const scorer = fitWithout((i) => folds[i] !== fold);
    const result = agreement(scorer, known, (i) => folds[i] === fold);
    agree += result.agree;
    total += result.total;
  }
  return { agree, total };
}
