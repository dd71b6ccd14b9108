// The real sidebar (dist/Sidebar.html) in the workbench, talking to the built bundle through the
// workbench's google.script.run bridge: open it from the menu, tune the weights, apply them and watch the
// sheet's DISTMODEL formulas recalculate, bulk score, freeze as values, insert the chart, and show a
// product named like markup as text. Expected results come from the engine, never typed in by hand.
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distmodel } from '../../src/engine';
import { WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { describeBrowser, saveScreenshot } from '../support/browser';
import { openWorkbench, runAddonMenuItem, sidebarFrame, type WorkbenchPage } from './support/workbench';

const PRODUCTS = 'Products!A1:L29';
const MODEL_COLUMN = 'Products!M1:M29';

const flat = (rows: unknown[][]) => rows.map((r) => String(r[0] ?? ''));
const scores = (f: FrameLocator) => f.locator('.bar-value').allTextContents();

describeBrowser('the sidebar in the workbench', () => {
  let ctx: WorkbenchPage;
  let page: Page;
  let sidebar: FrameLocator;
  const dialogs: string[] = [];

  const weights = () => ctx.workbench.session.values(`'${WEIGHTS_SHEET_NAME}'!A1:G40`);
  const expectedModels = async () =>
    flat(distmodel(await ctx.workbench.session.values(PRODUCTS), await weights(), undefined) as unknown[][]);
  const modelColumn = async () => flat(await ctx.workbench.session.values(MODEL_COLUMN));
  const status = (text: RegExp) => sidebar.locator('.status', { hasText: text });

  beforeAll(async () => {
    ctx = await openWorkbench();
    page = ctx.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('opens from the menu, ready, with the active row previewed from the embedded state', async () => {
    await runAddonMenuItem(page, 'DistModel', 'Open DistModel');
    sidebar = sidebarFrame(page);
    await sidebar.locator('main[aria-busy="false"]').waitFor();
    const embedded = JSON.parse((await sidebar.locator('#initial-state').textContent()) ?? '');
    expect(embedded.activeRow.product).toBe('SAP S/4HANA (enterprise ERP)');
    expect(await sidebar.locator('.product').textContent()).toBe('SAP S/4HANA (enterprise ERP)');
    expect(await sidebar.locator('.recommendation').textContent()).toBe(
      'Recommended: Direct (assisted sales)',
    );
    expect(await sidebar.locator('.weight-row').count()).toBe(13);
    await saveScreenshot(page, 'sidebar-workbench-open');
  });

  test('a preset and a moved weight change the preview at once, and nothing is written before Apply', async () => {
    const savedBefore = await weights();
    const columnBefore = await modelColumn();
    const initial = await scores(sidebar);
    await sidebar.getByLabel('Preset').selectOption('Luxury and prestige goods');
    await expect.poll(() => scores(sidebar)).not.toEqual(initial);
    expect(await sidebar.locator('.unsaved').isVisible()).toBe(true);

    const afterPreset = await scores(sidebar);
    const slider = sidebar.getByRole('slider', { name: 'Product type', exact: true });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => scores(sidebar)).not.toEqual(afterPreset);
    expect(await sidebar.getByLabel('Product type weight').inputValue()).toBe('5');
    await saveScreenshot(page, 'sidebar-workbench-unsaved');

    expect(await weights()).toEqual(savedBefore);
    expect(await modelColumn()).toEqual(columnBefore);
  });

  test("Apply writes the weights sheet and the sheet's DISTMODEL formulas recalculate", async () => {
    const columnBefore = await modelColumn();
    await sidebar.getByRole('button', { name: 'Apply' }).click();
    await status(/^Saved\./).waitFor();
    expect(await sidebar.locator('.unsaved').isVisible()).toBe(false);
    const saved = await weights();
    const productType = saved.filter((r) => r[0] === 'Product type');
    expect(productType.length).toBeGreaterThan(0);
    expect(productType.every((r) => r[2] === 5)).toBe(true);
    const expected = await expectedModels();
    // The new weights must change a recommendation, or this test would prove nothing.
    expect(expected).not.toEqual(columnBefore);
    await expect.poll(modelColumn).toEqual(expected);
  });

  test('bulk scoring writes live formulas for the sample products and draws the portfolio', async () => {
    await sidebar.getByRole('button', { name: 'Score products' }).click();
    // The sample's M1 holds a DISTMODEL formula typed by hand (model only): the user's, so asked about first
    // (issue #17), never replaced silently.
    await sidebar.getByRole('button', { name: 'Overwrite' }).click();
    await status(/^Scored 28 rows .* as live DISTMODEL formulas\./).waitFor();
    const formula = (await ctx.workbench.session.formulas('Products!M1:M1'))[0]?.[0] ?? '';
    expect(formula).toMatch(/^=DISTMODEL\(/);
    await expect.poll(modelColumn).toEqual(await expectedModels());
    const counts = (await sidebar.locator('svg.chart text.chart-count').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(28);
    await saveScreenshot(page, 'sidebar-workbench-scored');
  });

  test('freezing as values leaves no formula and the same results', async () => {
    const expected = await expectedModels();
    await sidebar.getByLabel('Frozen values (for people without the add-on)').check();
    await sidebar.getByRole('button', { name: 'Score products' }).click();
    // Replacing the add-on's own formula may or may not need the user's word; answer yes if asked.
    const asked = sidebar.getByRole('button', { name: 'Overwrite' });
    const done = status(/^Scored 28 rows .* as frozen values\./);
    await expect
      .poll(async () => (await asked.isVisible()) || (await done.isVisible()), { timeout: 30_000 })
      .toBe(true);
    if (await asked.isVisible()) {
      await saveScreenshot(page, 'sidebar-workbench-confirm');
      await asked.click();
    }
    await done.waitFor();
    const formulas = (await ctx.workbench.session.formulas('Products!M1:W29')).flat();
    expect(formulas.filter((f) => f.startsWith('='))).toEqual([]);
    expect(await modelColumn()).toEqual(expected);
  });

  test('inserts the summary chart', async () => {
    await sidebar.getByRole('button', { name: 'Insert chart in sheet' }).click();
    const message = status(/^Chart inserted in the sheet "/);
    await message.waitFor();
    const sheet = /"(.+)"/.exec((await message.textContent()) ?? '')?.[1];
    const { sheets } = await ctx.workbench.session.snapshot();
    expect(sheets.map((s) => s.name)).toContain(sheet);
    expect(await sidebar.locator('.status.error').count()).toBe(0);
  });

  test('a product named like markup is shown as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await ctx.workbench.session.setInputs('Products', 'A30', [
      [evil, 'B2C', 'Physical', '5', 'Low', 'No', 'Low', 'High', 'Mass', 'Many', 'No', 'Frequent'],
    ]);
    await ctx.workbench.session.select('Products', 'A30');
    await sidebar.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => sidebar.locator('.product').textContent()).toBe(evil);
    expect(await sidebar.locator('.recommendation').textContent()).toBe('Recommended: Open resale');
    expect(await sidebar.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await saveScreenshot(page, 'sidebar-workbench-xss');
  });
});
