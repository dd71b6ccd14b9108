// The invariants of the weighted-sum decision matrix that users rely on (issue #7), as property tests, run
// against the engine and against the built dist/Code.js as Apps Script loads it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distmodel, MODEL_DISPLAY_NAMES } from '../../../src/engine/index';
import { loadBundle, readBuiltCode } from '../../../workbench/vm';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';

type Call = (products: unknown, weights: unknown, output: string) => unknown[][];

const engine: Call = (products, weights, output) => distmodel(products, weights, output);
const bundle = loadBundle(readBuiltCode());
// Results cross from the script's realm as plain data, as Sheets would read them.
const built: Call = (products, weights, output) =>
  JSON.parse(JSON.stringify(bundle.call('DISTMODEL', products, weights, output)));

const RUNS = { numRuns: 150 };

/** One factor of a random table: a weight and, per level, four affinities (model order). */
interface Factor {
  readonly name: string;
  readonly weight: number;
  readonly affinity: number[][];
}

/** A row: per factor, a level index or -1 for a blank cell. */
type Picks = number[];

const affinity = fc.constantFrom(-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3);
const factorArb = (i: number): fc.Arbitrary<Factor> =>
  fc.record({
    name: fc.constant(`Factor ${String.fromCharCode(65 + i)}`),
    weight: fc.constantFrom(0.1, 0.25, 0.5, 1, 1.5, 2, 3),
    affinity: fc.array(fc.array(affinity, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
  });

const tableArb: fc.Arbitrary<Factor[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => factorArb(i))));

/** A table with a row and a block of rows: each row knows at least one factor. */
const caseArb = tableArb.chain((factors) => {
  const pick = fc.array(fc.integer({ min: -1, max: 3 }), {
    minLength: factors.length,
    maxLength: factors.length,
  });
  const row = pick
    .map((p) => p.map((l, f) => (l >= (factors[f]?.affinity.length ?? 0) ? -1 : l)))
    .filter((p) => p.some((l) => l >= 0));
  return fc.record({ factors: fc.constant(factors), rows: fc.array(row, { minLength: 1, maxLength: 6 }) });
});

function grid(factors: readonly Factor[]): unknown[][] {
  const rows: unknown[][] = [[...WEIGHTS_TABLE_HEADER]];
  for (const f of factors) {
    f.affinity.forEach((a, l) => {
      rows.push([f.name, `L${l}`, l === 0 ? f.weight : '', ...a]);
    });
  }
  return rows;
}

function block(factors: readonly Factor[], rows: readonly Picks[]): unknown[][] {
  return [
    ['Product', ...factors.map((f) => f.name)],
    ...rows.map((p, r) => [`Product ${r + 1}`, ...p.map((l) => (l < 0 ? '' : `L${l}`))]),
  ];
}

const score = (call: Call, factors: readonly Factor[], rows: readonly Picks[], output = 'all') =>
  call(block(factors, rows), grid(factors), output).slice(1);

const modelIndex = (row: readonly unknown[]) => MODEL_DISPLAY_NAMES.indexOf(row[0] as string);

