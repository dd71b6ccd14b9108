// The invariants a team relies on (issue #21): identical raters are DISTMODEL; a dispute no level change can
// flip never changes the answer; every "To settle" choice, applied to every rater's row, gives the model
// it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  CONSENSUS_HEADERS,
  consensusOf,
  distmodel,
  distmodelConsensus,
  MODEL_DISPLAY_NAMES,
  OUTPUT_HEADERS,
  PRESET_NAMES,
  readRatings,
  resolveWeights,
  teamView,
} from '../../../src/engine/index';

const RUNS = { numRuns: 200 };
const FACTORS = BUILT_IN_FACTORS.map((f) => f.name);
const PRICES = [10, 120, 5000, 250000];
const col = (name: string) => CONSENSUS_HEADERS.all.indexOf(name);

/** A value for factor f: one of its levels, a price in each band, or blank (the rater's unknown). */
function cellFor(f: number): fc.Arbitrary<unknown> {
  const factor = BUILT_IN_FACTORS[f] as (typeof BUILT_IN_FACTORS)[number];
  const levels = factor.name === 'Price' ? PRICES : factor.levels;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...levels), weight: 5 },
    { arbitrary: fc.constant(''), weight: 1 },
  );
}

/** A rater's factor cells, at least one of them known. */
const facts = fc.tuple(...FACTORS.map((_, f) => cellFor(f))).filter((cells) => cells.some((c) => c !== ''));
const preset = fc.constantFrom(...PRESET_NAMES);

/** One rater's changes to the shared facts: up to three factors seen differently (a level or blank). */
const changes = fc.array(
  fc.integer({ min: 0, max: FACTORS.length - 1 }).chain((f) => fc.tuple(fc.constant(f), cellFor(f))),
  { maxLength: 3 },
);

/** Rating rows of 2 to 5 raters of one product, who see most facts alike, as teams do. */
const team = fc.tuple(facts, fc.array(changes, { minLength: 2, maxLength: 5 })).map(([shared, raters]) =>
  raters.map((own, r) => {
    const cells = [...shared];
    for (const [f, value] of own) cells[f] = value;
    return ['P', `R${r}`, ...cells];
  }),
);
const HEADER = ['Product', 'Rater', ...FACTORS];

/** The factor's cells at each of its levels (a price inside each band). */
function levelValues(f: number): readonly unknown[] {
  const factor = BUILT_IN_FACTORS[f] as (typeof BUILT_IN_FACTORS)[number];
  return factor.name === 'Price' ? PRICES : factor.levels;
}

