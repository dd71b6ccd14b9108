// Issue 8 §1: a level missing from the weights table is the table's fault. A product whose value is a
// level the built-in factor knows, but the table has no row for, reads a message naming the table row to
// add, not one telling the user their product value is not accepted.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FACTORS, distmodel, presetTable, weightsTableToGrid } from '../../../src/engine';

const balanced = () => weightsTableToGrid(presetTable('Balanced'));
const without = (factor: string, level: string) =>
  balanced().filter((row) => !(row[0] === factor && String(row[1]) === level));

/** The one-cell model output of a single product row (with header) under a weights grid. */
function modelOf(header: string[], row: unknown[], grid: unknown[][]): unknown {
  return distmodel([header, row], grid, 'model')[1]?.[0];
}

describe('a level deleted from the weights table', () => {
  it('Reach = High without a Reach | High row blames the table and says which row to add', () => {
    const message = modelOf(['Product', 'Reach'], ['Kiosk', 'High'], without('Reach', 'High'));
    expect(message).toBe('Reach: "High" is missing from the weights table; add a Reach | High row.');
  });

  it('aliases and ratings of the missing level say what they mean', () => {
    const grid = without('Reach', 'High');
    expect(modelOf(['Product', 'Reach'], ['Kiosk', 5], grid)).toBe(
      'Reach: 5 means High, which is missing from the weights table; add a Reach | High row.',
    );
    expect(
      modelOf(['Product', 'See before buying'], ['Kiosk', true], without('See before buying', 'Yes')),
    ).toBe(
      'See before buying: true means Yes, which is missing from the weights table; add a See before buying | Yes row.',
    );
  });

  it("a value no level means is still the product's fault, and the other levels still score", () => {
    const grid = without('Reach', 'High');
    expect(modelOf(['Product', 'Reach'], ['Kiosk', 'Huge'], grid)).toMatch(
      /^Reach: "Huge" is not accepted; use /,
    );
    expect(modelOf(['Product', 'Reach', 'Customer'], ['Kiosk', 'Low', 'B2B'], grid)).toBe(
      distmodel(
        [
          ['Product', 'Reach', 'Customer'],
          ['Kiosk', 'Low', 'B2B'],
        ],
        balanced(),
        'model',
      )[1]?.[0],
    );
  });

  it('a Price below the lowest band left in the table names the band to add', () => {
    expect(modelOf(['Product', 'Price'], ['Gum', 20], without('Price', '0'))).toBe(
      "Price: 20 is below the weights table's lowest Price level (50); add a Price | 0 row.",
    );
    expect(modelOf(['Product', 'Price'], ['Gum', -5], balanced())).toMatch(/below the lowest level \(0\)/);
  });

  // Every built-in category level, removed in turn: the kind, not the one example.
  const cases = BUILT_IN_FACTORS.filter((f) => f.kind === 'category').flatMap((f) =>
    f.levels.map((level) => [f.name, level] as const),
  );
  it.each(cases)('%s without its %s row', (factor, level) => {
    expect(modelOf(['Product', factor], ['P', level], without(factor, level))).toBe(
      `${factor}: "${level}" is missing from the weights table; add a ${factor} | ${level} row.`,
    );
  });
});
