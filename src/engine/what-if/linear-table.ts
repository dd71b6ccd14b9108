// The weights table as the what-if analyses need it: per compiled factor, its weight and raw affinities
// (not the scaled points the scorer sums), and for a numeric factor its levels in order of their bounds.
// Sensitivity works on raw weight x affinity sums, which are exact for the small numbers a table holds,
// rather than on points already divided by the total weight.
import { MODEL_COUNT } from '../model/models';
import type { Scorer } from '../scoring/scorer';

export interface LinearFactor {
  readonly weight: number;
  /** Affinity of each level for each model, indexed [level * MODEL_COUNT + model]. */
  readonly affinity: Float64Array;
  /** Numeric factors only: level indexes sorted by lower bound (ascending); null for a category factor. */
  readonly byBound: readonly number[] | null;
  /** Numeric factors only: lower bound of each level (table order). */
  readonly bounds: readonly number[];
}

const cache = new WeakMap<Scorer, readonly LinearFactor[]>();

/**
 * One LinearFactor per compiled factor of `scorer`, in the same order (the table's factors with a weight
 * above 0, as compileWeights keeps them). Built once per scorer.
 */
export function linearFactors(scorer: Scorer): readonly LinearFactor[] {
  let factors = cache.get(scorer);
  if (!factors) {
    factors = scorer.table.factors
      .filter((factor) => factor.weight > 0)
      .map((factor) => {
        const affinity = new Float64Array(factor.levels.length * MODEL_COUNT);
        factor.affinity.forEach((row, l) => {
          for (let m = 0; m < MODEL_COUNT; m++) affinity[l * MODEL_COUNT + m] = row[m] as number;
        });
        const byBound =
          factor.kind === 'numeric'
            ? factor.bounds
                .map((_, l) => l)
                .sort((a, b) => (factor.bounds[a] as number) - (factor.bounds[b] as number))
            : null;
        return { weight: factor.weight, affinity, byBound, bounds: factor.bounds };
      });
    cache.set(scorer, factors);
  }
  return factors;
}
