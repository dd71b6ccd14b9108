// DISTMODEL_CONSENSUS on plain values (issue #21): the examples of the issue, each rater's own row checked
// against DISTMODEL itself, and the bad inputs it lists.
import { describe, expect, it } from 'vitest';
import {
  CallError,
  CONSENSUS_HEADERS,
  distmodel,
  distmodelConsensus,
  MODEL_DISPLAY_NAMES,
} from '../../../src/engine/index';
import { domainGrid } from '../support';
import { calibration, RATINGS_HEADER } from './support';

/** The documented domain table, every weight 1: the examples stay put when a preset is re-tuned. */
const W = domainGrid();

const HEADER = RATINGS_HEADER;

/** The model DISTMODEL gives one rater's row on its own (the Rater column dropped). */
function ownModel(row: readonly unknown[]): string {
  const drop = (r: readonly unknown[]) => r.filter((_, i) => i !== 1);
  return String(distmodel([drop(HEADER), drop(row)], W)[1]?.[0]);
}

const col = (name: string) => CONSENSUS_HEADERS.all.indexOf(name);

describe('DISTMODEL_CONSENSUS', () => {
  const sales = calibration('Calibration', 'Ann (sales)', 'B2B', 'High');
  const product = calibration('Calibration', 'Ben (product)', 'Both', 'High');
  const finance = calibration('Calibration', 'Cat (finance)', 'B2C', 'Medium');

  it('gives the model of the highest average score, who agrees, the disputes and the factor that settles it', () => {
    expect([sales, product, finance].map(ownModel)).toEqual([
      'Direct (assisted sales)',
      'Authorized dealers',
      'Authorized dealers',
    ]);
    const out = distmodelConsensus([HEADER, sales, product, finance], W);
    expect(out[0]).toEqual([...CONSENSUS_HEADERS.all]);
    expect(out[1]).toEqual([
      'Calibration',
      'Authorized dealers',
      3,
      '2 of 3',
      'Customer, Complexity',
      true,
      'Customer: B2B gives Direct (assisted sales); B2C or Both gives Authorized dealers',
      // Judged as one row is (the calibrated gaps and the conformal set): a lead of 6.1 is clear of the
      // Close call gap but short of Firm, and the raters' split keeps Direct (assisted sales) possible.
      'Likely',
      'Direct (assisted sales)',
      '',
    ]);
    // The average of the three rows' DISTMODEL scores, to the shown tenth.
    const scores = distmodelConsensus([HEADER, sales, product, finance], W, 'scores');
    expect(scores[1]).toEqual(['Calibration', 50, -25.7, 56.1, -60.6]);
  });

  it('averages scores rather than counting votes: two raters for a model can still lose to one', () => {
    const out = distmodelConsensus(
      [
        HEADER,
        calibration('Calibration', 'Ann', 'B2B', 'High'),
        calibration('Calibration', 'Ben', 'B2C', 'High'),
        calibration('Calibration', 'Cat', 'B2B', 'High'),
      ],
      W,
    );
    expect(out[1]?.slice(1, 4)).toEqual(['Authorized dealers', 3, '1 of 3']);
    expect(out[1]?.[col('Could also be')]).toBe('Direct (assisted sales)');
  });

  it('names the factor that moves a rater when no single agreed level settles it (To settle was blank)', () => {
    // Ann sees many buyers, Ben consumers; Cat neither. Each dispute moves one rater, so neither settles
    // it alone, and To settle was blank. Agreeing on Buyers (Many) brings all three to the consensus.
    const ann = calibration('Calibration', 'Ann', 'B2B', 'High', 'Many');
    const ben = calibration('Calibration', 'Ben', 'B2C', 'High');
    const cat = calibration('Calibration', 'Cat', 'B2B', 'High');
    expect([ann, ben, cat].map(ownModel)).toEqual([
      'Authorized dealers',
      'Authorized dealers',
      'Direct (assisted sales)',
    ]);
    const out = distmodelConsensus([HEADER, ann, ben, cat], W)[1] as unknown[];
    expect(out.slice(1, 6)).toEqual(['Authorized dealers', 3, '2 of 3', 'Buyers, Customer', true]);
    expect(out[col('To settle')]).toBe(
      'Buyers: Many gives Authorized dealers with 3 of 3 agreeing; Few gives Authorized dealers with 1 of 3 agreeing',
    );
    // Applied: every rater at Many gives Authorized dealers, all three agreeing.
    const atMany = [ann, ben, cat].map((row) => row.map((cell, i) => (i === 10 ? 'Many' : cell)));
    expect(distmodelConsensus([HEADER, ...atMany], W)[1]?.slice(1, 4)).toEqual([
      'Authorized dealers',
      3,
      '3 of 3',
    ]);
  });

  it('"raters" lists the model each rater\'s own row gives, as DISTMODEL gives it', () => {
    const out = distmodelConsensus([HEADER, sales, product, finance], W, 'raters');
    expect(out).toEqual([
      ['Product', 'Rater', 'Own model', 'Agrees'],
      ['Calibration', 'Ann (sales)', ownModel(sales), false],
      ['Calibration', 'Ben (product)', ownModel(product), true],
      ['Calibration', 'Cat (finance)', ownModel(finance), true],
    ]);
  });

  it("a dispute that changes no rater's model is listed but does not change the answer", () => {
    const out = distmodelConsensus(
      [
        HEADER,
        calibration('Calibration', 'Ann', 'B2C', 'High'),
        calibration('Calibration', 'Ben', 'Both', 'Low'),
      ],
      W,
    );
    expect(out[1]?.slice(0, 7)).toEqual([
      'Calibration',
      'Authorized dealers',
      2,
      '2 of 2',
      'Customer, Complexity',
      false,
      '',
    ]);
  });

  it('reads each row exactly as DISTMODEL does: units in headers, placeholders, synonyms, any order', () => {
    const header = ['Rated by', 'Complexity', 'Price (k$)', 'Item', 'Customer'];
    const out = distmodelConsensus(
      [header, ['Ann', 'High', 40, 'Pump', 'B2B'], ['Ben', 'TBD', '40', 'pump ', 'B2B']],
      W,
      'raters',
    );
    const alone = (row: unknown[]) => distmodel([header.slice(1), row.slice(1)], W)[1]?.[0];
    expect(out.slice(1).map((r) => r[2])).toEqual([
      alone(['Ann', 'High', 40, 'Pump', 'B2B']),
      alone(['Ben', 'TBD', '40', 'pump ', 'B2B']),
    ]);
    // "pump " is the same product as "Pump" (the first spelling is shown); TBD is Ben's unknown, no dispute.
    const all = distmodelConsensus(
      [header, ['Ann', 'High', 40, 'Pump', 'B2B'], ['Ben', 'TBD', '40', 'pump ', 'B2B']],
      W,
    );
    expect(all).toHaveLength(2);
    expect(all[1]?.slice(0, 5)).toEqual(['Pump', alone(['Ann', 'High', 40, 'Pump', 'B2B']), 2, '2 of 2', '']);
  });
});

