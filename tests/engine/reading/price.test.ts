// Price: amounts as people type them, and the bands of the weights table (a level is a lower bound; a value
// takes the level with the largest bound not above it).
import { describe, expect, it } from 'vitest';
import { distmodel, parseAmount, resolveWeights, scoreProduct } from '../../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { DOMAIN_AFFINITY, domainGrid, parsedTable, priceBound, referenceScore } from '../support';

describe('parseAmount', () => {
  it.each([
    [1200, 1200],
    [0, 0],
    [49.99, 49.99],
    [-5, -5],
    ['1200', 1200],
    ['  1200  ', 1200],
    ['1,200,000', 1_200_000],
    ['$12,000.00', 12_000],
    ['$1,234,567.89', 1_234_567.89],
    ['€300', 300],
    ['1,2345', 1.2345],
    ['12k', 12_000],
    ['12K', 12_000],
    ['12 k', 12_000],
    ['1.5M', 1_500_000],
    ['1.5mm', 1_500_000],
    ['2bn', 2_000_000_000],
    ['2B', 2_000_000_000],
    ['USD 300', 300],
    ['usd300', 300],
    ['300 USD', 300],
    ['US$ 300', 300],
    ['$ 5', 5],
    ['.5', 0.5],
    ['-5', -5],
    ['+7', 7],
    ['$-5', -5],
    ['12kUSD', 12_000],
  ])('%j is %d', (input, amount) => {
    expect(parseAmount(input)).toBe(amount);
  });

  it.each(['abc', '', '   ', '12 apples', '12kk', '1e6', '$', 'k', '1.2.3', '#N/A', '5 - 10'])(
    '%j is not an amount',
    (input) => {
      expect(parseAmount(input)).toBeNaN();
    },
  );

  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    null,
    undefined,
    true,
    new Date(0),
    [5],
    {},
  ])('%s is not an amount', (input) => {
    expect(parseAmount(input)).toBeNaN();
  });

  it('reads -0 as zero, not as junk', () => {
    expect(parseAmount(-0) === 0).toBe(true);
    expect(parseAmount('-0') === 0).toBe(true);
  });
});

const balanced = resolveWeights(domainGrid());
const BALANCED_TABLE = parsedTable(domainGrid());
const PRICE_BOUNDS = DOMAIN_AFFINITY.filter(([f]) => f === 'Price').map(([, level]) => Number(level));

/** A named product's Price (a row of only a 0 and no name is a row nobody started, issue #17). */
function priceResult(value: unknown) {
  return scoreProduct(balanced, ['Product', 'Price'], ['Item', value]);
}

/** The Price-only row's scores, as the engine gives them. */
function priceScores(value: unknown): readonly number[] {
  const result = priceResult(value);
  if (result.status !== 'scored') throw new Error(`Price ${String(value)}: ${JSON.stringify(result)}`);
  return result.explanation.scores;
}

