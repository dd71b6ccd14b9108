// A factor of the user's own: rows added to the weights table make a products column with that header count.
import { describe, expect, it } from 'vitest';
import {
  distmodel,
  presetTable,
  resolveWeights,
  scoreProduct,
  weightsTableToGrid,
} from '../../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { parsedTable, referenceScore } from '../support';

/** Balanced plus a category factor (Warranty) and a numeric one (Employees, lower bounds 0/100/1,000). */
function customGrid(): unknown[][] {
  return [
    ...weightsTableToGrid(presetTable('Balanced')),
    ['Warranty', 'Short', 2, -1, 1, 0, 2],
    ['Warranty', 'Long', '', 2, -1, 2, -2],
    ['Employees', 0, 1, -2, 2, 0, 1],
    ['Employees', 100, '', 0, 1, 1, 0],
    ['Employees', '1k', '', 2, -1, 1, -1],
  ];
}

const scorer = resolveWeights(customGrid());
const table = parsedTable(customGrid());

function scored(headers: unknown[], values: unknown[]) {
  const result = scoreProduct(scorer, headers, values);
  if (result.status !== 'scored') throw new Error(JSON.stringify(result));
  return result.explanation;
}

describe('a custom factor with Yes/No or Low/Medium/High levels', () => {
  // Checkboxes and 1-5 ratings are accepted for the vocabulary, not for the eleven columns only.
  const grid = [
    ...weightsTableToGrid(presetTable('Balanced')),
    ['Needs training', 'yes', 1, 2, -2, 1, -2],
    ['Needs training', 'NO', '', 0, 1, 0, 1],
    ['Brand strength', 'Low', 1, 0, 0, -1, 1],
    ['Brand strength', 'Medium', '', 0, 0, 0, 0],
    ['Brand strength', 'High', '', 1, 1, 2, -1],
    ['Brand strength', 'Iconic', '', 2, 0, 2, -2],
  ];
  const own = resolveWeights(grid);
  const levelOf = (header: string, value: unknown) => {
    // With a product name: FALSE alone is an untouched checkbox on a row nobody started.
    const result = scoreProduct(own, ['Product', header], ['Course', value]);
    if (result.status !== 'scored')
      return result.status === 'invalid' ? result.messages.join(' ') : result.status;
    return result.explanation.contributions[0]?.level;
  };

  it.each([
    [true, 'yes'],
    [false, 'NO'],
    ['TRUE', 'yes'],
    ['n', 'NO'],
  ])('a Yes/No factor reads %s as %s', (value, level) => {
    expect(levelOf('Needs training', value)).toBe(level);
  });

  it.each([
    [1, 'Low'],
    [3, 'Medium'],
    ['5', 'High'],
    ['iconic', 'Iconic'],
  ])('a factor with Low, Medium and High among its levels reads %s as %s', (value, level) => {
    expect(levelOf('Brand strength', value)).toBe(level);
  });

  it('says what it accepts, checkbox and rating included', () => {
    expect(levelOf('Needs training', 'perhaps')).toBe(
      'Needs training: "perhaps" is not accepted; use yes or NO (a checkbox works too).',
    );
    expect(levelOf('Brand strength', 6)).toBe(
      'Brand strength: 6 is not accepted; use Low, Medium, High, Iconic or a number from 1 to 5.',
    );
  });

  it('a factor with other levels takes neither', () => {
    const warranty = resolveWeights(customGrid());
    expect(scoreProduct(warranty, ['Warranty'], [true]).status).toBe('invalid');
    expect(scoreProduct(warranty, ['Warranty'], [3]).status).toBe('invalid');
  });
});

