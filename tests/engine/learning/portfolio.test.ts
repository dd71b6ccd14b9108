// Issue #18: learning from portfolios as teams keep them. Copies of one product never sit on both sides of
// a fold, row order never decides, small portfolios are learned from with an honest interval, labels as
// teams write them are read (or left out and counted), and every model is reported on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distmodel,
  fitSummary,
  fittedGrid,
  learnWeights,
  MODEL_DISPLAY_NAMES,
  planFolds,
  weightsTableToGrid,
} from '../../../src/engine/index';
import { readKnownProducts } from '../../../src/engine/learning';
import { resolveWeights } from '../../../src/engine/model';
import { plantedSet } from '../../support/planted';
import { domainGrid, parsedTable } from '../support';

/** The documented domain table: the planted portfolios are labelled from it, so fits start from it. */
const DOMAIN = domainGrid();

type Block = (string | number)[][];

/** Each product listed `times` times under other names (pack sizes): same factors, same known model. */
function listedTimes(
  products: Block,
  models: string[][],
  times: number,
): { products: Block; models: string[][] } {
  const [header = [], ...rows] = products;
  const outRows: Block = [];
  const outModels: string[][] = [];
  rows.forEach((row, i) => {
    for (let k = 0; k < times; k++) {
      outRows.push([`${row[0]} pack ${k + 1}`, ...row.slice(1)]);
      outModels.push(models[i] as string[]);
    }
  });
  return { products: [header, ...outRows], models: outModels };
}

