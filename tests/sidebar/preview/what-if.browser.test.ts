// "What would change it" in the built sidebar (dist/Sidebar.html) in headless Chromium: the selected row's
// flips and tornado chart, computed in the browser from the weights being edited, and the portfolio's
// halved/doubled weight counts from the server. Screenshots go to test-results/.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { compileWeights, parseWeightsTable, productWhatIf } from '../../../src/engine/index';
import type { ActiveRow, WeightShifts, WeightsGrid } from '../../../src/shared/sidebar-contract';
import { domainGrid } from '../../engine/support';
import { describeBrowser, pagePerTest, saveScreenshot } from '../../support/browser';
import { activeRow, BIKE, initialState, openFakeSidebar, storedWeights } from '../fake-server';

/**
 * The documented domain table (every weight 1) as the saved weights: the figures below are the engine's own
 * for it, and stay put when Balanced is re-derived from the reference set.
 */
const DOMAIN = domainGrid() as WeightsGrid;
const state = () => initialState({ weights: storedWeights(DOMAIN, 'v1') });

/** Random product 4 of the benchmark table: one weight (Product type) can change it within 0 to 3 times. */
const FRAGILE = activeRow('Field service app', [
  'Both',
  'Software',
  1410,
  'Low',
  'Yes',
  'Medium',
  'Medium',
  'Niche',
  'Many',
  'Yes',
  'Rare',
]);

/** The engine's own what-if of a row with the domain table: what the panel must show. */
function expected(row: ActiveRow) {
  const parsed = parseWeightsTable(DOMAIN);
  if (!parsed.ok) throw new Error('the domain table does not parse');
  const whatIf = productWhatIf(compileWeights(parsed.table), row.headers, row.values);
  if (!whatIf) throw new Error('row not scored');
  return whatIf;
}

describeBrowser('sidebar: what would change it', () => {
  const currentPage = pagePerTest({ width: 300, height: 900 });
  let page: Page;
  beforeEach(() => {
    page = currentPage();
  });
  const region = () => page.getByRole('region', { name: 'What would change it' });

  it('says no one or two facts would change the bike, and draws a tornado bar per known factor, robust', async () => {
    const s = await openFakeSidebar(page, { state: state() });
    const want = expected(BIKE);
    expect(want.flip ?? want.pair).toBeNull();
    expect(await region().locator('.flips-none').textContent()).toBe(
      'No change of one or two facts changes it.',
    );
    expect(await region().locator('svg.tornado text.tornado-label').count()).toBe(11);
    expect(await region().locator('.robust').textContent()).toBe(
      'Robust: no single weight from 0 to 3 times its value changes it.',
    );
    await saveScreenshot(page, 'sidebar-what-if-robust');
    expect(s.errors).toEqual([]);
  });

  it('does not show a row on thin evidence as robust', async () => {
    const thin = activeRow('New idea', ['B2B', '', '', '', '', '', '', '', '', '', '']);
    await openFakeSidebar(page, { handlers: { getActiveRow: () => thin } });
    await page.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => page.locator('.product').textContent()).toBe('New idea');
    expect(await region().locator('.robust').count()).toBe(0);
    expect(await region().locator('.fragile').textContent()).toBe(
      'No single weight from 0 to 3 times its value changes it, but the answer rests on thin evidence: filling in the blank factors can.',
    );
  });

  it('puts the fragile weight first and follows the weights slider: past the range the answer changes', async () => {
    const s = await openFakeSidebar(page, { state: state(), handlers: { getActiveRow: () => FRAGILE } });
    await page.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => page.locator('.product').textContent()).toBe('Field service app');
    const want = expected(FRAGILE);
    const productType = want.ranges.find((r) => r.factor === 'Product type');
    expect(productType?.robust).toBe(false);
    expect(await region().locator('.fragile').textContent()).toBe(
      'Fragile: 1 weight changes it somewhere within 0 to 3 times its value.',
    );
    // Its one-fact flip, as the engine computes it for the same row and weights.
    const flip = want.flip;
    const change = flip?.changes[0];
    expect(await region().locator('.flips li').textContent()).toBe(
      `${change?.factor}: ${change?.to} (now ${change?.from}) → ${flip?.model} (${flip?.margin.toFixed(1)} points ahead)`,
    );
    const labels = await region().locator('svg.tornado text.tornado-label').allTextContents();
    expect(labels[0]).toBe('Product type');
    expect(await region().locator('svg.tornado').getAttribute('aria-label')).toContain(
      'Product type (now 1): 0 to 2.33',
    );
    // The coloured end in words, rounded away from the range: every weight above 2.34 changes it.
    expect(await region().locator('.range-flips li').allTextContents()).toEqual([
      `Product type above 2.34: ${productType?.highModel}`,
    ]);
    await saveScreenshot(page, 'sidebar-what-if-fragile');

    // Just above the range's upper end (2.333...), the recommendation is the model the range flips to.
    const before = await page.locator('.recommendation').textContent();
    await page.getByLabel('Product type weight').fill('2.4');
    await expect
      .poll(() => page.locator('.recommendation').textContent())
      .toBe(`Recommended: ${productType?.highModel}`);
    expect(before).toBe(`Recommended: ${want.model}`);
    await saveScreenshot(page, 'sidebar-what-if-after-slider');
    expect(s.errors).toEqual([]);
  });

  it('lists, for the portfolio, the products each weight moves when halved or doubled, most first', async () => {
    const shifts: WeightShifts = {
      scored: 1200,
      shifts: [
        { factor: 'Customer', weight: 1, halved: 3, doubled: 40 },
        { factor: 'Price', weight: 2, halved: 120, doubled: 15 },
        { factor: 'Market', weight: 1, halved: 0, doubled: 0 },
      ],
    };
    const s = await openFakeSidebar(page, { handlers: { getWeightShifts: () => shifts } });
    await page.getByRole('button', { name: 'Which weights matter?' }).click();
    const table = page.locator('table.weight-shifts');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe(
      'Products of 1,200 that change model if one weight is halved or doubled',
    );
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toEqual(['Price12015', 'Customer340', 'Market00']);
    expect(s.callsTo('getWeightShifts')).toHaveLength(1);
    await saveScreenshot(page, 'sidebar-weight-shifts');
  });
});
