// Issue #12: learning the weights table from the team's own portfolio. Planted truth (products labelled by a
// known table, with noise), a portfolio that already agrees, the calibration file, custom factors, and every
// kind of bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AFFINITY_STEP,
  CallError,
  CV_FOLDS,
  DEFAULT_STRENGTH,
  distmodel,
  FIT_NOTE_PREFIX,
  fitSummary,
  fittedGrid,
  learnWeights,
  MIN_PRODUCTS_PER_MODEL,
  MODEL_DISPLAY_NAMES,
  parseWeightsTable,
  presetTable,
  type WeightsTable,
  weightsTableToGrid,
} from '../../../src/engine/index';
import { readCalibration } from '../../support/calibration';
import { plantedSet } from '../../support/planted';
import { domainGrid, parsedTable } from '../support';

/** The start table of these tests: the documented domain table, which the planted team's truth is built on. */
const DOMAIN = domainGrid();

const calibration = readCalibration();
const calibrationBlock = [calibration.header, ...calibration.products.map((p) => p.cells)];
const calibrationModels = calibration.products.map((p) => [p.expected]);

/** How many products of a block (header first) a table recommends as `expected` says. */
function agreeing(
  block: readonly (readonly unknown[])[],
  weights: unknown,
  expected: readonly string[],
): number {
  return distmodel(block, weights)
    .slice(1)
    .filter((row, i) => row[0] === expected[i]).length;
}

const gridOf = (table: WeightsTable) => weightsTableToGrid(table);

describe('planted truth', () => {
  const train = plantedSet(600, 8);
  const unseen = plantedSet(2000, 99, 0);
  const result = learnWeights(train.products, train.models, DOMAIN);

  it('recovers the planted recommendations on unseen products better than Balanced does', () => {
    const balanced = agreeing(unseen.products, DOMAIN, unseen.truth);
    const fitted = agreeing(unseen.products, gridOf(result.table), unseen.truth);
    expect(result.verdict).toBe('adopted');
    expect(fitted).toBeGreaterThan(balanced + 0.03 * unseen.truth.length);
  });

  it('reports cross-validated agreement above the start, over every known product', () => {
    expect(result.before.total).toBe(600);
    expect(result.after.total).toBe(600);
    expect(result.after.agree).toBeGreaterThan(result.before.agree);
    // The start's figure is its plain agreement: it was made without any of these products.
    expect(result.before.agree).toBe(
      agreeing(
        train.products,
        DOMAIN,
        train.models.map((m) => m[0] ?? ''),
      ),
    );
  });

  it('keeps factors and levels, moves affinities by readable steps and weights within the strength', () => {
    const start = parsedTable(DOMAIN);
    expect(result.table.factors.map((f) => [f.name, f.levels])).toEqual(
      start.factors.map((f) => [f.name, f.levels]),
    );
    result.table.factors.forEach((f, i) => {
      const from = start.factors[i]?.weight ?? 0;
      expect(f.weight).toBeGreaterThanOrEqual(from / (1 + DEFAULT_STRENGTH / 2));
      expect(f.weight).toBeLessThanOrEqual(from * (1 + DEFAULT_STRENGTH / 2));
    });
    expect(result.changes.length).toBeGreaterThan(0);
    for (const c of result.changes) {
      expect(Math.abs(c.to - c.from)).toBeLessThanOrEqual(DEFAULT_STRENGTH);
      expect(Number.isInteger((c.to - c.from) / AFFINITY_STEP)).toBe(true);
      expect(Math.abs(c.to)).toBeLessThanOrEqual(2);
    }
  });

  it('spills a complete table that DISTMODEL reads, with a note on every changed row', () => {
    const grid = fittedGrid(result);
    expect(grid[0]).toEqual([...(weightsTableToGrid(parsedTable(DOMAIN))[0] ?? []), 'Note']);
    const parsed = parseWeightsTable(grid);
    expect(parsed.ok && parsed.table).toEqual(result.table);
    const changedRows = new Set(result.changes.map((c) => `${c.factor}|${c.level}`));
    const weightRows = new Set(
      result.weightChanges.map((w) => {
        const factor = result.table.factors.find((f) => f.name === w.factor);
        return `${w.factor}|${factor?.kind === 'numeric' ? factor.bounds[0] : factor?.levels[0]}`;
      }),
    );
    for (const row of grid.slice(1)) {
      const note = String(row[7]);
      const key = `${row[0]}|${row[1]}`;
      if (changedRows.has(key)) expect(note).toMatch(/[+-]\d(\.5)? ?|known products have/);
      else if (weightRows.has(key)) expect(note).toMatch(/^Fit: weight \d/);
      else if (row !== grid[1]) expect(note).toBe('');
    }
    expect(String(grid[1]?.[7])).toContain(`${CV_FOLDS}-fold cross-validation grouped by product profile`);
    expect(String(grid[1]?.[7])).toContain(`the fit agrees with ${result.after.agree} of 600`);
  });

  it('says what changed and why on each changed row', () => {
    const grid = fittedGrid(result);
    const change = result.changes[0];
    const row = grid.find((r) => r[0] === change?.factor && String(r[1]) === change?.level);
    const note = String(row?.[7]);
    const name = MODEL_DISPLAY_NAMES[change?.model ?? 0] as string;
    expect(note.startsWith(FIT_NOTE_PREFIX)).toBe(true);
    expect(note).toContain(`${name} ${(change?.to ?? 0) > (change?.from ?? 0) ? '+' : '-'}`);
    expect(note).toMatch(new RegExp(`\\d+ known products have ${change?.factor} `));
    expect(note).toMatch(new RegExp(`\\d+ sold through ${name.replace(/[()]/g, '\\$&')}`));
  });

  it('gives the same table on every run', () => {
    expect(fittedGrid(learnWeights(train.products, train.models, DOMAIN))).toEqual(fittedGrid(result));
  });
});

