// Honest accuracy for a fitted table: grouped cross-validation, so that each product is judged by a table
// fitted without it AND without every product that shares its profile (the same factor levels: one product
// listed in five pack sizes is one profile). Without the grouping, a product's copy in the training folds
// teaches the fit the answer and the figure flatters it (judgement.md: "Group folds by product profile").
// Folds follow the profiles themselves (a hash of the levels), never the row order, so the same portfolio
// gives the same folds, figures and verdict however it is sorted.
import { textHash } from '../basics/text-hash';
import { MODEL_COUNT } from '../model/models';
import { createWorkspace, scoreInto } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import type { KnownProducts } from './known-products';

/** Number of grouped folds for a portfolio with more profiles than LEAVE_ONE_OUT_LIMIT. */
export const CV_FOLDS = 5;

/**
 * Up to this many distinct profiles, each profile is its own fold (leave-one-profile-out): a small portfolio
 * keeps as many products as possible to learn from in every fold, and the figure does not depend on how a
 * handful of products happen to be split.
 */
export const LEAVE_ONE_OUT_LIMIT = 20;

/** A product's profile: its level of every compiled factor, as one key. */
function profileKey(known: KnownProducts, i: number): string {
  const factors = known.scorer.factors.length;
  return known.levels.subarray(i * factors, (i + 1) * factors).join(',');
}

/** Products grouped by profile: group index of each known product, and the products of each group. */
export interface ProfileGroups {
  readonly groupOf: Int32Array;
  readonly keys: readonly string[];
}

/**
 * Groups the known products by profile, groups numbered in order of a hash of their key (not row order);
 * another `seed` gives another order, for repeated cross-validation.
 */
export function profileGroups(known: KnownProducts, seed = 0): ProfileGroups {
  const keys = [...new Set(Array.from(known.models, (_, i) => profileKey(known, i)))];
  const hash = new Map(keys.map((key) => [key, textHash(key, seed)]));
  keys.sort((a, b) => (hash.get(a) as number) - (hash.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(keys.map((key, g) => [key, g]));
  const groupOf = Int32Array.from(known.models, (_, i) => index.get(profileKey(known, i)) as number);
  return { groupOf, keys };
}

/** The most frequent known model of each group (ties to the model listed first): what stratifies the folds. */
function groupModels(known: KnownProducts, groups: ProfileGroups): Int32Array {
  const counts = new Int32Array(groups.keys.length * MODEL_COUNT);
  groups.groupOf.forEach((g, i) => {
    const cell = g * MODEL_COUNT + (known.models[i] as number);
    counts[cell] = (counts[cell] as number) + 1;
  });
  return Int32Array.from(groups.keys, (_, g) => {
    let best = 0;
    for (let m = 1; m < MODEL_COUNT; m++)
      if ((counts[g * MODEL_COUNT + m] as number) > (counts[g * MODEL_COUNT + best] as number)) best = m;
    return best;
  });
}

/** How the known products are split: the fold of each product, and how many folds. */
export interface FoldPlan {
  readonly foldOf: Int32Array;
  /** How many known products share each product's profile (1 for a product listed once). */
  readonly groupSize: Int32Array;
  readonly folds: number;
  /** Each profile its own fold. */
  readonly leaveOneOut: boolean;
}

/**
 * Folds by profile: leave-one-profile-out up to LEAVE_ONE_OUT_LIMIT profiles, else CV_FOLDS folds
 * stratified by model (within each model, its profiles in hash order go to folds 0, 1, ..., k-1, 0, ...).
 * Every product of a profile sits in one fold. `repeat` picks another deterministic split of the same kind.
 */
export function planFolds(known: KnownProducts, repeat = 0): FoldPlan {
  const groups = profileGroups(known, repeat);
  const count = groups.keys.length;
  const sizes = new Int32Array(count);
  for (const g of groups.groupOf) sizes[g] = (sizes[g] as number) + 1;
  const groupSize = Int32Array.from(groups.groupOf, (g) => sizes[g] as number);
  if (count <= LEAVE_ONE_OUT_LIMIT) {
    return { foldOf: groups.groupOf.slice(), groupSize, folds: count, leaveOneOut: true };
  }
  const modelOf = groupModels(known, groups);
  const seen = new Int32Array(MODEL_COUNT);
  const foldOfGroup = Int32Array.from(modelOf, (m) => {
    const i = seen[m] as number;
    seen[m] = i + 1;
    return i % CV_FOLDS;
  });
  const foldOf = Int32Array.from(groups.groupOf, (g) => foldOfGroup[g] as number);
  return { foldOf, groupSize, folds: CV_FOLDS, leaveOneOut: false };
}

/** How many known products a table recommends right, out of how many. */
export interface Agreement {
  readonly agree: number;
  readonly total: number;
}

/**
 * The model `scorer` recommends for each known product (MODEL_IDS order), scored exactly as DISTMODEL scores
 * it (ties go to the model listed first); -1 where `which` leaves a product out. `scorer` must have the
 * known products' factors in the same order as the scorer they were read with.
 */
export function predict(
  scorer: Scorer,
  known: KnownProducts,
  which: (i: number) => boolean = () => true,
  into: Int32Array = new Int32Array(known.rows.length).fill(-1),
): Int32Array {
  const reader = known.readAs(scorer);
  const ws = createWorkspace(reader);
  known.rows.forEach((row, i) => {
    if (!which(i)) return;
    scoreInto(reader, ws, row, known.columns);
    into[i] = ws.status === 'scored' ? ws.best : -1;
  });
  return into;
}

/**
 * Splits repeated when folds are drawn (k-fold): one split's figure moves by several products with the luck
 * of the draw, and the verdict must not; leave-one-profile-out has only one split.
 */
export const CV_REPEATS = 3;

/** Cross-validated predictions: per split, each product's model as recommended by a table fitted without its fold. */
export interface CrossValidation {
  /** One prediction per split (CV_REPEATS for k-fold, one for leave-one-profile-out). */
  readonly predictions: readonly Int32Array[];
  readonly plan: FoldPlan;
}

/**
 * Cross-validates a fitting procedure: for each split and each fold of `planFolds`, `fitWithout(inTraining)`
 * fits a table on the other folds' products, and that table predicts the fold's products.
 */
export function crossValidate(
  known: KnownProducts,
  fitWithout: (inTraining: (i: number) => boolean) => Scorer,
): CrossValidation {
  const first = planFolds(known);
  const repeats = first.leaveOneOut ? 1 : CV_REPEATS;
  const predictions: Int32Array[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const plan = repeat === 0 ? first : planFolds(known, repeat);
    const predicted = new Int32Array(known.rows.length).fill(-1);
    for (let fold = 0; fold < plan.folds; fold++) {
      const scorer = fitWithout((i) => plan.foldOf[i] !== fold);
      predict(scorer, known, (i) => plan.foldOf[i] === fold, predicted);
    }
    predictions.push(predicted);
  }
  return { predictions, plan: first };
}
