// The sidebar's Team view on a ratings sheet (issue #21): the selected row's product with each rater's
// levels side by side, disputed factors first, and the portfolio with answer-changing disputes first.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FACTORS, distmodelConsensus } from '../../src/engine';
import type { TeamView } from '../../src/shared/sidebar-contract';
import { balanced, harness, values } from './support';

type Ok = Extract<TeamView, { status: 'ok' }>;

describe('getTeamView', () => {
  it("shows the selected product's raters side by side, disputes first, and agrees with DISTMODEL_CONSENSUS", () => {
    const h = harness();
    h.call('setupRatingsSheet');
    h.env.setActiveRange('Ratings!C3');
    const view = h.call<TeamView>('getTeamView') as Ok;
    expect(view.status).toBe('ok');
    const consensus = distmodelConsensus(values(h, 'Ratings!A1:O7'), balanced());
    const row = consensus[1] as unknown[];
    const p = view.product;
    expect(p?.product).toBe(row[0]);
    expect([p?.model, p?.agreeing, p?.changesAnswer, p?.toSettle]).toEqual([row[1], row[3], row[5], row[6]]);
    expect(p?.raters.map((r) => r.rater)).toEqual([
      'Sales (example)',
      'Product (example)',
      'Finance (example)',
    ]);
    expect(p?.raters.map((r) => r.agrees)).toEqual([true, true, false]);
    const disputed = p?.factors.filter((f) => f.disputed) ?? [];
    expect(disputed.map((f) => f.factor).sort()).toEqual(['Buyers', 'Complexity', 'Customer']);
    expect(p?.factors.slice(0, 3).every((f) => f.disputed)).toBe(true);
    expect(p?.factors.find((f) => f.factor === 'Customer')?.levels).toEqual(['B2B', 'Both', 'B2C']);
    expect(p?.factors).toHaveLength(BUILT_IN_FACTORS.length);
    // The portfolio: the product whose dispute changes the answer first.
    expect(view.portfolio.map((r) => [r.product, r.changesAnswer])).toEqual([
      [row[0], true],
      [consensus[2]?.[0], false],
    ]);
  });

  it('on the header row it shows the portfolio only; on a sheet without a Rater column it says what to do', () => {
    const h = harness({
      Products: [
        ['Product', 'Customer', 'Price'],
        ['Pump', 'B2B', 900],
      ],
    });
    h.env.setActiveRange('Products!A2');
    const none = h.call<TeamView>('getTeamView');
    expect(none).toEqual({
      status: 'none',
      message:
        '"Products" has no ratings (a header with Product, Rater and factor columns). Use Extensions > DistModel > Set up ratings, or open your ratings sheet.',
    });
    h.call('setupRatingsSheet');
    h.env.setActiveRange('Ratings!A1');
    const view = h.call<TeamView>('getTeamView') as Ok;
    expect(view.product).toBeNull();
    expect(view.portfolio).toHaveLength(2);
  });
});