describe('a portfolio that already agrees with the start', () => {
  it('leaves the table unchanged and says so', () => {
    const set = plantedSet(200, 11, 0);
    const balancedModels = distmodel(set.products, DOMAIN)
      .slice(1)
      .map((row) => [row[0] as string]);
    const result = learnWeights(set.products, balancedModels, DOMAIN, 2);
    expect(result.verdict).toBe('not-better');
    expect(result.table).toEqual(parsedTable(DOMAIN));
    expect(result.changes).toEqual([]);
    const grid = fittedGrid(result);
    expect(grid.map((row) => row.slice(0, 7))).toEqual(weightsTableToGrid(parsedTable(DOMAIN)));
    expect(String(grid[1]?.[7])).toMatch(
      /The fit does (not beat the start by more than chance|worse per model) on unseen products, so the table is unchanged/,
    );
  });

  it('changes nothing at strength 0', () => {
    const set = plantedSet(100, 3);
    const result = learnWeights(set.products, set.models, DOMAIN, 0);
    expect(result.changes).toEqual([]);
    expect(gridOf(result.table)).toEqual(weightsTableToGrid(parsedTable(DOMAIN)));
  });
});

describe('the calibration file', () => {
  it('every preset already agrees with all 28 products, so fitting to them changes nothing', () => {
    for (const preset of [DOMAIN, 'Industrial equipment', 'B2B software']) {
      const result = learnWeights(calibrationBlock, calibrationModels, preset);
      expect(result.before).toEqual({ agree: 28, total: 28 });
      expect(result.after).toEqual({ agree: 28, total: 28 });
      expect(result.verdict).toBe('not-better');
    }
  });

  it('a table fitted to a team portfolio plus the calibration products still recommends every one correctly', () => {
    const team = plantedSet(600, 8);
    const block = [...calibrationBlock, ...team.products.slice(1)];
    const result = learnWeights(block, [...calibrationModels, ...team.models], DOMAIN);
    expect(result.verdict).toBe('adopted');
    const expected = calibration.products.map((p) => p.expected);
    expect(agreeing(calibrationBlock, gridOf(result.table), expected)).toBe(28);
  });

  it('a table fitted to the team portfolio alone still recommends every calibration product correctly', () => {
    const team = plantedSet(300, 7);
    const result = learnWeights(team.products, team.models, DOMAIN);
    const expected = calibration.products.map((p) => p.expected);
    expect(agreeing(calibrationBlock, gridOf(result.table), expected)).toBe(28);
  });
});

