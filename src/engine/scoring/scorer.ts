// A weights table compiled for scoring: per factor, a level matcher and the points each level gives each
// model, on one common scale for the whole table.

import { formatExact } from '../basics/number-text';
import { normalizeKey } from '../basics/text';
import { builtInFactor } from '../model/factors';
import { MODEL_COUNT } from '../model/models';
import type { FactorTable, WeightsTable } from '../model/weights-table';
import { categoryMatcher, type LevelMatcher, numericMatcher } from '../reading/levels';

export interface CompiledFactor {
  readonly name: string;
  readonly weight: number;
  readonly levels: readonly string[];
  /** How a level reads in explanations: the label, or for a numeric factor its band ("2,000 to 100,000"). */
  readonly levelText: readonly string[];
  readonly matcher: LevelMatcher;
  /** Normalized headers that name this column: the factor's name and, for built-ins, its synonyms. */
  readonly headerKeys: readonly string[];
  /**
   * Per level, the levels a misjudgement of it could be (level indexes): its neighbours on the factor's
   * scale (the next band of a numeric factor, Medium for High), none for a level that names what the
   * product is (Product type), every other level for a user's own factor, whose scale is unknown.
   */
  readonly near: readonly (readonly number[])[];
  /**
   * Points this factor adds to each model's score at each level, indexed [level * MODEL_COUNT + model]:
   * POINTS_PER_AFFINITY x weight x affinity / the table's total weight.
   */
  readonly points: Float64Array;
}

export interface Scorer {
  readonly table: WeightsTable;
  /** Factors with a weight above 0, in table order; a weight of 0 means the column is not read at all. */
  readonly factors: readonly CompiledFactor[];
  /** The sum of the compiled factors' weights: the denominator of every score and of the evidence share. */
  readonly totalWeight: number;
}

/**
 * Points per unit of affinity when every factor of the table is known: a model with affinity +2 ("strongly
 * for") on every factor scores 100, one with -2 everywhere scores -100. So a score is
 * 50 x SUMPRODUCT(weights, affinities of the row's levels) / SUM(weights of the table's factors).
 */
export const POINTS_PER_AFFINITY = 50;

/**
 * Compiles a parsed weights table for scoring: factors with weight 0 are left out, and each remaining level's
 * affinities (one per model, in MODEL_IDS order) become points, affinity x POINTS_PER_AFFINITY x weight /
 * the sum of the used weights, so a row's score for a model is the sum of its levels' points (-100..100 when
 * every factor is known). The weighted-sum decision matrix of README.md "How a score is computed".
 * Expects a table parseWeightsTable accepted (at least one weight above 0); does not throw.
 */
export function compileWeights(table: WeightsTable): Scorer {
  const used = table.factors.filter((factor) => factor.weight > 0);
  const totalWeight = used.reduce((sum, factor) => sum + factor.weight, 0);
  const factors = used.map((factor) => compileFactor(factor, POINTS_PER_AFFINITY / totalWeight));
  return { table, factors, totalWeight };
}

function compileFactor(factor: FactorTable, pointsPerWeightedUnit: number): CompiledFactor {
  const builtIn = builtInFactor(factor.name);
  const matcher =
    factor.kind === 'numeric'
      ? numericMatcher(factor.name, factor.bounds)
      : categoryMatcher(factor.name, factor.levels, builtIn?.aliases);
  const points = new Float64Array(factor.levels.length * MODEL_COUNT);
  factor.affinity.forEach((row, l) => {
    for (let m = 0; m < MODEL_COUNT; m++) {
      points[l * MODEL_COUNT + m] = factor.weight * (row[m] as number) * pointsPerWeightedUnit;
    }
  });
  const headers = [factor.name, ...(builtIn?.synonyms ?? [])];
  return {
    name: factor.name,
    weight: factor.weight,
    levels: factor.levels,
    levelText: factor.kind === 'numeric' ? bandTexts(factor.bounds) : factor.levels,
    matcher,
    headerKeys: headers.map(normalizeKey),
    points,
    near: nearLevels(factor),
  };
}

/** CompiledFactor.near of a table's factor. */
function nearLevels(factor: FactorTable): number[][] {
  const n = factor.levels.length;
  const all = (l: number) => Array.from({ length: n }, (_, k) => k).filter((k) => k !== l);
  const builtIn = builtInFactor(factor.name);
  if (builtIn?.scale === 'kinds') return factor.levels.map(() => []);
  // The order the levels run in: by bound for amounts, else the built-in scale; unknown for own factors.
  let order: number[];
  if (factor.kind === 'numeric') {
    order = factor.bounds
      .map((_, l) => l)
      .sort((a, b) => (factor.bounds[a] as number) - (factor.bounds[b] as number));
  } else if (builtIn) {
    const keys = factor.levels.map(normalizeKey);
    order = (builtIn.scale ?? builtIn.levels)
      .map((level) => keys.indexOf(normalizeKey(level)))
      .filter((l) => l >= 0);
    if (order.length !== n) return factor.levels.map((_, l) => all(l));
  } else {
    return factor.levels.map((_, l) => all(l));
  }
  return factor.levels.map((_, l) => {
    const at = order.indexOf(l);
    return [order[at - 1], order[at + 1]].filter((k): k is number => k !== undefined);
  });
}

/**
 * "0 to 50", "50 to 2,000", ..., "100,000 or more" for bounds given in any order, each bound exactly as
 * the table gives it: "0 to 0.12" for a band ending at 0.125 would be false of 0.1232.
 */
function bandTexts(bounds: readonly number[]): string[] {
  const sorted = [...bounds].sort((a, b) => a - b);
  return bounds.map((bound) => {
    const next = sorted.find((b) => b > bound);
    return next === undefined
      ? `${formatExact(bound)} or more`
      : `${formatExact(bound)} to ${formatExact(next)}`;
  });
}
