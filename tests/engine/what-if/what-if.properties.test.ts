// Issue #11's exactness properties, on random weights tables and rows: every reported flip is exact
// (re-scoring the row with that change gives that model), "no flip" means no single change flips it, and
// every weight range is exact (at a reported end the recommendation changes unless the tie there goes to it,
// just inside it does not change, just outside it is the reported model). Re-scoring is done two
// independent ways: by the reference weighted sum of tests/engine/support.ts on the engine's side, and by
// DISTMODEL itself in the built dist/Code.js on the bundle's side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileWeights,
  createWorkspace,
  findFlip,
  findFlipPair,
  MODEL_DISPLAY_NAMES,
  mapHeader,
  NO_LIMIT,
  ROBUST_FACTOR,
  type Scorer,
  scoreInto,
  TIE_EPSILON,
  type WeightRange,
  type WeightsTable,
  weightRanges,
} from '../../../src/engine/index';
import { loadBundle, readBuiltCode } from '../../../workbench/vm';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { parsedTable, referenceScore } from '../support';

const RUNS = { numRuns: 120 };

/** A factor of a random table; a numeric one has amounts as levels (lower bounds, in any order). */
interface Factor {
  readonly name: string;
  readonly weight: number;
  readonly labels: readonly string[];
  readonly affinity: readonly (readonly number[])[];
}

const affinityArb = fc.array(fc.constantFrom(-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3), {
  minLength: 4,
  maxLength: 4,
});
const weightArb = fc.constantFrom(0.1, 0.25, 0.3, 0.5, 1, 1.5, 2, 3);

function factorArb(i: number): fc.Arbitrary<Factor> {
  const labels =
    i === 0
      ? fc.shuffledSubarray(['0', '10', '100', '1000'], { minLength: 2, maxLength: 4 })
      : fc.integer({ min: 2, max: 4 }).map((n) => Array.from({ length: n }, (_, l) => `L${l}`));
  return labels.chain((ls) =>
    fc.record({
      name: fc.constant(i === 0 ? 'Amount' : `Factor ${String.fromCharCode(65 + i)}`),
      weight: weightArb,
      labels: fc.constant(ls),
      affinity: fc.array(affinityArb, { minLength: ls.length, maxLength: ls.length }),
    }),
  );
}

/** A table of 1 to 6 factors (the first numeric) and one row knowing at least one of them. */
const caseArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => factorArb(i))))
  .chain((factors) =>
    fc.record({
      factors: fc.constant(factors),
      picks: fc
        .tuple(...factors.map((f) => fc.integer({ min: -1, max: f.labels.length - 1 })))
        .filter((p) => p.some((l) => l >= 0)),
    }),
  );

type Case = { factors: Factor[]; picks: number[] };

function weightsGrid(factors: readonly Factor[], weightOf = (f: number) => factors[f]?.weight ?? 0) {
  const rows: unknown[][] = [[...WEIGHTS_TABLE_HEADER]];
  factors.forEach((factor, f) => {
    factor.labels.forEach((label, l) => {
      rows.push([factor.name, label, l === 0 ? weightOf(f) : '', ...(factor.affinity[l] ?? [])]);
    });
  });
  return rows;
}

/** A cell for level l: the label, or for a numeric factor its lower bound as a number. */
function cellOf(factor: Factor, l: number): unknown {
  if (l < 0) return '';
  return factor.name === 'Amount' ? Number(factor.labels[l]) : factor.labels[l];
}

function block(factors: readonly Factor[], picks: readonly number[]): unknown[][] {
  return [
    ['Product', ...factors.map((f) => f.name)],
    ['Test product', ...picks.map((l, f) => cellOf(factors[f] as Factor, l))],
  ];
}

/** The row as the reference scorer reads it: factor name -> level label. */
function knownOf(factors: readonly Factor[], picks: readonly number[]): Record<string, string> {
  const known: Record<string, string> = {};
  picks.forEach((l, f) => {
    const factor = factors[f] as Factor;
    if (l >= 0) known[factor.name] = factor.labels[l] as string;
  });
  return known;
}

/** The recommended model by the reference weighted sum; -1 when the row knows no weighted factor. */
function referenceModel(table: WeightsTable, known: Record<string, string>): number {
  const anyKnown = table.factors.some((f) => f.weight > 0 && known[f.name] !== undefined);
  return anyKnown ? referenceScore(table, known).best : -1;
}

function withWeight(table: WeightsTable, f: number, weight: number): WeightsTable {
  return { factors: table.factors.map((x, i) => (i === f ? { ...x, weight } : x)) };
}

function scored(c: Case): { scorer: Scorer; table: WeightsTable; ws: ReturnType<typeof createWorkspace> } {
  const table = parsedTable(weightsGrid(c.factors));
  const scorer = compileWeights(table);
  const [header, row] = block(c.factors, c.picks) as [unknown[], unknown[]];
  const ws = createWorkspace(scorer);
  scoreInto(scorer, ws, row, mapHeader(scorer, header).factorColumn);
  return { scorer, table, ws };
}