describe('custom factors and the models column', () => {
  const start = [
    ...weightsTableToGrid(parsedTable(DOMAIN)),
    ['Regulated', 'Yes', 2, 0, 0, 0, 0],
    ['Regulated', 'No', 2, 0, 0, 0, 0],
  ];

  it('reads a factor of the start table as DISTMODEL does, and learns its affinities', () => {
    // The team sells every regulated product through dealers, whatever else it is.
    const set = plantedSet(200, 5, 0);
    const products = set.products.map((row, r) =>
      r === 0 ? [...row, 'Regulated'] : [...row, r % 3 === 0 ? 'Yes' : 'No'],
    );
    const models = set.models.map((m, i) => [(i + 1) % 3 === 0 ? 'Authorized dealers' : (m[0] as string)]);
    const result = learnWeights(products, models, start, 2);
    expect(result.verdict).toBe('adopted');
    const regulated = result.table.factors.find((f) => f.name === 'Regulated');
    expect(regulated?.affinity[0]?.[2]).toBeGreaterThan(0);
    expect(result.changes.some((c) => c.factor === 'Regulated' && c.level === 'Yes' && c.model === 2)).toBe(
      true,
    );
  });

  it('takes a models column with its own header cell, ignores blank model rows, matches names loosely', () => {
    const set = plantedSet(60, 8);
    const loose = set.models.map((m, i) => [i === 4 ? '' : (m[0] as string).toUpperCase()]);
    const a = learnWeights(set.products, [['Known model'], ...loose], DOMAIN);
    const b = learnWeights(set.products, loose, DOMAIN);
    expect(a.known.rows).toHaveLength(59);
    expect(fittedGrid(a)).toEqual(fittedGrid(b));
  });
});

