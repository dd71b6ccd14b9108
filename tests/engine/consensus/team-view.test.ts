// The Team view's data (issue #21) on the bad input: a rater row without a product, a product with
// one rater, 50 raters, no Rater column. Other products are unaffected, and every figure is the one
// DISTMODEL_CONSENSUS gives.
import { describe, expect, it } from 'vitest';
import {
  CallError,
  CONSENSUS_HEADERS,
  distmodelConsensus,
  resolveWeights,
  type TeamData,
  teamView,
} from '../../../src/engine/index';
import { domainGrid } from '../support';
import { calibration, RATINGS_HEADER } from './support';

const W = domainGrid();
const scorer = resolveWeights(W);
const HEADER = RATINGS_HEADER;
const col = (name: string) => CONSENSUS_HEADERS.all.indexOf(name);

/** A field calibration service three raters see alike but for Customer and Buyers. */
const service = (rater: string, customer: string, buyers = 'Few', product = 'Calibration') =>
  calibration(product, rater, customer, 'High', buyers);
const TEAM = [service('Ann', 'B2B', 'Many'), service('Ben', 'B2C'), service('Cat', 'B2B')];

/** The Team view's figures per product, and the formula's, side by side. */
function agreesWithFormula(grid: unknown[][], view: TeamData): void {
  const formula = distmodelConsensus(grid, W).slice(1);
  for (const p of view.portfolio) {
    const row = formula.find((r) => r[0] === p.product) as unknown[];
    expect([p.model, p.agreeing, p.changesAnswer, p.disputed]).toEqual([
      row[col('Distribution model')],
      row[col('Agreeing')],
      row[col('Changes the answer')],
      row[col('Factors in dispute')],
    ]);
  }
}

describe('teamView', () => {
  it('shows the selected product with the formula figures, To settle included', () => {
    const grid = [HEADER, ...TEAM];
    const view = teamView(scorer, grid, 2);
    const row = distmodelConsensus(grid, W)[1] as unknown[];
    expect(view.product?.product).toBe('Calibration');
    expect(view.product?.toSettle).toBe(row[col('To settle')]);
    expect(view.product?.toSettle).not.toBe('');
    expect(view.product?.factors.filter((f) => f.disputed).map((f) => f.factor)).toEqual([
      'Buyers',
      'Customer',
    ]);
    agreesWithFormula(grid, view);
  });

  it('a rater row without a product is listed apart; the other products are unaffected', () => {
    const orphan = service('Dan', 'B2C', 'Many', '');
    const grid = [HEADER, TEAM[0] as unknown[], orphan, ...TEAM.slice(1)];
    const view = teamView(scorer, grid, 2);
    expect(view.product).toBeNull();
    expect(view.orphans).toEqual([
      "Ratings row 3: no Product, so Dan's ratings count for no product; fill the Product column.",
    ]);
    expect(view.portfolio).toEqual(teamView(scorer, [HEADER, ...TEAM], 1).portfolio);
  });

  it('a product with one rater says so, beside products with several', () => {
    const grid = [HEADER, ...TEAM, service('Ann', 'B2B', 'Few', 'Valve')];
    const view = teamView(scorer, grid, 4);
    expect(view.product?.raters.map((r) => r.rater)).toEqual(['Ann']);
    expect(view.product?.notes).toEqual(['Only Ann has rated it: no one to agree with yet.']);
    expect(view.product?.changesAnswer).toBe(false);
    expect(view.portfolio.map((p) => p.product)).toContain('Calibration');
    agreesWithFormula(grid, view);
  });

  it('50 raters: every one side by side, and every note listed in full', () => {
    const raters = Array.from({ length: 50 }, (_, i) =>
      service(`Rater ${i + 1}`, ['B2B', 'B2C', 'Both'][i % 3] as string, ['Few', 'Many'][i % 2] as string),
    );
    const late = Array.from({ length: 50 }, (_, i) => ['Calibration', `Late ${i + 1}`, 'B3B']);
    const grid = [HEADER, ...raters, ...late];
    const view = teamView(scorer, grid, 1);
    expect(view.product?.raters).toHaveLength(50);
    for (const f of view.product?.factors ?? []) expect(f.levels).toHaveLength(50);
    expect(view.product?.notes).toHaveLength(50);
    expect(view.product?.notes[0]).toBe(
      'Late 1 (row 52) left out: Customer: "B3B" is not accepted; use B2B, B2C or Both.',
    );
    for (const note of view.product?.notes ?? []) expect(note.length).toBeLessThan(300);
    agreesWithFormula(grid, view);
  });

  it('without a Rater column it is the same clear error as the formula', () => {
    const noRater = [HEADER.filter((h) => h !== 'Rater'), ...TEAM.map((r) => r.filter((_, i) => i !== 1))];
    expect(() => teamView(scorer, noRater, 1)).toThrow(CallError);
    expect(() => teamView(scorer, noRater, 1)).toThrow(/^ratings: the header has no Rater column; add one/);
  });
});
