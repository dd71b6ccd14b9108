// The Team panel of the built sidebar in Chromium (issue #21): the selected product's raters side by side,
// disputed factors marked in words, the own models, and the portfolio with answer-changing disputes first.
// The fake server answers with the engine's own teamView, as the real one does.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { presetScorer, teamView } from '../../src/engine/index';
import type { TeamView } from '../../src/shared/sidebar-contract';
import { describeBrowser, pagePerTest, saveScreenshot as screenshot } from '../support/browser';
import { openFakeSidebar } from './fake-server';

const HEADER = ['Product', 'Rater', 'Customer', 'Complexity', 'Price', 'Product type'];
const GRID = [
  HEADER,
  ['Pump', 'Ann (sales)', 'B2B', 'High', 3000, 'Service'],
  ['Pump', 'Ben (product)', 'B2C', 'Low', 3000, 'Service'],
  ['App', 'Ann (sales)', 'B2C', 'Low', 10, 'Software'],
  ['App', 'Ben (product)', 'Both', 'Low', 10, 'Software'],
];

function view(selected: number): TeamView {
  const scorer = presetScorer('Balanced');
  if (!scorer) throw new Error('no Balanced preset');
  return { status: 'ok', sheetName: 'Ratings', ...teamView(scorer, GRID, selected) };
}

describeBrowser('Team panel in Chromium with a fake server', () => {
  const pageOf = pagePerTest({ width: 300, height: 900 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it("shows each rater's levels side by side, the disputes marked, and the portfolio", async () => {
    const expected = view(1);
    const s = await openFakeSidebar(page, { handlers: { getTeamView: async () => expected } });
    await page.getByRole('button', { name: 'Show raters' }).click();
    const table = page.locator('.team-table');
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual(['Factor', 'Ann (sales)', 'Ben (product)']);
    const product = expected.status === 'ok' ? expected.product : null;
    const disputed = product?.factors.filter((f) => f.disputed).map((f) => `${f.factor} disputed`) ?? [];
    expect(disputed.length).toBeGreaterThan(0);
    expect(await table.locator('tr.disputed th').allTextContents()).toEqual(disputed);
    expect(await table.locator('tr.own-model td').allTextContents()).toEqual(
      product?.raters.map((r) => r.model),
    );
    expect(await page.locator('.team-verdict').textContent()).toMatch(
      /^.+: \d of 2 raters' own ratings give it/,
    );
    const items = await page.locator('.team-portfolio li').allTextContents();
    const portfolio = expected.status === 'ok' ? expected.portfolio : [];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(new RegExp(`^${portfolio[0]?.product}: `));
    await screenshot(page, 'sidebar-team');
    expect(s.errors).toEqual([]);
  });

  it('on a row that names no product it says which row to select, above the portfolio', async () => {
    await openFakeSidebar(page, { handlers: { getTeamView: async () => view(0) } });
    await page.getByRole('button', { name: 'Show raters' }).click();
    await expect
      .poll(() => page.locator('.team-body > p').first().textContent())
      .toBe('Select a rating row of "Ratings" that names a product to see its raters.');
    expect(await page.locator('.team-portfolio li').count()).toBe(2);
  });

  it('three raters with long levels fit the 300 px sidebar, wrapped rather than cut off', async () => {
    // A fresh trial saw a third rater's column cut to "Occasion" and "Authorize".
    const grid = [
      [...HEADER, 'Purchase frequency'],
      ['Printer', 'Priya (sales)', 'B2B', 'High', 20000, 'Physical', 'Occasional'],
      ['Printer', 'Tom (product)', 'B2C', 'Low', 20000, 'Physical', 'Frequent'],
      ['Printer', 'Kim (finance)', 'Both', 'Medium', 20000, 'Physical', 'Occasional'],
    ];
    const scorer = presetScorer('Balanced');
    if (!scorer) throw new Error('no Balanced preset');
    const three: TeamView = { status: 'ok', sheetName: 'Ratings', ...teamView(scorer, grid, 1) };
    await openFakeSidebar(page, { handlers: { getTeamView: async () => three } });
    await page.getByRole('button', { name: 'Show raters' }).click();
    const scroll = page.locator('.team-scroll');
    await expect.poll(() => scroll.locator('thead th').count()).toBe(4);
    const { scrollWidth, clientWidth } = await scroll.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await screenshot(page, 'sidebar-team-three');
  });

  it('on a sheet without ratings it says what to do', async () => {
    const none: TeamView = { status: 'none', message: '"Products" has no ratings.' };
    await openFakeSidebar(page, { handlers: { getTeamView: async () => none } });
    await page.getByRole('button', { name: 'Show raters' }).click();
    await expect.poll(() => page.locator('.team-body').textContent()).toBe('"Products" has no ratings.');
  });
});