describe('bad input is a clear message, not a fit', () => {
  const set = plantedSet(80, 21);
  const call = (products: unknown, models: unknown, weights?: unknown, strength?: unknown) => () =>
    learnWeights(products, models, weights, strength);

  it('misaligned models name both row counts', () => {
    expect(call(set.products, set.models.slice(2))).toThrow(
      new CallError(
        'models: 78 rows, but products has 80 rows below its header; select the same rows for both (such as A1:L29 and M2:M29).',
      ),
    );
    expect(
      call(
        set.products,
        set.models.map((m) => [m[0], 'x']),
      ),
    ).toThrow(/models: give one column/);
  });

  it('a word that is no model leaves its row out and is counted in the note', () => {
    const models = set.models.map((m, i) => [i === 6 ? 'Amazon' : m[0]]);
    const result = learnWeights(set.products, models);
    expect(result.known.rows).toHaveLength(79);
    expect(result.known.skipped).toEqual([
      { row: 6, reason: 'not-a-model', message: 'models row 7: "Amazon" is not a distribution model' },
    ]);
    expect(fitSummary(result)).toContain(
      '1 rows left out (models row 7: "Amazon" is not a distribution model)',
    );
  });

  it('a single model only, no known rows, too few per model', () => {
    expect(
      call(
        set.products,
        set.models.map(() => ['Open resale']),
      ),
    ).toThrow(/every known product is Open resale; learning needs products of at least two models/);
    expect(
      call(
        set.products,
        set.models.map(() => ['']),
      ),
    ).toThrow(/models: no row names a model/);
    const few = set.models.map((_, i) => [i < 79 ? 'Open resale' : 'Authorized dealers']);
    expect(call(set.products, few)).toThrow(
      `too few known products to learn from (Authorized dealers has 1); each model named needs at least ${MIN_PRODUCTS_PER_MODEL}`,
    );
  });

  it('a product with a known model that cannot be read, or has no values, is left out and named', () => {
    const bad = set.products.map((row, r) => (r === 3 ? row.map((c, i) => (i === 3 ? 'lots' : c)) : row));
    const empty = bad.map((row, r) => (r === 5 ? ['Product 5'] : row));
    const result = learnWeights(empty, set.models);
    expect(result.known.rows).toHaveLength(78);
    expect(result.known.skipped.map((s) => s.message)).toEqual([
      'products row 4 ("Product 3"): Price: "lots" is not an amount; use a number such as 1200, or text such as "$12,000", "12k" or "1.5M".',
      'products row 6 ("Product 5"): no factor values',
    ]);
  });

  it('products without a header row, a bad strength or a bad start table', () => {
    expect(call(set.products.slice(1), set.models.slice(1))).toThrow(
      /products: the first row must be the header row/,
    );
    expect(call(set.products, set.models, '', 'lots')).toThrow(
      /strength: "lots" is not accepted; use a number from 0/,
    );
    expect(call(set.products, set.models, '', 5)).toThrow(/strength: 5 is not accepted/);
    expect(call(set.products, set.models, 'Nope')).toThrow(/weights: "Nope" is neither/);
  });
});

describe('properties of any fit', () => {
  it('is deterministic, keeps the shape, stays within strength, and only moves levels the products use', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(0.5, 1, 1.5, 2, 4),
        fc.constantFrom('Balanced', 'Industrial equipment', 'Luxury and prestige goods'),
        (seed, strength, preset) => {
          const set = plantedSet(40, seed, 0.2);
          // Leave out the Customer column entirely: its affinities have no evidence and must not move.
          const products = set.products.map((row) => row.filter((_, c) => c !== 1));
          let result: ReturnType<typeof learnWeights>;
          try {
            result = learnWeights(products, set.models, preset, strength);
          } catch (err) {
            // Small random portfolios may name a model only once: that is a message, never a fit.
            expect(String(err)).toMatch(/too few known products|every known product/);
            return;
          }
          expect(fittedGrid(learnWeights(products, set.models, preset, strength))).toEqual(
            fittedGrid(result),
          );
          for (const c of result.changes) {
            expect(c.factor).not.toBe('Customer');
            expect(Math.abs(c.to - c.from)).toBeLessThanOrEqual(strength);
          }
          if (result.verdict === 'adopted') {
            const agreeAll = agreeing(
              products,
              gridOf(result.table),
              set.models.map((m) => m[0] ?? ''),
            );
            expect(agreeAll).toBeGreaterThanOrEqual(result.before.agree);
          } else {
            expect(result.table).toBe(presetTable(preset as 'Balanced'));
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('products read exactly as DISTMODEL reads them', () => {
  it('a header unit ("Price (k$)") and the locale of text amounts apply to the fit as to DISTMODEL', () => {
    const set = plantedSet(600, 8);
    const at = set.products[0]?.indexOf('Price') ?? -1;
    const inThousands = set.products.map((row, r) =>
      row.map((cell, c) =>
        c !== at ? cell : r === 0 ? 'Price (k$)' : String(Number(cell) / 1000).replace('.', ','),
      ),
    );
    const plain = learnWeights(set.products, set.models, DOMAIN);
    const german = learnWeights(inThousands, set.models, DOMAIN, '', { locale: 'de_DE' });
    expect(fittedGrid(german)).toEqual(fittedGrid(plain));
    expect(plain.verdict).toBe('adopted');
  });
});