describe.each([
  ['the engine', engine],
  ['dist/Code.js', built],
] as const)('weighted-sum invariants on %s', (_where, call) => {
  it('1. adding a level that no row uses, to any factor, changes no result', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.array(affinity, { minLength: 4, maxLength: 4 }), (c, at, extra) => {
        const f = at % c.factors.length;
        const more = c.factors.map((x, i) => (i === f ? { ...x, affinity: [...x.affinity, extra] } : x));
        // "What would settle it" names the levels a blank or deciding fact could take, so a new level may
        // join that clause (by design); everything else stays as it was.
        const unsettled = (out: unknown[][]) =>
          out.map((row) =>
            row.map((cell) =>
              typeof cell === 'string' ? cell.replace(/ What would settle it: .*$/, '') : cell,
            ),
          );
        expect(unsettled(score(call, more, c.rows))).toEqual(unsettled(score(call, c.factors, c.rows)));
      }),
      RUNS,
    );
  });

  it("2. adding c > 0 to model M's affinity on every level of a factor never lowers M and can only turn rows to M", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0.5, 1, 2),
        (c, at, m, add) => {
          const f = at % c.factors.length;
          const raised = c.factors.map((x, i) =>
            i === f ? { ...x, affinity: x.affinity.map((a) => a.map((v, k) => (k === m ? v + add : v))) } : x,
          );
          const before = score(call, c.factors, c.rows, 'scores');
          const after = score(call, raised, c.rows, 'scores');
          const modelsBefore = score(call, c.factors, c.rows, 'model');
          const modelsAfter = score(call, raised, c.rows, 'model');
          const total = c.factors.reduce((sum, x) => sum + x.weight, 0);
          const gain = (50 * (c.factors[f] as Factor).weight * add) / total;
          before.forEach((row, r) => {
            // M gains exactly 50 x weight x c / total weight where the row knows the factor, else nothing
            // (shown scores are within 0.1 of the exact ones).
            const known = (c.rows[r]?.[f] as number) >= 0;
            const moved = (after[r]?.[m] as number) - (row[m] as number);
            expect(Math.abs(moved - (known ? gain : 0))).toBeLessThanOrEqual(0.2 + 1e-9);
            const was = modelsBefore[r]?.[0];
            const now = modelsAfter[r]?.[0];
            if (now !== was) expect(now).toBe(MODEL_DISPLAY_NAMES[m]);
          });
        },
      ),
      RUNS,
    );
  });

  it('3. a model at least as good as another on every known factor, and better on one, ranks above it', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), (c, x, shift) => {
        const y = (x + shift) % 4;
        const row = c.rows[0] as Picks;
        const known = row.flatMap((l, f) => (l >= 0 ? [f] : []));
        const strict = known[0] as number;
        // At each known level, Y gets X's affinity less a gap: 1 on the first known factor, 0 or 1 elsewhere.
        const factors = c.factors.map((fac, f) => ({
          ...fac,
          affinity: fac.affinity.map((a, l) =>
            l === row[f] ? a.map((v, k) => (k === y ? (a[x] as number) - (f === strict ? 1 : f % 2) : v)) : a,
          ),
        }));
        const out = score(call, factors, [row])[0] as unknown[];
        expect(out[0]).not.toBe(MODEL_DISPLAY_NAMES[y]);
        expect(out[1 + x] as number).toBeGreaterThan(out[1 + y] as number);
      }),
      RUNS,
    );
  });

  it('4. scaling every weight by k > 0 changes no output; scaling every affinity changes no recommendation', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(0.1, 0.3, 3, 7, 1000), (c, k) => {
        const heavier = c.factors.map((f) => ({ ...f, weight: f.weight * k }));
        expect(score(call, heavier, c.rows)).toEqual(score(call, c.factors, c.rows));
        const louder = c.factors.map((f) => ({ ...f, affinity: f.affinity.map((a) => a.map((v) => v * k)) }));
        expect(score(call, louder, c.rows, 'model')).toEqual(score(call, c.factors, c.rows, 'model'));
      }),
      RUNS,
    );
  });

  it('5. a blank factor adds exactly 0: blank cell, missing column and the contributions agree', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        c.rows.forEach((row) => {
          const blank = row.findIndex((l) => l < 0);
          if (blank < 0) return;
          // The same row with the blank factor's column taken out of the block altogether.
          const full = block(c.factors, [row]);
          const without = full.map((cells) => cells.filter((_, i) => i !== blank + 1));
          expect(call(without, grid(c.factors), 'all')).toEqual(call(full, grid(c.factors), 'all'));
        });
      }),
      RUNS,
    );
  });

  it('6. the shown margin is the shown winner minus the shown runner-up, and the close call is decided on it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const out of score(call, c.factors, c.rows)) {
          const winner = modelIndex(out);
          const runnerUp = MODEL_DISPLAY_NAMES.indexOf(out[7] as string);
          const tenths = (i: number) => Math.round((out[1 + i] as number) * 10);
          expect(Math.round((out[5] as number) * 10)).toBe(tenths(winner) - tenths(runnerUp));
          for (let m = 0; m < 4; m++) expect(tenths(m)).toBeLessThanOrEqual(tenths(winner));
          // The Close call cell is TRUE unless the lead is clear (Likely or Firm), and a Firm answer names
          // no other model (confidence.ts).
          expect(out[6]).toBe(out[10] !== 'Likely' && out[10] !== 'Firm');
          if (out[10] === 'Firm') expect(out[8]).toBe('');
        }
      }),
      RUNS,
    );
  });

  it('7. more known factors that agree with the winner keep it, never shrink its margin, never make a tie', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const row = c.rows[0] as Picks;
        const before = score(call, c.factors, [row])[0] as unknown[];
        const x = modelIndex(before);
        // Fill each blank factor with a level where the winner's affinity is the highest of the four.
        const filled = row.map((l, f) => {
          if (l >= 0) return l;
          const levels = (c.factors[f] as Factor).affinity;
          return levels.findIndex((a) => a.every((v) => v <= (a[x] as number)));
        });
        fc.pre(filled.some((l, f) => l >= 0 && row[f] !== l));
        const after = score(call, c.factors, [filled])[0] as unknown[];
        expect(after[0]).toBe(before[0]);
        expect(after[5] as number).toBeGreaterThanOrEqual(before[5] as number);
        // A tie is broken or kept, never made: the answer can only become more of a pick. (Firm is calibrated on
        // the lead per unit of evidence, so an agreeing fact that adds little lead may dilute it: issue 16.)
        if (before[10] !== 'Tie') expect(after[10]).not.toBe('Tie');
      }),
      RUNS,
    );
  });
});
