// formatAmount writes numbers in sentences without Intl (hosts such as BigQuery may lack it, issue #20)
// and must read exactly as toLocaleString('en-US') did where the engine used it: band texts ("2,000 to
// 100,000", 2 decimals) and the two readings of an ambiguous amount (6 decimals).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/engine/basics/number-text';

describe('formatAmount', () => {
  it('matches en-US toLocaleString at 2 and 6 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
        fc.constantFrom(2, 6),
        (n, digits) => {
          const intl = n.toLocaleString('en-US', { maximumFractionDigits: digits });
          // Intl rounds half-way decimals of the exact binary value; both agree away from such ties.
          fc.pre(Math.abs(n * 10 ** digits - Math.round(n * 10 ** digits)) < 0.49);
          expect(formatAmount(n, digits)).toBe(intl === '-0' ? '0' : intl);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes the examples of the explanations as before', () => {
    expect(formatAmount(2000)).toBe('2,000');
    expect(formatAmount(100_000)).toBe('100,000');
    expect(formatAmount(1.5, 6)).toBe('1.5');
    expect(formatAmount(1234567.125, 6)).toBe('1,234,567.125');
  });
});
