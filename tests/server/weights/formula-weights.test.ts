// Which weights a DISTMODEL formula reads, from its text, and the rewrite to the shared range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightsSources, withSharedWeights } from '../../../src/server/weights/formula-weights';

describe('weightsSources', () => {
  it.each([
    ['=DISTMODEL(A1:L)', [{ kind: 'none' }]],
    ['=distmodel( A1:L , , "all")', [{ kind: 'none' }]],
    ['=DISTMODEL(A1:L, DistModelWeights, "all")', [{ kind: 'shared' }]],
    ['=DISTMODEL(A1:L; distmodelweights; "all")', [{ kind: 'shared' }]],
    ['=DISTMODEL(A1:L, "B2B software")', [{ kind: 'other', text: '"B2B software"' }]],
    ["=DISTMODEL(A1:L, 'DistModel weights'!A1:H40)", [{ kind: 'other', text: "'DistModel weights'!A1:H40" }]],
    ['=IFERROR(DISTMODEL(A2:L2), "?")', [{ kind: 'none' }]],
    ['=DISTMODEL_WEIGHTS("Balanced")', []],
    ['="DISTMODEL(A1:L)"', []],
    ['=DISTMODEL(INDEX(A1:L, 1, 0), N1)', [{ kind: 'other', text: 'N1' }]],
  ])('%s', (formula, expected) => {
    expect(weightsSources(formula)).toEqual(expected);
  });
});

describe('withSharedWeights', () => {
  it.each([
    ['=DISTMODEL(A1:L)', '=DISTMODEL(A1:L, DistModelWeights)'],
    ['=DISTMODEL(A1:L, , "all")', '=DISTMODEL(A1:L, DistModelWeights, "all")'],
    [
      '=DISTMODEL(A1:L, "B2B software", "all", A$1:L$1)',
      '=DISTMODEL(A1:L, DistModelWeights, "all", A$1:L$1)',
    ],
    ['=DISTMODEL(A1:L;;"all")', '=DISTMODEL(A1:L;DistModelWeights;"all")'],
    [
      '=IFERROR(DISTMODEL(A2:L2), DISTMODEL(A3:L3))',
      '=IFERROR(DISTMODEL(A2:L2, DistModelWeights), DISTMODEL(A3:L3, DistModelWeights))',
    ],
  ])('%s', (formula, expected) => {
    expect(withSharedWeights(formula)).toBe(expected);
  });

  it('property: every call of the rewrite reads the shared weights, and the rewrite is stable', () => {
    const arg = fc.constantFrom(
      'A1:L',
      'A2:L9',
      '"B2B software"',
      '',
      'N1',
      'DistModelWeights',
      "'W s'!A:G",
      '"a,b"',
    );
    const formula = fc
      .tuple(
        arg,
        fc.option(arg, { nil: undefined }),
        fc.option(fc.constantFrom('"all"', '"model"'), { nil: undefined }),
      )
      .map(([p, w, o]) => `=DISTMODEL(${[p, w, o].filter((x) => x !== undefined).join(', ')})`);
    fc.assert(
      fc.property(formula, (f) => {
        const once = withSharedWeights(f);
        expect(weightsSources(once).every((s) => s.kind === 'shared')).toBe(true);
        expect(withSharedWeights(once)).toBe(once);
      }),
    );
  });
});
