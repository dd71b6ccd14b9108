// The Team view's sentences (issue #21).
import { describe, expect, it } from 'vitest';
import { portfolioText, verdictText } from '../../sidebar/team';
import type { TeamProduct } from '../../src/shared/sidebar-contract';

const product: TeamProduct = {
  product: 'Pump',
  model: 'Authorized dealers',
  agreeing: '2 of 3',
  changesAnswer: true,
  toSettle: 'Customer: B2B gives Direct (assisted sales); B2C or Both gives Authorized dealers',
  confidence: 'Firm',
  couldAlsoBe: '',
  raters: [],
  factors: [],
  notes: [],
};

describe('Team view texts', () => {
  it('says whether the disagreement changes the answer and what would settle it', () => {
    expect(verdictText(product)).toBe(
      "Authorized dealers: 2 of 3 raters' own ratings give it (Firm). The disagreement changes the answer. To settle: Customer: B2B gives Direct (assisted sales); B2C or Both gives Authorized dealers.",
    );
    expect(verdictText({ ...product, toSettle: '' })).toMatch(
      /No single factor settles it: talk the disputed ones through\.$/,
    );
    expect(verdictText({ ...product, changesAnswer: false, agreeing: '3 of 3' })).toBe(
      "Authorized dealers: 3 of 3 raters' own ratings give it (Firm). Where they disagree, it does not change the answer.",
    );
  });

  it('lists a portfolio product with its disputes', () => {
    expect(
      portfolioText({
        product: 'Pump',
        model: 'Open resale',
        agreeing: '1 of 2',
        changesAnswer: true,
        disputed: 'Customer',
      }),
    ).toBe('Pump: Open resale, 1 of 2 (Customer)');
    expect(
      portfolioText({
        product: 'App',
        model: 'Open resale',
        agreeing: '2 of 2',
        changesAnswer: false,
        disputed: '',
      }),
    ).toBe('App: Open resale, 2 of 2');
  });
});
