// Shared by the engine tests: the affinity table as ../shared/docs/domain.md documents it, and a reference implementation of the scoring rule of issue #7 (the plain weighted sum), written from
// the spec rather than from the engine, so the engine's numbers are checked against the rule itself.
import { BUILT_IN_FACTORS, parseWeightsTable, TIE_EPSILON, type WeightsTable } from '../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../support/sheet-headers';

export type Affinity = readonly [number, number, number, number];

/**
 * The starting affinity table of ../shared/docs/domain.md, transcribed by hand (the Price bands written as
 * their lower bounds), so the Balanced preset is checked against the documented table, not against itself.
 */
export const DOMAIN_AFFINITY: readonly (readonly [factor: string, level: string, affinity: Affinity])[] = [
  ['Customer', 'B2B', [2, 0, 0, -1]],
  ['Customer', 'B2C', [-1, 1, 1, 1]],
  ['Customer', 'Both', [0, 1, 0, 1]],
  ['Product type', 'Software', [1, 2, -1, -2]],
  ['Product type', 'Physical', [0, -2, 1, 1]],
  ['Product type', 'Service', [1, 0, 0, -1]],
  ['Price', '0', [-2, 1, -2, 2]],
  ['Price', '50', [-1, 2, 1, 0]],
  ['Price', '2000', [1, -1, 2, -2]],
  ['Price', '100000', [2, -2, 1, -2]],
  ['See before buying', 'Yes', [1, -1, 2, -1]],
  ['See before buying', 'No', [0, 1, -1, 1]],
  ['Complexity', 'High', [2, -2, 1, -2]],
  ['Complexity', 'Medium', [1, 0, 1, -1]],
  ['Complexity', 'Low', [-1, 1, 0, 1]],
  ['Control', 'High', [1, 1, 2, -2]],
  ['Control', 'Medium', [0, 1, 0, 0]],
  ['Control', 'Low', [-1, -1, -1, 2]],
  ['Reach', 'High', [-2, 1, -1, 2]],
  ['Reach', 'Medium', [0, 0, 1, 0]],
  ['Reach', 'Low', [1, -1, 0, -2]],
  ['Market', 'Mass', [-2, 1, -1, 2]],
  ['Market', 'Niche', [1, -1, 1, -2]],
  ['Buyers', 'Many', [-2, 1, 1, 2]],
  ['Buyers', 'Few', [2, -1, 0, -2]],
  ['Local service', 'Yes', [1, -2, 2, -1]],
  ['Local service', 'No', [0, 1, -1, 1]],
  ['Purchase frequency', 'Frequent', [-2, 0, -1, 2]],
  ['Purchase frequency', 'Occasional', [0, 1, 0, 1]],
  ['Purchase frequency', 'Rare', [1, 0, 1, -1]],
];

export type TableRow = readonly [factor: string, level: string | number, weight: number | '', ...Affinity];

/** A weights table grid: the documented header, then the given rows. */
export function tableGrid(rows: readonly TableRow[]): unknown[][] {
  return [[...WEIGHTS_TABLE_HEADER], ...rows.map((row) => [...row])];
}

/** The domain table as a weights table grid, every factor weighing `weightOf(factor)` (1 by default). */
export function domainGrid(weightOf: (factor: string) => number = () => 1): unknown[][] {
  return tableGrid(DOMAIN_AFFINITY.map(([factor, level, a]) => [factor, level, weightOf(factor), ...a]));
}

export function parsedTable(grid: readonly (readonly unknown[])[]): WeightsTable {
  const result = parseWeightsTable(grid);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.table;
}

/** A row as the reference scorer reads it: factor name -> canonical level (a bound for a numeric factor). */
export type KnownLevels = Readonly<Record<string, string>>;

export interface ReferenceResult {
  /** Exact scores in points, model order. */
  readonly scores: readonly number[];
  readonly best: number;
  readonly second: number;
  /** Exact margin, points. */
  readonly margin: number;
  /** Known factors' share of the table's total weight, 0-1. */
  readonly share: number;
}

/**
 * Issue #7 as plain arithmetic, the weighted-sum decision matrix: each model's score is
 * 50 x SUMPRODUCT(weight, affinity) over the row's known factors / the sum of the table's weights (factors
 * weighing 0 left out); the top model wins, an exact tie goes to the model listed first.
 */
export function referenceScore(table: WeightsTable, known: KnownLevels): ReferenceResult {
  const sum = [0, 0, 0, 0];
  let total = 0;
  let knownWeight = 0;
  for (const factor of table.factors) {
    total += factor.weight;
    const label = known[factor.name];
    if (label === undefined || factor.weight === 0) continue;
    const level = factor.levels.indexOf(label);
    if (level < 0) throw new Error(`reference: ${factor.name} has no level ${label}`);
    knownWeight += factor.weight;
    for (let m = 0; m < 4; m++)
      sum[m] = (sum[m] as number) + factor.weight * (factor.affinity[level]?.[m] as number);
  }
  const scores = sum.map((s) => (50 * s) / total);
  const order = [0, 1, 2, 3].sort((a, b) => {
    const d = (scores[b] as number) - (scores[a] as number);
    return Math.abs(d) <= TIE_EPSILON ? a - b : d;
  });
  const best = order[0] as number;
  const second = order[1] as number;
  return {
    scores,
    best,
    second,
    margin: (scores[best] as number) - (scores[second] as number),
    share: knownWeight / total,
  };
}

/** Lower bound of the Price level a value falls in: the largest documented bound not above it. */
export function priceBound(amount: number): string {
  const bounds = DOMAIN_AFFINITY.filter(([f]) => f === 'Price').map(([, level]) => Number(level));
  const fit = bounds.filter((b) => b <= amount);
  if (fit.length === 0) throw new Error(`no Price level for ${amount}`);
  return String(Math.max(...fit));
}

/** A calibration product as the reference scorer reads it (its values are canonical levels already). */
export function knownLevelsOf(header: readonly string[], cells: readonly unknown[]): KnownLevels {
  const known: Record<string, string> = {};
  header.forEach((name, i) => {
    const value = cells[i];
    if (name === 'Product' || value === '' || value === undefined) return;
    known[name] = name === 'Price' ? priceBound(Number(value)) : String(value);
  });
  return known;
}

export const FACTOR_NAMES: readonly string[] = BUILT_IN_FACTORS.map((f) => f.name);

/**
 * A product given as factor -> value, laid out as a headed block of one row. The Product column makes the
 * header recognisable (two known headers) even when a single factor is given.
 */
export function headedRow(values: Readonly<Record<string, unknown>>): unknown[][] {
  const names = Object.keys(values);
  return [
    ['Product', ...names],
    ['Test product', ...names.map((n) => values[n])],
  ];
}