describe('DISTMODEL_CONSENSUS properties', () => {
  it('with identical raters, the consensus is DISTMODEL: model, scores and Confidence', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 7 }), preset, (cells, n, weights) => {
        const rows = Array.from({ length: n }, (_, i) => ['P', `R${i}`, ...cells]);
        const alone = distmodel(
          [
            ['Product', ...FACTORS],
            ['P', ...cells],
          ],
          weights,
          'all',
        )[1] as unknown[];
        const together = distmodelConsensus([HEADER, ...rows], weights)[1] as unknown[];
        expect(together[col('Distribution model')]).toBe(alone[0]);
        const at = (header: string) => OUTPUT_HEADERS.all.indexOf(header);
        expect(together[col('Confidence')]).toBe(alone[at('Confidence')]);
        expect(together[col('Could also be')]).toBe(alone[at('Could also be')]);
        expect(together.slice(2, 7)).toEqual([n, `${n} of ${n}`, '', false, '']);
        const scores = distmodelConsensus([HEADER, ...rows], weights, 'scores')[1];
        expect(scores?.slice(1)).toEqual(alone.slice(1, 5));
      }),
      RUNS,
    );
  });

  it('a dispute on a factor no level change can flip never changes the answer', () => {
    fc.assert(
      fc.property(
        facts,
        fc.integer({ min: 0, max: FACTORS.length - 1 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 6 }),
        preset,
        (cells, f, picks, weights) => {
          const values = levelValues(f);
          const withLevel = (v: unknown) => cells.map((c, i) => (i === f ? v : c));
          const models = values.map(
            (v) =>
              distmodel(
                [
                  ['Product', ...FACTORS],
                  ['P', ...withLevel(v)],
                ],
                weights,
              )[1]?.[0],
          );
          fc.pre(new Set(models).size === 1 && MODEL_DISPLAY_NAMES.includes(String(models[0])));
          const rows = picks.map((p, i) => ['P', `R${i}`, ...withLevel(values[p % values.length])]);
          const out = distmodelConsensus([HEADER, ...rows], weights)[1] as unknown[];
          expect(out[col('Changes the answer')]).toBe(false);
          expect(out[col('Distribution model')]).toBe(models[0]);
          expect(out[col('To settle')]).toBe('');
        },
      ),
      RUNS,
    );
  });

  it('every To settle choice, applied to every rater of the product, gives the model and the agreement it names', () => {
    fc.assert(
      fc.property(team, preset, (rows, weights) => {
        const out = distmodelConsensus([HEADER, ...rows], weights)[1] as unknown[];
        const text = String(out[col('To settle')]);
        fc.pre(text !== '');
        const scorer = resolveWeights(weights);
        const block = readRatings(scorer, [HEADER, ...rows]);
        const dispute = consensusOf(block.scorer, block.products[0] as never).toSettle;
        expect(dispute).not.toBeNull();
        if (!dispute) return;
        const factor = block.scorer.factors[dispute.factor] as (typeof block.scorer.factors)[number];
        const f = FACTORS.indexOf(factor.name);
        // What each agreed level gives when applied to every rater's row: the model and how many agree.
        const choices = dispute.levels.map((level) => {
          // A cell the table reads as that level (its label, or a price inside the band).
          const value = levelValues(f).find((v) => factor.matcher.match(v) === level);
          const applied = rows.map((row) => row.map((cell, i) => (i === f + 2 ? value : cell)));
          const row = distmodelConsensus([HEADER, ...applied], weights)[1] as unknown[];
          const agreeing = String(row[col('Agreeing')]);
          return { level: factor.levelText[level] as string, model: String(row[1]), agreeing };
        });
        const all = choices.every((c) => c.agreeing === `${rows.length} of ${rows.length}`);
        const groups = new Map<string, string[]>();
        for (const c of choices) {
          const said = all ? ` gives ${c.model}` : ` gives ${c.model} with ${c.agreeing} agreeing`;
          groups.set(said, [...(groups.get(said) ?? []), c.level]);
        }
        const said = [...groups].map(([gives, levels]) => `${levels.join(' or ')}${gives}`);
        expect(text).toBe(`${factor.name}: ${said.join('; ')}`);
      }),
      RUNS,
    );
  });

  it('To settle is never blank when the answer changes and one disputed factor moves some rater to another model', () => {
    fc.assert(
      fc.property(team, preset, (rows, weights) => {
        const out = distmodelConsensus([HEADER, ...rows], weights)[1] as unknown[];
        fc.pre(out[col('Changes the answer')] === true);
        // Independently of the engine's Dispute: DISTMODEL on each rater's row at each level the raters gave.
        const moves = FACTORS.some((_, f) => {
          const given = [...new Set(rows.map((row) => row[f + 2]).filter((v) => v !== ''))];
          if (given.length < 2) return false;
          const block = rows.flatMap((row) =>
            given.map((v) => ['P', ...row.slice(2).map((cell, i) => (i === f ? v : cell))]),
          );
          const models = distmodel([['Product', ...FACTORS], ...block], weights).slice(1);
          return rows.some((_, r) => {
            const own = models.slice(r * given.length, (r + 1) * given.length).map((m) => m[0]);
            return new Set(own).size > 1;
          });
        });
        fc.pre(moves);
        expect(out[col('To settle')]).not.toBe('');
      }),
      RUNS,
    );
  });

  it('bad input never stops another product, and every message stays under 300 characters', () => {
    // Any names (long, blank, markup), any cells (bad levels, numbers, blanks), rows with fields missing.
    const name = fc.oneof(fc.string({ maxLength: 600 }), fc.constantFrom('', 'P', 'Ann', 'ann '));
    const cell = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.double(),
      fc.constant(''),
      fc.constantFrom('B2B', 'High'),
    );
    const row = fc.tuple(name, name, fc.array(cell, { maxLength: FACTORS.length }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), team, (messy, good) => {
        const rows = [...messy.map(([product, rater, cells]) => [product, rater, ...cells]), ...good];
        const out = distmodelConsensus([HEADER, ...rows], 'Balanced');
        const alone = distmodelConsensus([HEADER, ...good], 'Balanced')[1];
        // The well-rated product is unaffected unless a messy row names it too.
        if (!messy.some(([product]) => product.trim().toLowerCase() === 'p'))
          expect(out.find((r) => r[0] === 'P')).toEqual(alone);
        for (const r of out.slice(1)) {
          expect(String(r[col('Notes')]).length).toBeLessThan(300);
          if (r.slice(1).every((c) => c === '')) expect(String(r[0]).length).toBeLessThan(300);
        }
        const view = teamView(resolveWeights('Balanced'), [HEADER, ...rows], 1);
        for (const message of [...view.orphans, ...(view.product?.notes ?? [])])
          expect(message.length).toBeLessThan(300);
      }),
      RUNS,
    );
  });
});