/** The same rows in another order, by a fixed permutation drawn from `seed`. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('leakage: copies of one product never teach the fit its own answer', () => {
  // 40 products whose known models are mostly noise: the fit is rejected on them.
  const noisy = plantedSet(40, 3, 0.6);
  const once = learnWeights(noisy.products, noisy.models, DOMAIN);

  it.each([2, 5])(
    'listing each product %i times changes neither the verdict nor the honest figure',
    (times) => {
      expect(once.verdict).not.toBe('adopted');
      const copies = listedTimes(noisy.products, noisy.models, times);
      const result = learnWeights(copies.products, copies.models, DOMAIN);
      expect(result.verdict).not.toBe('adopted');
      // The figure on unseen products is the same share, not a flattering one.
      const share = (r: typeof once) => r.after.agree / r.after.total;
      expect(Math.abs(share(result) - share(once))).toBeLessThanOrEqual(0.1);
    },
  );

  it('identical profiles sit in one fold, whatever their names and order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 4 }), (seed, times) => {
        const set = plantedSet(30, seed, 0.2);
        const copies = listedTimes(set.products, set.models, times);
        const order = shuffled(
          copies.products.slice(1).map((_, i) => i),
          seed,
        );
        const products = [
          copies.products[0] as (string | number)[],
          ...order.map((i) => copies.products[i + 1] as (string | number)[]),
        ];
        const models = order.map((i) => copies.models[i] as string[]);
        // The products as a fit reads them (learnWeights reads them so before fitting): the folds are
        // planned from them alone, so no fit need run.
        const known = readKnownProducts(resolveWeights('Balanced'), products, models);
        const plan = planFolds(known);
        const foldOfProfile = new Map<string, number>();
        known.rows.forEach((row, i) => {
          const key = JSON.stringify(row.slice(1));
          const fold = plan.foldOf[i] as number;
          expect(foldOfProfile.get(key) ?? fold).toBe(fold);
          foldOfProfile.set(key, fold);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('row order never decides', () => {
  it('the same portfolio sorted differently gives the same verdict, figures and table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (seed, order) => {
        const set = plantedSet(60, seed, 0.15);
        const rows = set.products.slice(1).map((row, i) => ({ row, model: set.models[i] as string[] }));
        const sorted = shuffled(rows, order);
        const a = learnWeights(set.products, set.models);
        const b = learnWeights(
          [set.products[0] as (string | number)[], ...sorted.map((r) => r.row)],
          sorted.map((r) => r.model),
        );
        expect(b.verdict).toBe(a.verdict);
        expect(b.after).toEqual(a.after);
        expect(b.afterByModel).toEqual(a.afterByModel);
        expect(weightsTableToGrid(b.table)).toEqual(weightsTableToGrid(a.table));
      }),
      { numRuns: 6 },
    );
  });
});

describe('small portfolios are learned from, with an honest interval', () => {
  it('four known products of one model and a dozen of others: a fit, judged one profile at a time', () => {
    const set = plantedSet(40, 12, 0);
    const seen = new Map<string, number>();
    const models = set.models.map(([m]) => {
      const n = (seen.get(m as string) ?? 0) + 1;
      seen.set(m as string, n);
      return [m === 'Open resale' && n > 4 ? '' : (m as string)];
    });
    const result = learnWeights(set.products, models);
    expect(result.perModel[3]).toBe(4);
    expect(result.plan.leaveOneOut || result.plan.folds === 5).toBe(true);
    expect(fitSummary(result)).toMatch(/the fit agrees with \d+ of \d+ \(\d+%; 95% interval \d+% to \d+%\)/);
  });

  it('two known products per model are enough, and the figure says how uncertain it is', () => {
    const set = plantedSet(80, 4, 0);
    const picked: number[] = [];
    for (const name of MODEL_DISPLAY_NAMES) {
      set.models.forEach(([m], i) => {
        if (m === name && picked.filter((p) => set.models[p]?.[0] === name).length < 2) picked.push(i);
      });
    }
    const products = [
      set.products[0] as (string | number)[],
      ...picked.map((i) => set.products[i + 1] as (string | number)[]),
    ];
    const result = learnWeights(
      products,
      picked.map((i) => set.models[i] as string[]),
    );
    expect(result.known.rows).toHaveLength(8);
    expect(result.plan.leaveOneOut).toBe(true);
    expect(fitSummary(result)).toContain('leaving out one product profile at a time, 8 profiles');
    expect(fitSummary(result)).toMatch(/95% interval \d+% to \d+%/);
  });
});

describe('labels as teams write them', () => {
  const set = plantedSet(60, 30, 0);
  const spelled: Record<string, string> = {
    'Authorized dealers': 'Authorised dealers',
    'Open resale': 'Retail',
    'Direct (automated purchase)': 'Self-serve',
    'Direct (assisted sales)': 'Sales team',
  };

  it('common spellings and short names are the models they mean', () => {
    const loose = set.models.map(([m], i) => [i % 2 === 0 ? (spelled[m as string] ?? '') : (m as string)]);
    const dealers = set.models.map(([m]) => [m === 'Authorized dealers' ? 'Dealers' : (m as string)]);
    expect(fittedGrid(learnWeights(set.products, loose))).toEqual(
      fittedGrid(learnWeights(set.products, set.models)),
    );
    expect(fittedGrid(learnWeights(set.products, dealers))).toEqual(
      fittedGrid(learnWeights(set.products, set.models)),
    );
  });

  it('placeholders mean "not known": the row is left out, nothing stops', () => {
    const models = set.models.map(([m], i) => [['TBD', 'N/A', '#N/A', '-', '?'][i % 7] ?? (m as string)]);
    const result = learnWeights(set.products, models);
    expect(result.known.skipped).toEqual([]);
    expect(result.known.rows.length).toBe(
      models.filter(([m]) => !['TBD', 'N/A', '#N/A', '-', '?'].includes(m as string)).length,
    );
  });

  it('a word that is no model leaves the row out and the note counts it', () => {
    const models = set.models.map(([m], i) => [i === 3 || i === 9 || i === 20 ? 'Amazon' : (m as string)]);
    const result = learnWeights(set.products, models);
    expect(result.known.skipped).toHaveLength(3);
    expect(fitSummary(result)).toContain(
      '3 rows left out (models row 4: "Amazon" is not a distribution model; models row 10: "Amazon" is not a distribution model, and 1 more)',
    );
  });
});

describe('every model counted', () => {
  // 100 products of one model, 5 of each other.
  const big = plantedSet(600, 5, 0.1);
  const counts = new Map<string, number>();
  const keep = big.models.map(([m]) => {
    const n = (counts.get(m as string) ?? 0) + 1;
    counts.set(m as string, n);
    return n <= (m === 'Authorized dealers' ? 100 : 5);
  });
  const products = [
    big.products[0] as (string | number)[],
    ...big.products.slice(1).filter((_, i) => keep[i]),
  ];
  const models = big.models.filter((_, i) => keep[i]);
  const result = learnWeights(products, models);

  it('reports agreement per model and balanced accuracy, not only overall', () => {
    expect(result.afterByModel.map((a) => a.total)).toEqual([5, 5, 100, 5]);
    const summary = fitSummary(result);
    for (const [m, name] of MODEL_DISPLAY_NAMES.entries()) {
      expect(summary).toContain(
        `${name} ${result.afterByModel[m]?.agree} of ${result.afterByModel[m]?.total} (start ${result.beforeByModel[m]?.agree})`,
      );
    }
    expect(summary).toMatch(/balanced accuracy \d+% \(start \d+%\)/);
  });

  it('a fit that gets a model worse by more than one unseen product says so, or is not adopted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const set = plantedSet(120, seed, 0.25);
        const r = learnWeights(set.products, set.models, 'Balanced', 2);
        const worse = r.beforeByModel.flatMap((b, m) =>
          b.agree - (r.afterByModel[m]?.agree ?? 0) > 1 ? [m] : [],
        );
        expect(r.hurt).toEqual(worse);
        if (worse.length > 0) {
          expect(fitSummary(r)).toContain('Beware: it gets more unseen products of');
          for (const m of worse) expect(fitSummary(r)).toContain(MODEL_DISPLAY_NAMES[m] as string);
        }
        if (r.verdict === 'adopted') expect(r.balancedAfter).toBeGreaterThanOrEqual(r.balancedBefore);
      }),
      { numRuns: 5 },
    );
  });
});

describe('criteria weights are learned too, pulled toward the start', () => {
  it('a factor the team weighs more than the start does gets a larger weight', () => {
    // The team's practice: Local service counts three times as much as any other factor.
    const balanced = parsedTable(DOMAIN);
    const team = {
      factors: balanced.factors.map((f) => (f.name === 'Local service' ? { ...f, weight: 3 } : f)),
    };
    const set = plantedSet(600, 17, 0);
    const labels = distmodel(set.products, weightsTableToGrid(team), 'model')
      .slice(1)
      .map((row) => [String(row[0])]);
    const result = learnWeights(set.products, labels, DOMAIN, 2);
    expect(result.verdict).toBe('adopted');
    const weight = (name: string) => result.table.factors.find((f) => f.name === name)?.weight ?? 0;
    expect(weight('Local service')).toBeGreaterThan(1);
    expect(result.weightChanges.some((w) => w.factor === 'Local service' && w.to > w.from)).toBe(true);
    expect(String(fittedGrid(result)[1]?.[7])).toMatch(/criteria weights changed/);
  });
});
