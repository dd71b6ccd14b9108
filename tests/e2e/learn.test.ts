// Issue #12 end to end in the workbench: a team's portfolio imported as CSV into a new sheet with a "Known
// model" column, the real sidebar's "Learn from my products" run against the built bundle, and Apply
// saving the fitted table, after which the Products sheet's DISTMODEL formulas recalculate with it.
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distmodel, fittedGrid, learnWeights } from '../../src/engine';
import { WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { valuesToCsv } from '../../workbench/app/csv';
import { describeBrowser, saveScreenshot } from '../support/browser';
import { plantedSet } from '../support/planted';
import { openWorkbench, runAddonMenuItem, sidebarFrame, type WorkbenchPage } from './support/workbench';

describeBrowser('learning from a portfolio in the workbench', () => {
  let ctx: WorkbenchPage;
  let page: Page;
  let sidebar: FrameLocator;
  const set = plantedSet(300, 7);
  const team = set.products.map((row, r) => [
    ...row,
    r === 0 ? 'Known model' : (set.models[r - 1]?.[0] ?? ''),
  ]);
  const fitSection = () =>
    sidebar.locator('section', { has: sidebar.getByRole('heading', { name: 'Learn from my products' }) });

  beforeAll(async () => {
    ctx = await openWorkbench();
    page = ctx.page;
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('finds the known-model column, fits, applies, and the formulas recalculate', async () => {
    const { session } = ctx.workbench;
    const sheet = (await session.addSheet()).activeSheet;
    await session.importCsv(sheet, valuesToCsv(team.map((row) => row.map(String))));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await runAddonMenuItem(page, 'DistModel', 'Open DistModel');
    sidebar = sidebarFrame(page);
    await sidebar.locator('main[aria-busy="false"]').waitFor();

    const section = fitSection();
    await section.getByRole('button', { name: 'Find columns' }).click();
    await expect.poll(() => section.getByLabel('Column with the known model').inputValue()).toBe('13');
    await section.getByRole('button', { name: 'Learn' }).click();
    await section.locator('.fit-result').waitFor({ timeout: 30_000 });
    const expected = learnWeights(set.products, set.models);
    expect(await section.locator('.fit-agreement li').allTextContents()).toEqual([
      `Saved weights: ${expected.before.agree} of 300 (${Math.round(expected.before.agree / 3)}%)`,
      `Fitted weights: ${expected.after.agree} of 300 (${Math.round(expected.after.agree / 3)}%)`,
    ]);
    expect(await section.locator('.fit-diff td.changed').count()).toBe(expected.changes.length);
    await saveScreenshot(page, 'sidebar-workbench-fit');

    await section.getByRole('button', { name: 'Apply' }).click();
    await section.locator('.status.success', { hasText: 'Saved the fitted weights' }).waitFor();
    const grid = fittedGrid(expected);
    const saved = await session.values(`'${WEIGHTS_SHEET_NAME}'!A1:G${grid.length}`);
    expect(saved).toEqual(grid.map((row) => row.slice(0, 7)));
    const products = await session.values('Products!A1:L29');
    const models = (await session.values('Products!M1:M29')).map((r) => r[0]);
    expect(models).toEqual(distmodel(products, saved).map((r) => r[0]));
  });
});