/** A step just past a boundary, large against the tie band (1e-9 points), small against any other gap. */
const step = (at: number) => 1e-6 * Math.max(1, Math.abs(at));

describe('flips on the engine, checked by the reference weighted sum', () => {
  it('every reported flip gives its model at every level it names, and none gives a larger margin', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { scorer, table, ws } = scored(c);
        expect(ws.status).toBe('scored');
        const known = knownOf(c.factors, c.picks);
        expect(referenceModel(table, known)).toBe(ws.best);
        const flip = findFlip(scorer, ws);
        let bestMargin = Number.NEGATIVE_INFINITY;
        c.factors.forEach((factor, f) => {
          factor.labels.forEach((label, l) => {
            if (l === c.picks[f]) return;
            const result = referenceScore(table, { ...known, [factor.name]: label });
            if (result.best !== ws.best) bestMargin = Math.max(bestMargin, result.margin);
          });
        });
        if (!flip) {
          // "No single change flips it" is itself a claim: no level of any factor changes the model.
          expect(bestMargin).toBe(Number.NEGATIVE_INFINITY);
          return;
        }
        const name = c.factors[flip.factor]?.name as string;
        for (const l of flip.levels) {
          expect(l).not.toBe(c.picks[flip.factor]);
          const label = c.factors[flip.factor]?.labels[l] as string;
          expect(referenceScore(table, { ...known, [name]: label }).best).toBe(flip.model);
        }
        expect(flip.model).not.toBe(ws.best);
        expect(flip.margin).toBeGreaterThanOrEqual(bestMargin - 1e-9);
      }),
      RUNS,
    );
  });

  it('the best pair, looked for when no single change flips, gives its model', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { scorer, table, ws } = scored(c);
        if (findFlip(scorer, ws)) return;
        const pair = findFlipPair(scorer, ws);
        const known = knownOf(c.factors, c.picks);
        if (!pair) {
          // Checked exhaustively for the small tables generated here.
          for (const [f, a] of c.factors.entries()) {
            for (const b of c.factors.slice(f + 1)) {
              for (const la of a.labels) {
                for (const lb of b.labels) {
                  expect(referenceScore(table, { ...known, [a.name]: la, [b.name]: lb }).best).toBe(ws.best);
                }
              }
            }
          }
          return;
        }
        const changed = { ...known };
        for (const { factor, level } of pair.changes) {
          const fac = c.factors[factor] as Factor;
          expect(level).not.toBe(c.picks[factor]);
          changed[fac.name] = fac.labels[level] as string;
        }
        expect(referenceScore(table, changed).best).toBe(pair.model);
        expect(pair.model).not.toBe(ws.best);
      }),
      RUNS,
    );
  });
});

/** Checks one range against the reference: its ends, just inside them, and just outside them. */
function checkRange(table: WeightsTable, known: Record<string, string>, best: number, range: WeightRange) {
  const at = (w: number) => referenceModel(withWeight(table, range.factor, w), known);
  expect(at(range.weight)).toBe(best);
  expect(range.low).toBeLessThanOrEqual(range.weight);
  expect(range.high).toBeGreaterThanOrEqual(range.weight);
  if (!range.known) {
    for (const w of [range.weight / 10, range.weight * 10]) expect(at(w)).toBe(best);
    expect(range.robust).toBe(true);
    return;
  }
  const width = range.high - range.low;
  if (Number.isFinite(range.high)) {
    expect(at(range.high) === best).toBe(range.highHolds);
    expect(at(range.high + step(range.high))).toBe(range.highModel);
    expect(range.highModel).not.toBe(best);
    if (width > 0) expect(at(range.high - Math.min(step(range.high), width / 2))).toBe(best);
  } else {
    expect(at(range.weight * 1000)).toBe(best);
  }
  if (range.low > 0) {
    expect(at(range.low) === best).toBe(range.lowHolds);
    expect(at(range.low - step(range.low))).toBe(range.lowModel);
    expect(range.lowModel).not.toBe(best);
  } else {
    // Weight 0 turns the factor off: the row keeps its model unless the tie there goes elsewhere, or the
    // factor was all the row knew (then there is no answer at all).
    const atZero = at(0);
    expect(atZero === best).toBe(range.lowHolds);
    if (!range.lowHolds) expect(atZero).toBe(range.lowModel);
  }
  if (width > 0 && Number.isFinite(range.high)) {
    expect(at(Math.max(range.low + Math.min(step(range.low), width / 2), 0))).toBe(best);
  }
  const top = ROBUST_FACTOR * range.weight;
  const fragile = range.low > 0 || range.high < top || (range.high === top && !range.highHolds);
  expect(range.robust).toBe(!fragile);
}

