// Issue #19: rows with the same resolved levels (a product profile) get the same output, computed once per
// block. The invariant users rely on: a row's output never depends on the other rows of its block, whatever
// the block repeats; and any number of factors keys the cache (a custom table of 30 factors included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  distmodel,
  mapGrid,
  OUTPUT_KINDS,
  PRODUCT_COLUMN,
  presetScorer,
  type Scorer,
} from '../../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';

const HEADER = [PRODUCT_COLUMN.name, ...BUILT_IN_FACTORS.map((f) => f.name)];

/** A cell of one factor: one of its levels, an amount, a blank or junk that reads as a message. */
function factorCell(i: number): fc.Arbitrary<unknown> {
  const factor = BUILT_IN_FACTORS[i];
  if (!factor) throw new Error(`no factor ${i}`);
  const good =
    factor.kind === 'numeric'
      ? fc.constantFrom(5, 120, 2500, 150_000, '12k')
      : fc.constantFrom(...factor.levels, ` ${factor.levels[0]?.toLowerCase()} `);
  return fc.oneof({ arbitrary: good, weight: 8 }, fc.constantFrom('', 'nonsense'));
}

const productRow = fc.tuple(
  fc.string({ maxLength: 5 }),
  ...BUILT_IN_FACTORS.map((_, i) => factorCell(i)),
) as fc.Arbitrary<unknown[]>;

/** A block of rows drawn from a few profiles, so the same levels recur under different cells and names. */
const block = fc
  .tuple(fc.array(productRow, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 40 }))
  .map(([profiles, picks]) => picks.map((p) => [...(profiles[p % profiles.length] as unknown[])]));

describe('one output per product profile', () => {
  it('every row of a block comes out as it does alone, for every output', () => {
    fc.assert(
      fc.property(block, fc.constantFrom(...OUTPUT_KINDS), (rows, kind) => {
        const whole = distmodel([HEADER, ...rows], '', kind);
        rows.forEach((row, r) => {
          expect(whole[r + 1]).toEqual(distmodel([HEADER, row], '', kind)[1]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('formats each profile once: 3,000 rows of three profiles cost three sentences', () => {
    const scorer = presetScorer('Balanced') as Scorer;
    const profiles = [
      ['A', 'B2B', 'Software', 90_000, 'High', 'Yes', 'High', 'Low', 'Niche', 'Few', 'Yes', 'Rare'],
      ['B', 'B2C', 'Physical', 20, 'Low', 'No', 'Low', 'High', 'Mass', 'Many', 'No', 'Frequent'],
      // The first profile's levels under other cells: an amount in the same band, a level's other spelling.
      ['C', 'b2b', 'Software', 60_000, 'high', 'Yes', 'High', 'Low', 'Niche', 'Few', 'Yes', 'Rare'],
      ['D', 'Both', 'Service', 800, 'Medium', '', 'Medium', 'Medium', 'Niche', 'Few', 'No', 'Occasional'],
    ];
    const rows = Array.from({ length: 3000 }, (_, i) => profiles[i % profiles.length] as unknown[]);
    let formatted = 0;
    const out = mapGrid(scorer, [HEADER, ...rows], null, ['Model'], (_, ws) => {
      formatted++;
      return [ws.best];
    });
    expect(formatted).toBe(3);
    expect(out).toHaveLength(3001);
    expect(out[1]).toEqual(out[3]);
  });

  it('keys any number of factors: a custom table of 30 factors of 6 levels (beyond a numeric key)', () => {
    const factors = Array.from({ length: 30 }, (_, f) => `Trait ${f + 1}`);
    const levels = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
    const weights = [
      [...WEIGHTS_TABLE_HEADER],
      ...factors.flatMap((name, f) =>
        levels.map((level, l) => [name, level, 1, (f + l) % 3, (l * 2) % 3, -((f * l) % 3), l % 2]),
      ),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...levels, ''), { minLength: 30, maxLength: 30 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (profiles, picks) => {
          const rows = picks.map((p) => profiles[p % profiles.length] as unknown[]);
          const whole = distmodel([factors, ...rows], weights, 'all');
          rows.forEach((row, r) => {
            expect(whole[r + 1]).toEqual(distmodel([factors, row], weights, 'all')[1]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