describe('a custom category factor', () => {
  it('is read as a category with its own levels', () => {
    const warranty = table.factors.find((f) => f.name === 'Warranty');
    expect(warranty).toMatchObject({ kind: 'category', weight: 2, levels: ['Short', 'Long'] });
  });

  it('counts when the products block has a column with its header (any case or spacing)', () => {
    for (const header of ['Warranty', 'WARRANTY', ' warranty ']) {
      const e = scored(['Customer', header], ['B2C', 'long']);
      expect(e.contributions.map((c) => [c.factor, c.level])).toEqual([
        ['Customer', 'B2C'],
        ['Warranty', 'Long'],
      ]);
      const ref = referenceScore(table, { Customer: 'B2C', Warranty: 'Long' });
      e.scores.forEach((s, m) => {
        expect(Math.abs(s - (ref.scores[m] as number))).toBeLessThanOrEqual(0.1 + 1e-9);
      });
    }
  });

  it('changes the result: with Warranty = Long the winner moves', () => {
    // Customer = B2C alone favours open resale (+1, the others +0.5 at most); Long warranty (weight 2) is
    // strongly for assisted and dealers, so dealers come out on top.
    expect(scored(['Customer', 'Product'], ['B2C', 'x']).modelName).toBe('Open resale');
    expect(scored(['Customer', 'Warranty'], ['B2C', 'Long']).modelName).toBe('Authorized dealers');
  });

  it('counts as unknown when the block has no such column: same recommendation, one more factor missing', () => {
    const block = [
      ['Product', 'Customer', 'Price'],
      ['Widget', 'B2B', 120],
    ];
    const custom = distmodel(block, customGrid(), 'all')[1] as unknown[];
    const balanced = distmodel(block, 'Balanced', 'all')[1] as unknown[];
    expect(custom[0]).toBe(balanced[0]);
    expect(custom[7]).toBe(balanced[7]);
    expect(balanced[9]).toBe('2 of 13 factors, 15% of the weight');
    expect(custom[9]).toMatch(/^2 of 15 factors, /);
  });

  it('reports a bad value naming the column, the value and its levels', () => {
    const out = distmodel(
      [
        ['Customer', 'Warranty'],
        ['B2B', 'Lifetime'],
      ],
      customGrid(),
    );
    expect(out[1]?.[0]).toBe('Warranty: "Lifetime" is not accepted; use Short or Long.');
  });

  it('makes a header row recognisable together with one built-in column', () => {
    const out = distmodel(
      [
        ['Warranty', 'Customer'],
        ['Short', 'B2C'],
      ],
      customGrid(),
    );
    expect(out[0]).toEqual(['Distribution model']);
  });
});

describe('a custom numeric factor', () => {
  it('is numeric when every level is an amount', () => {
    expect(table.factors.find((f) => f.name === 'Employees')).toMatchObject({
      kind: 'numeric',
      bounds: [0, 100, 1000],
    });
  });

  it.each([
    [0, '0'],
    [99, '0'],
    [100, '100'],
    ['999', '100'],
    ['1k', '1k'],
    [250_000, '1k'],
  ])('%j employees fall in the level written %s', (value, bound) => {
    const e = scored(['Product', 'Employees'], ['x', value]);
    const ref = referenceScore(table, { Employees: bound });
    e.scores.forEach((s, m) => {
      expect(Math.abs(s - (ref.scores[m] as number))).toBeLessThanOrEqual(0.1 + 1e-9);
    });
  });

  it('rejects a value below its lowest bound, and text that is not an amount', () => {
    expect(scoreProduct(scorer, ['Employees'], [-3])).toEqual({
      status: 'invalid',
      messages: ['Employees: -3 is below the lowest level (0); use an amount of at least 0.'],
    });
    const junk = scoreProduct(scorer, ['Employees'], ['many']);
    expect(junk.status === 'invalid' && junk.messages[0]).toContain('Employees: "many" is not an amount');
  });

  it('can have negative bounds', () => {
    const grid = [
      [...WEIGHTS_TABLE_HEADER],
      ['Margin %', -50, 1, 2, 0, 0, 0],
      ['Margin %', 0, '', 0, 2, 0, 0],
      ['Margin %', 20, '', 0, 0, 2, 0],
    ];
    const s = resolveWeights(grid);
    const winner = (v: number) => {
      const r = scoreProduct(s, ['Margin %'], [v]);
      return r.status === 'scored' ? r.explanation.model : r.status;
    };
    expect(winner(-10)).toBe('direct-assisted');
    expect(winner(5)).toBe('direct-automated');
    expect(winner(20)).toBe('authorized-dealers');
    expect(winner(-51)).toBe('invalid');
  });
});