describe('DISTMODEL_CONSENSUS on bad input', () => {
  const good = [
    calibration('Calibration', 'Ann', 'B2B', 'High'),
    calibration('Calibration', 'Ben', 'Both', 'High'),
  ];
  const expectedGood = distmodelConsensus([HEADER, ...good], W)[1];

  it('a rater row without a product gets its own message, last; other products are unaffected', () => {
    const out = distmodelConsensus(
      [HEADER, good[0] as unknown[], calibration('', 'Cat', 'B2C', 'Low'), good[1] as unknown[]],
      W,
    );
    expect(out[1]).toEqual(expectedGood);
    expect(out[2]?.[0]).toBe(
      "Ratings row 3: no Product, so Cat's ratings count for no product; fill the Product column.",
    );
    expect(out[2]?.slice(1).every((c) => c === '')).toBe(true);
  });

  it('a product with one rater is scored as DISTMODEL scores that row, with a note', () => {
    const solo = calibration('Solo', 'Ann', 'B2B', 'High');
    const out = distmodelConsensus([HEADER, ...good, solo], W);
    expect(out[1]).toEqual(expectedGood);
    expect(out[2]?.slice(0, 6)).toEqual(['Solo', ownModel(solo), 1, '1 of 1', '', false]);
    expect(out[2]?.[col('Notes')]).toBe('Only Ann has rated it: no one to agree with yet.');
  });

  it('50 raters: every one counted, the notes cell stays short', () => {
    const raters = Array.from({ length: 50 }, (_, i) =>
      calibration(
        'Big',
        `Rater ${i + 1}`,
        ['B2B', 'B2C', 'Both'][i % 3] as string,
        ['High', 'Low'][i % 2] as string,
      ),
    );
    const broken = Array.from({ length: 50 }, (_, i) => ['Big', `Late ${i + 1}`, 'B3B']);
    const out = distmodelConsensus([HEADER, ...good, ...raters, ...broken], W);
    expect(out[1]).toEqual(expectedGood);
    expect(out[2]?.slice(0, 4)).toEqual(['Big', out[2]?.[1], 50, out[2]?.[3]]);
    expect(MODEL_DISPLAY_NAMES).toContain(out[2]?.[1]);
    const notes = String(out[2]?.[col('Notes')]);
    expect(notes.length).toBeLessThan(300);
    expect(notes).toMatch(
      /^Late 1 \(row 54\) left out: Customer: "B3B" is not accepted; use B2B, B2C or Both\./,
    );
    expect(notes).toMatch(/more notes: see the Team view\.\)$/);
  });

  it('a missing Rater column is a clear error naming what to add', () => {
    const noRater = [HEADER.filter((h) => h !== 'Rater'), ...good.map((r) => r.filter((_, i) => i !== 1))];
    expect(() => distmodelConsensus(noRater, W)).toThrow(CallError);
    expect(() => distmodelConsensus(noRater, W)).toThrow(/^ratings: the header has no Rater column; add one/);
  });

  it('no header row, or no Product column, is a clear error', () => {
    expect(() => distmodelConsensus(good)).toThrow(/^ratings: start the range at its header row/);
    expect(() => distmodelConsensus('B2B')).toThrow(/^ratings: give the ratings block with its header row/);
    const noProduct = [HEADER.slice(1), ...good.map((r) => r.slice(1))];
    expect(() => distmodelConsensus(noProduct)).toThrow(/^ratings: the header has no Product column/);
  });

  it('a bad cell, a missing rater name, an unrated row and a second row by the same rater are noted, not lost', () => {
    const out = distmodelConsensus(
      [
        HEADER,
        ...good,
        calibration('Calibration', 'Cat', 'B2B', 'Very'),
        calibration('Calibration', '', 'B2C', 'Low'),
        ['Calibration', 'Dan'],
        calibration('Calibration', 'ann', 'B2B', 'High'),
      ],
      W,
    );
    expect(out[1]?.slice(0, 4)).toEqual(expectedGood?.slice(0, 4));
    expect(out[1]?.[col('Notes')]).toBe(
      'Cat (row 4) left out: Complexity: "Very" is not accepted; use High, Medium, Low or a number from 1 to 5. ' +
        'Row 5 has no Rater, so it is left out; type who rated it in the Rater column. ' +
        'Dan has not rated yet (row 6). Ann rated it twice (rows 2 and 7): row 7 counts.',
    );
  });

  it('a product no rater could be scored for says why in its own row', () => {
    const out = distmodelConsensus([HEADER, ...good, ['Later', 'Ann'], ['Later', 'Ben']], W);
    expect(out[2]?.[0]).toBe('Later');
    expect(out[2]?.[1]).toBe('Not scored: Ann has not rated yet (row 4). Ben has not rated yet (row 5).');
    expect(out[2]).toHaveLength(CONSENSUS_HEADERS.all.length);
  });

  it('an unknown output is a wrong call', () => {
    expect(() => distmodelConsensus([HEADER, ...good], W, 'votes')).toThrow(
      /^output: "votes" is not accepted; use "all", "model", "scores" or "raters"\.$/,
    );
  });
});
