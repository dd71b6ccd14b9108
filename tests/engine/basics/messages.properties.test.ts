// Issue #17, section 3: every message stays under 300 characters and quotes at most a short piece of the
// input, whatever the input: a property over every message producer of the engine (row messages, call
// errors of DISTMODEL, DISTMODEL_SENSITIVITY and DISTMODEL_FIT, weights tables).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  CallError,
  distmodel,
  distmodelSensitivity,
  learnWeights,
  MODEL_DISPLAY_NAMES,
  PRESET_NAMES,
} from '../../../src/engine/index';
import { domainGrid } from '../support';

const LONG = 'x'.repeat(50_000);
const HEADERS = ['Product', ...BUILT_IN_FACTORS.map((f) => f.name)];

/** Cells people and imports put in tables: levels, amounts, junk, very long text, errors, formulas. */
const cell = fc.oneof(
  fc.constantFrom(
    'B2B',
    'Low',
    'High',
    'Yes',
    'lots',
    '#N/A',
    '=HYPERLINK("x")',
    '+Reach',
    '',
    LONG,
    `${LONG}(`,
  ),
  fc.string({ maxLength: 400 }),
  fc.double(),
  fc.boolean(),
  fc.integer({ min: -1e9, max: 1e9 }),
);

const header = fc.array(
  fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 300 }), fc.constant(LONG)),
  {
    minLength: 2,
    maxLength: 12,
  },
);

/** A weights argument: a preset, junk text, or the domain table with junk in a few cells. */
const weights = fc.oneof(
  fc.constantFrom<unknown>(...PRESET_NAMES, LONG, '=IMPORTXML(1)'),
  fc.array(fc.tuple(fc.nat(30), fc.nat(6), cell), { maxLength: 8 }).map((edits) => {
    const grid = domainGrid();
    for (const [r, c, v] of edits) (grid[r] as unknown[])[c] = v;
    return grid;
  }),
);

const OUTPUTS = ['model', 'flip', 'whatif', 'all'] as const;

/** Every message a call produces: the call error's, or the row messages among its cells. */
function messagesOf(call: () => unknown[][]): string[] {
  try {
    return call()
      .flat()
      .filter(
        (c): c is string => typeof c === 'string' && !(MODEL_DISPLAY_NAMES as readonly string[]).includes(c),
      );
  } catch (err) {
    if (!(err instanceof CallError)) throw err;
    return [err.message];
  }
}

describe('every message is under 300 characters', () => {
  it('row messages and call errors of DISTMODEL and DISTMODEL_SENSITIVITY, for any table and weights', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 4 }),
        weights,
        (h, rows, w) => {
          const block = [h, ...rows];
          const found = [
            ...messagesOf(() => distmodel(block, w, 'model')),
            ...messagesOf(() => distmodel(block, w, 'flip')),
            ...messagesOf(() => distmodelSensitivity(block, w)),
          ];
          for (const message of found) expect(message.length).toBeLessThan(300);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an unknown output or weights name quotes at most a short piece of it', () => {
    for (const output of OUTPUTS)
      expect(messagesOf(() => distmodel([['B2B']], LONG, output))[0]?.length).toBeLessThan(300);
    expect(messagesOf(() => distmodel([['B2B']], 'Balanced', LONG))[0]?.length).toBeLessThan(300);
  });

  it('DISTMODEL_FIT errors, for any models column', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (models) => {
        const block = [HEADERS, ...models.map(() => HEADERS.map(() => LONG))];
        const found = messagesOf(() => {
          learnWeights(
            block,
            models.map((m) => [m]),
            'Balanced',
            1,
          );
          return [];
        });
        for (const message of found) expect(message.length).toBeLessThan(300);
      }),
      { numRuns: 40 },
    );
  });

  it('a factor of 1,000 levels: a bad value lists a few levels and counts the rest', () => {
    const grid = [domainGrid()[0] as unknown[]];
    for (let i = 0; i < 150; i++) grid.push(['Region', `Region ${i}`, i === 0 ? 1 : '', 1, 0, 0, 0]);
    const [message] = messagesOf(() =>
      distmodel(
        [
          ['Product', 'Region'],
          ['Item', 'Atlantis'],
        ],
        grid,
        'model',
      ),
    ).slice(1);
    expect(message).toMatch(/^Region: "Atlantis" is not accepted; use .* or 142 more\.$/);
    expect(message?.length).toBeLessThan(300);
  });
});
