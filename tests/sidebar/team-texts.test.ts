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
  raters: [
    { rater: 'Ann', model: 'Authorized dealers', agrees: true },
    { rater: 'Ben', model: 'Authorized dealers', agrees: true },
    { rater: 'Cat', model: 'Direct (assisted sales)', agrees: false },
  ],
  factors: [{ factor: 'Customer', levels: ['B2B', 'Both', 'B2C'], disputed: true }],
  notes: [],
};

describe('Team view texts', () => {
  it('says whether the disagreement changes the answer and what would settle it', () => {
    expect(verdictText(product)).toBe(
      "Authorized dealers: 2 of 3 raters' own ratings give it (Firm). The disagreement changes the answer. To settle: Customer: B2B gives Direct (assisted sales); B2C or Both gives Authorized dealers.",
    );
    expect(verdictText({ ...product, toSettle: '' })).toMatch(
      /The disagreement changes the answer\. No one factor changes any rater's model: talk the disputed ones through together\.$/,
    );
    const all = product.raters.map((r) => ({ ...r, agrees: true }));
    expect(verdictText({ ...product, changesAnswer: false, agreeing: '3 of 3', raters: all })).toBe(
      "Authorized dealers: 3 of 3 raters' own ratings give it (Firm). Where they disagree, it does not change the answer.",
    );
  });

  it('says when no factor is in dispute, so only a blank can change the answer', () => {
    const alike = product.factors.map((f) => ({ ...f, disputed: false }));
    expect(verdictText({ ...product, factors: alike, toSettle: '' })).toBe(
      "Authorized dealers: 2 of 3 raters' own ratings give it (Firm). The disagreement changes the answer. No factor is in dispute, so a blank makes the difference: ask whoever left a factor blank to fill it.",
    );
    const all = product.raters.map((r) => ({ ...r, agrees: true }));
    expect(verdictText({ ...product, factors: alike, changesAnswer: false, raters: all })).toMatch(
      /No factor is in dispute\.$/,
    );
  });

  it('says a model most raters do not give wins on the average score, not by votes', () => {
    const raters = product.raters.map((r, i) => ({ ...r, agrees: i === 0 }));
    expect(verdictText({ ...product, agreeing: '1 of 3', raters })).toMatch(
      /^Authorized dealers: 1 of 3 raters' own ratings give it \(Firm\)\. It wins on the average score, not by votes\. The disagreement/,
    );
  });

  it('does not call one rater an agreement', () => {
    const one = { ...product, agreeing: '1 of 1', changesAnswer: false, raters: product.raters.slice(0, 1) };
    expect(verdictText(one)).toBe("Authorized dealers (Firm), from one rater's ratings: see the note below.");
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
