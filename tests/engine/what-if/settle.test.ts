// "What would settle it" (issue 16, item 5): the facts worth checking first for a row that is not Firm. A
// fresh trial found it suggesting facts no one doubts ("Product type (now Physical; Software: ...)" for a
// hard drive, "Price (now 2,000 to 100,000; 0 to 50: ...)" for a piano): a known fact is worth checking
// only as a near misjudgement, and what a product is never is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FACTORS, distmodel, OUTPUT_HEADERS, presetTable } from '../../../src/engine/index';

const HEADER = BUILT_IN_FACTORS.map((f) => f.name);
const EXPLANATION = OUTPUT_HEADERS.all.indexOf('Explanation');
const CONFIDENCE = OUTPUT_HEADERS.all.indexOf('Confidence');

/** The "What would settle it" facts of one row: factor -> the part in brackets. */
function settleFacts(row: readonly unknown[]): Map<string, string> {
  const out = distmodel([HEADER, row], 'Balanced', 'all')[1] as unknown[];
  const text = String(out[EXPLANATION]);
  const at = text.indexOf('What would settle it: ');
  const facts = new Map<string, string>();
  if (at < 0) return facts;
  for (const m of text
    .slice(at)
    .matchAll(/(?:: |, then )([A-Z][A-Za-z ]+) \(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
    facts.set(m[1] as string, m[2] as string);
  }
  return facts;
}

/** A row in HEADER order from factor -> value. */
const rowOf = (values: Readonly<Record<string, unknown>>) => HEADER.map((name) => values[name] ?? '');

describe('what would settle it', () => {
  it('never names what a known product is: a hard drive is not asked whether it is software', () => {
    const drive = rowOf({
      Customer: 'Both',
      'Product type': 'Physical',
      Price: 70,
      Complexity: 'Low',
      'See before buying': 'No',
      Control: 'Low',
      Reach: 'High',
      Market: 'Mass',
      Buyers: 'Many',
      'Local service': 'No',
      'Purchase frequency': 'Occasional',
      Delivery: 'From stock',
      'Customer value': 70,
    });
    const facts = settleFacts(drive);
    expect(facts.has('Product type')).toBe(false);
    expect(facts.has('Delivery')).toBe(false);
  });

  it('names a known amount only with its neighbouring band: a 3,500 piano is never asked about 0 to 50', () => {
    const piano = rowOf({
      Customer: 'B2C',
      'Product type': 'Physical',
      Price: 3500,
      Complexity: 'Low',
      'See before buying': 'Yes',
    });
    expect(settleFacts(piano).get('Price') ?? '').not.toContain('0 to 50');
  });

  it('for any row, a known fact is named only with levels next to its own, and never Product type or Delivery', () => {
    const table = presetTable('Balanced');
    const levelArb = (f: (typeof table.factors)[number]) =>
      fc.option(fc.integer({ min: 0, max: f.levels.length - 1 }), { nil: undefined, freq: 3 });
    fc.assert(
      fc.property(fc.tuple(...table.factors.map(levelArb)), (picks) => {
        const values: Record<string, unknown> = {};
        table.factors.forEach((f, i) => {
          const l = picks[i];
          if (l !== undefined)
            values[f.name] = f.kind === 'numeric' ? (f.bounds[l] as number) + 1 : f.levels[l];
        });
        const row = rowOf(values);
        const out = distmodel([HEADER, row], 'Balanced', 'all')[1] as unknown[];
        const facts = settleFacts(row);
        if (out[CONFIDENCE] === 'Firm') expect(facts.size).toBe(0);
        for (const [name, said] of facts) {
          if (said.startsWith('not given')) continue;
          expect(['Product type', 'Delivery']).not.toContain(name);
          const factor = table.factors.find((f) => f.name === name);
          if (factor?.kind !== 'category' || factor.levels.length < 3) continue;
          // Low/Medium/High and Rare/Occasional/Frequent: from an end, the far end is never offered.
          const now = said.match(/^now ([^;]+);/)?.[1];
          const ends = [factor.levels[0], factor.levels[factor.levels.length - 1]];
          if (name !== 'Customer' && now && ends.includes(now)) {
            const far = ends.find((e) => e !== now) as string;
            expect(said.slice(said.indexOf(';'))).not.toMatch(new RegExp(`[; ]${far}[ :]`));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