describe('weight ranges on the engine, checked by the reference weighted sum', () => {
  it('are exact at both ends, just inside and just outside, and say robust exactly when 0 to 3x keeps it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { scorer, table, ws } = scored(c);
        const known = knownOf(c.factors, c.picks);
        const ranges = weightRanges(scorer, ws);
        expect(ranges).toHaveLength(c.factors.length);
        for (const range of ranges) checkRange(table, known, ws.best, range);
      }),
      RUNS,
    );
  });

  it('hold for exact ties too: equal affinities for two models on every level', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 2 }), (c, m) => {
        // Model m+1 copies model m everywhere: the row ties them exactly, and the first listed must win.
        const factors = c.factors.map((f) => ({
          ...f,
          affinity: f.affinity.map((a) => a.map((v, k) => (k === m + 1 ? (a[m] as number) : v))),
        }));
        const tied = { factors, picks: c.picks };
        const { scorer, table, ws } = scored(tied);
        expect(ws.best).not.toBe(m + 1);
        for (const range of weightRanges(scorer, ws))
          checkRange(table, knownOf(factors, c.picks), ws.best, range);
      }),
      RUNS,
    );
  });
});

// The built bundle, as Sheets calls it: DISTMODEL(..., "flip") and DISTMODEL_SENSITIVITY spill cells, and
// DISTMODEL(..., "model") re-scores the changed row or table.
const bundle = loadBundle(readBuiltCode());
const call = (name: string, ...args: unknown[]) => JSON.parse(JSON.stringify(bundle.call(name, ...args)));
const modelCell = (factors: readonly Factor[], picks: readonly number[], grid: unknown[][]) =>
  (call('DISTMODEL', block(factors, picks), grid, 'model') as string[][])[1]?.[0];

/** The amounts a numeric band's text covers, at both of its ends: "below 100", "10 to 1,000", "1,000 or more". */
function amountsIn(text: string, lowest: number): number[] {
  const n = (s: string) => Number(s.replace(/,/g, ''));
  const below = /^below (.+)$/.exec(text);
  if (below) return [lowest, n(below[1] as string) - 0.5];
  const between = /^(.+) to (.+)$/.exec(text);
  if (between) return [n(between[1] as string), n(between[2] as string) - 0.5];
  const more = /^(.+) or more$/.exec(text);
  if (more) return [n(more[1] as string), n(more[1] as string) * 10 + 1];
  throw new Error(`not a band: ${text}`);
}

describe('the built dist/Code.js', () => {
  it('DISTMODEL "flip": re-scoring the row with the change applied, at either end of a band, gives that model', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const grid = weightsGrid(c.factors);
        const out = call('DISTMODEL', block(c.factors, c.picks), grid, 'flip') as string[][];
        expect(out[0]).toEqual(['Factor to change', 'Change it to', 'Would then get']);
        const [factorName, to, model] = out[1] as [string, string, string];
        const { scorer, ws } = scored(c);
        expect(factorName === '').toBe(findFlip(scorer, ws) === null);
        if (factorName === '') return;
        const f = c.factors.findIndex((x) => x.name === factorName);
        const factor = c.factors[f] as Factor;
        const values =
          factor.name === 'Amount'
            ? amountsIn(to, Math.min(...factor.labels.map(Number)))
            : [factor.labels.indexOf(to) >= 0 ? to : `missing ${to}`];
        for (const value of values) {
          const changed = block(c.factors, c.picks);
          (changed[1] as unknown[])[f + 1] = value;
          expect((call('DISTMODEL', changed, grid, 'model') as string[][])[1]?.[0]).toBe(model);
        }
        expect(model).not.toBe(modelCell(c.factors, c.picks, grid));
      }),
      { numRuns: 80 },
    );
  });

  it("DISTMODEL_SENSITIVITY: the engine's ranges, cell for cell; just inside keeps the model, just outside changes it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const grid = weightsGrid(c.factors);
        const out = call('DISTMODEL_SENSITIVITY', block(c.factors, c.picks), grid) as unknown[][];
        const { scorer, ws } = scored(c);
        const ranges = weightRanges(scorer, ws);
        const row = out[1] as unknown[];
        const current = row[0] as string;
        expect(current).toBe(MODEL_DISPLAY_NAMES[ws.best]);
        expect(row[1]).toBe(ranges.every((r) => r.robust));
        ranges.forEach((range, f) => {
          const low = row[2 + 2 * f] as number;
          const high = row[3 + 2 * f] as number | string;
          expect(low).toBe(range.low);
          expect(high).toBe(Number.isFinite(range.high) ? range.high : NO_LIMIT);
          const rescored = (w: number) =>
            modelCell(
              c.factors,
              c.picks,
              weightsGrid(c.factors, (i) => (i === f ? w : (c.factors[i]?.weight ?? 0))),
            );
          if (typeof high === 'number') {
            expect(rescored(high + step(high))).not.toBe(current);
            if (high > low) expect(rescored(high - Math.min(step(high), (high - low) / 2))).toBe(current);
            expect(rescored(high) === current).toBe(range.highHolds);
          }
          if (low > 0) {
            expect(rescored(low - step(low))).not.toBe(current);
            expect(rescored(low) === current).toBe(range.lowHolds);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

it('TIE_EPSILON is far below the steps the properties take past a boundary', () => {
  // 50 x (smallest affinity gap 0.5) x step 1e-6 / (largest total weight 18) is about 7e-7 points.
  expect((50 * 0.5 * 1e-6) / 18).toBeGreaterThan(1000 * TIE_EPSILON);
});
