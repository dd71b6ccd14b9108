// Planted truth for the fitting tests and benchmark: a known weights table (Balanced with a team's own
// practice written into some cells), products drawn with a fixed seed, each labelled with the model the
// planted table recommends, and some labels replaced by noise. The fit never sees the planted table.

import { prng } from '../../bench/products';
import { compileWeights, type WeightsTable } from '../../src/engine/index';
import { domainGrid, parsedTable } from '../engine/support';

/** The documented domain table: the planted team's start, fixed whatever the shipped Balanced becomes. */
const domainTable = (): WeightsTable => parsedTable(domainGrid());

import { MODEL_DISPLAY_NAMES } from '../../src/engine/model/models';
import { createWorkspace, scoreInto } from '../../src/engine/scoring/score';
import { PRODUCT_TABLE_HEADER } from './sheet-headers';

/** Cells of Balanced the planted team sees differently: factor, level, model index, new affinity. */
export const PLANTED_CHANGES: readonly (readonly [string, string, number, number])[] = [
  ['Customer', 'Both', 2, 2],
  ['Product type', 'Physical', 3, 2],
  ['Price', '50', 3, 1],
  ['Price', '50', 1, 1],
  ['Control', 'Medium', 2, 1],
  ['Reach', 'High', 2, 1],
  ['Market', 'Mass', 0, -1],
  ['Purchase frequency', 'Occasional', 3, 2],
  ['Buyers', 'Many', 3, 1],
  ['Complexity', 'Low', 1, 2],
  ['Local service', 'No', 1, 2],
];

export function plantedTable(): WeightsTable {
  const balanced = domainTable();
  return {
    factors: balanced.factors.map((factor) => ({
      ...factor,
      affinity: factor.affinity.map((row, l) =>
        row.map((a, m) => {
          const hit = PLANTED_CHANGES.find(
            ([f, level, model]) => f === factor.name && level === factor.levels[l] && model === m,
          );
          return hit ? hit[3] : a;
        }),
      ),
    })),
  };
}

/** A value of each factor drawn at random: prices spread over seven orders of magnitude. */
function randomRow(random: () => number, name: string): (string | number)[] {
  const balanced = domainTable();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return [
    name,
    ...PRODUCT_TABLE_HEADER.slice(1).map((header) => {
      const factor = balanced.factors.find((f) => f.name === header);
      if (!factor) throw new Error(`no factor ${header}`);
      return factor.kind === 'numeric' ? Math.round(10 ** (random() * 7)) : pick(factor.levels);
    }),
  ];
}

export interface PlantedSet {
  /** Header row, then one row per product. */
  readonly products: (string | number)[][];
  /** The model each product is labelled with (noise included), one per data row. */
  readonly models: string[][];
  /** What the planted table recommends for each product (no noise). */
  readonly truth: string[];
}

/** `count` products; `noise` is the share of labels replaced by another model, drawn at random. */
export function plantedSet(count: number, seed: number, noise = 0.1): PlantedSet {
  const random = prng(seed);
  const scorer = compileWeights(plantedTable());
  const ws = createWorkspace(scorer);
  const columns = Int32Array.from(scorer.factors.map((f) => PRODUCT_TABLE_HEADER.indexOf(f.name as never)));
  const products: (string | number)[][] = [[...PRODUCT_TABLE_HEADER]];
  const models: string[][] = [];
  const truth: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = randomRow(random, `Product ${i + 1}`);
    scoreInto(scorer, ws, row, columns);
    const planted = MODEL_DISPLAY_NAMES[ws.best] as string;
    const flip = random() < noise;
    const other = MODEL_DISPLAY_NAMES[(ws.best + 1 + Math.floor(random() * 3)) % 4] as string;
    products.push(row);
    truth.push(planted);
    models.push([flip ? other : planted]);
  }
  return { products, models, truth };
}