describe('Price bands of the Balanced table', () => {
  it('are the documented lower bounds 0, 50, 2,000 and 100,000', () => {
    expect(PRICE_BOUNDS).toEqual([0, 50, 2000, 100_000]);
  });

  // Each value must score exactly as the bound of its band, and (a bound being a level of its own) not
  // as the band below it.
  it.each([
    [0, '0'],
    [-0, '0'],
    [0.01, '0'],
    [49.99, '0'],
    [50, '50'],
    [50.01, '50'],
    [1999.99, '50'],
    [2000, '2000'],
    [99_999.99, '2000'],
    [100_000, '100000'],
    [35_000_000, '100000'],
    [1e15, '100000'],
  ])('%d falls in the band starting at %s', (value, bound) => {
    expect(priceBound(value)).toBe(bound);
    const reference = referenceScore(BALANCED_TABLE, { Price: bound });
    const got = priceScores(value);
    got.forEach((s, m) => {
      expect(Math.abs(s - (reference.scores[m] as number))).toBeLessThanOrEqual(0.1 + 1e-9);
    });
  });

  it('moves a score at each boundary: just below a bound is the band below', () => {
    for (const bound of PRICE_BOUNDS.slice(1)) {
      expect(priceScores(bound - 0.01)).not.toEqual(priceScores(bound));
      expect(priceScores(bound - 0.01)).toEqual(priceScores(PRICE_BOUNDS[PRICE_BOUNDS.indexOf(bound) - 1]));
    }
  });

  it('names the band in explanations', () => {
    const band = (value: unknown) => {
      const r = priceResult(value);
      return r.status === 'scored' ? r.explanation.contributions[0]?.level : r.status;
    };
    expect(band(10)).toBe('0 to 50');
    expect(band(50)).toBe('50 to 2,000');
    expect(band(2000)).toBe('2,000 to 100,000');
    expect(band(100_000)).toBe('100,000 or more');
  });

  it.each([
    ['$12,000.00', 12_000],
    ['12k', 12_000],
    ['1.5M', 1_500_000],
    ['USD 300', 300],
    ['2bn', 2e9],
    ['49.99', 49.99],
    ['$50', 50],
  ])('text %j scores as the number %d', (text, amount) => {
    expect(priceScores(text)).toEqual(priceScores(amount));
  });
});

describe('a bad Price', () => {
  it.each([-1, -0.01, '-5', '$-20'])(
    '%j is below the lowest level: the message says so and gives the bound',
    (v) => {
      const result = priceResult(v);
      expect(result.status).toBe('invalid');
      if (result.status !== 'invalid') return;
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatch(
        /^Price: .* is below the lowest level \(0\); use an amount of at least 0\.$/,
      );
    },
  );

  it.each(['abc', 'cheap', '12 apples', true, new Date(0), Number.NaN, Number.POSITIVE_INFINITY])(
    '%s is not an amount: the message names the column, the value and examples',
    (v) => {
      const result = priceResult(v);
      expect(result.status).toBe('invalid');
      if (result.status !== 'invalid') return;
      const message = result.messages[0] as string;
      expect(message.startsWith('Price: ')).toBe(true);
      expect(message).toContain('is not an amount');
      expect(message).toContain('"12k"');
      if (typeof v === 'string') expect(message).toContain(`"${v}"`);
      if (v instanceof Date) expect(message).toContain('a date');
    },
  );

  it('in one row leaves the other rows of the block as they would be alone', () => {
    const block = [
      ['Customer', 'Price'],
      ['B2B', 'lots'],
      ['B2C', 20],
    ];
    const out = distmodel(block, 'Balanced', 'all');
    expect(String(out[1]?.[0])).toContain('Price: "lots" is not an amount');
    expect(out[2]).toEqual(distmodel([block[0], block[2]], 'Balanced', 'all')[1]);
  });
});

describe('a numeric factor with bounds in any order', () => {
  it('still gives each value the largest bound not above it', () => {
    const grid = [
      [...WEIGHTS_TABLE_HEADER],
      ['Price', 100_000, 1, 2, -2, 1, -2],
      ['Price', 0, 1, -2, 1, -2, 2],
      ['Price', '2k', 1, 1, -1, 2, -2],
      ['Price', '$50', 1, -1, 2, 1, 0],
    ];
    const shuffled = resolveWeights(grid);
    const ordered = resolveWeights([grid[0], grid[2], grid[4], grid[3], grid[1]]);
    for (const value of [0, 49.99, 50, 1999.99, 2000, 99_999, 100_000, '1.5M']) {
      const a = scoreProduct(shuffled, ['Product', 'Price'], ['Item', value]);
      const b = scoreProduct(ordered, ['Product', 'Price'], ['Item', value]);
      expect(a.status).toBe('scored');
      if (a.status === 'scored' && b.status === 'scored')
        expect(a.explanation.scores).toEqual(b.explanation.scores);
    }
  });
});
