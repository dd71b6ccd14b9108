// A weights table compiled for scoring: per factor, a level matcher and the weighted affinities, with each
// model's weighted minimum and maximum so a row can be scaled over the factors it actually has.
import { builtInFactor } from './factors';
import { categoryMatcher, type LevelMatcher, numericMatcher } from './levels';
import { MODEL_COUNT } from './models';
import { normalizeKey } from './text';
import type { WeightsTable } from './weights-table';

export interface CompiledFactor {
  readonly name: string;
  readonly weight: number;
  readonly levels: readonly string[];
  /** How a level reads in explanations: the label, or for a numeric factor its band ("2,000 to 100,000"). */
  readonly levelText: readonly string[];
  readonly matcher: LevelMatcher;
  /** Normalized headers that name this column: the factor's name and, for built-ins, its synonyms. */
  readonly headerKeys: readonly string[];
  /** weight * affinity, indexed [level * MODEL_COUNT + model]. */
  readonly weighted: Float64Array;
  /** weight * the lowest and highest affinity over the levels, per model. */
  readonly low: Float64Array;
  readonly high: Float64Array;
}

export interface Scorer {
  readonly table: WeightsTable;
  /** Factors with a weight above 0, in table order; a weight of 0 means the column is not read at all. */
  readonly factors: readonly CompiledFactor[];
  /** Sums of every factor's low and high per model: a row knowing every factor scales between these. */
  readonly totalLow: Float64Array;
  readonly totalHigh: Float64Array;
}

export function compileWeights(table: WeightsTable): Scorer {
  const factors: CompiledFactor[] = [];
  for (const factor of table.factors) {
    if (factor.weight <= 0) continue;
    const builtIn = builtInFactor(factor.name);
    const matcher =
      factor.kind === 'numeric'
        ? numericMatcher(factor.name, factor.bounds)
        : categoryMatcher(factor.name, factor.levels, builtIn?.aliases);
    const weighted = new Float64Array(factor.levels.length * MODEL_COUNT);
    const low = new Float64Array(MODEL_COUNT).fill(Number.POSITIVE_INFINITY);
    const high = new Float64Array(MODEL_COUNT).fill(Number.NEGATIVE_INFINITY);
    factor.affinity.forEach((row, l) => {
      for (let m = 0; m < MODEL_COUNT; m++) {
        const value = factor.weight * (row[m] as number);
        weighted[l * MODEL_COUNT + m] = value;
        low[m] = Math.min(low[m] as number, value);
        high[m] = Math.max(high[m] as number, value);
      }
    });
    const headers = [factor.name, ...(builtIn?.synonyms ?? [])];
    factors.push({
      name: factor.name,
      weight: factor.weight,
      levels: factor.levels,
      levelText: factor.kind === 'numeric' ? bandTexts(factor.bounds) : factor.levels,
      matcher,
      headerKeys: headers.map(normalizeKey),
      weighted,
      low,
      high,
    });
  }
  const totalLow = new Float64Array(MODEL_COUNT);
  const totalHigh = new Float64Array(MODEL_COUNT);
  for (const factor of factors) {
    for (let m = 0; m < MODEL_COUNT; m++) {
      totalLow[m] = (totalLow[m] as number) + (factor.low[m] as number);
      totalHigh[m] = (totalHigh[m] as number) + (factor.high[m] as number);
    }
  }
  return { table, factors, totalLow, totalHigh };
}

const formatAmount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "0 to 50", "50 to 2,000", ..., "100,000 or more" for bounds given in any order. */
function bandTexts(bounds: readonly number[]): string[] {
  const sorted = [...bounds].sort((a, b) => a - b);
  return bounds.map((bound) => {
    const next = sorted.find((b) => b > bound);
    return next === undefined
      ? `${formatAmount(bound)} or more`
      : `${formatAmount(bound)} to ${formatAmount(next)}`;
  });
}
