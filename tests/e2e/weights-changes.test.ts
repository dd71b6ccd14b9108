// Trial findings 1, 3, 4 and 6 in the workbench: the weights sheet edited by hand (a deleted row, Edit >
// Undo) while the sidebar is open. Reload theirs shows the sheet as it is now, the next Apply neither
// conflicts nor drops the restored row, a clean sidebar follows a hand edit by itself, the conflict does not
// blame a colleague, and the sidebar names the weights sheet.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { describeBrowser, saveScreenshot } from '../support/browser';
import { openWorkbench, runAddonMenuItem, sidebarFrame, type WorkbenchPage } from './support/workbench';

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });
/** The sidebar polls every 5 s: each look moves the page's clock on by one poll instead of waiting for it. */
const POLL_MS = 5_000;

describeBrowser('the weights sheet edited by hand under the open sidebar', () => {
  let ctx: WorkbenchPage;
  beforeAll(async () => {
    ctx = await openWorkbench({}, { clock: true });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  /** The sheet row (1-based) of "Purchase frequency | Occasional", or 0 when the sheet lacks it. */
  const occasionalRow = async () => {
    const rows = await ctx.workbench.session.values(`'${WEIGHTS_SHEET_NAME}'!A1:B60`);
    return rows.findIndex((r) => r[0] === 'Purchase frequency' && r[1] === 'Occasional') + 1;
  };

  test('delete a row, Apply (conflict), Undo, Reload theirs: the row is back and the next Apply keeps it', async () => {
    const { page } = ctx;
    await runAddonMenuItem(page, 'DistModel', 'Open DistModel');
    const sidebar = sidebarFrame(page);
    await sidebar.locator('main[aria-busy="false"]').waitFor();
    expect(await sidebar.locator('.saved-in').textContent()).toBe(`Saved in '${WEIGHTS_SHEET_NAME}'`);
    await sidebar.getByLabel('Follow the selection').uncheck();
    const row = await occasionalRow();
    expect(row).toBeGreaterThan(1);
    await ctx.workbench.session.deleteRows(WEIGHTS_SHEET_NAME, row, 1);
    await sidebar.getByLabel('Market weight').fill('3');
    await sidebar.getByRole('button', { name: 'Apply' }).click();
    const conflict = sidebar.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/^The weights in the spreadsheet changed since the sidebar/);
    expect(await conflict.textContent()).not.toMatch(/someone else/i);

    await ctx.workbench.session.undo();
    expect(await occasionalRow()).toBe(row);
    await sidebar.getByRole('button', { name: 'Reload theirs' }).click();
    await eventually(() => sidebar.locator('.status', { hasText: /as the spreadsheet holds/ }).count()).toBe(
      1,
    );
    expect(await sidebar.locator('.grid-host').textContent()).toContain('Occasional');
    await sidebar.getByLabel('Market weight').fill('3');
    await sidebar.getByRole('button', { name: 'Apply' }).click();
    await sidebar.locator('.status', { hasText: /^Saved\./ }).waitFor();
    expect(await conflict.isVisible()).toBe(false);
    expect(await occasionalRow()).toBe(row);
    await saveScreenshot(page, 'weights-reload-after-undo');
  });

  test('a clean sidebar follows a hand edit of the weights sheet at its next poll', async () => {
    const sidebar = sidebarFrame(ctx.page);
    await sidebar.getByLabel('Follow the selection').check();
    const row = await occasionalRow();
    const afterAPoll = async () => ctx.page.clock.runFor(POLL_MS);
    await ctx.workbench.session.deleteRows(WEIGHTS_SHEET_NAME, row, 1);
    await eventually(async () => {
      await afterAPoll();
      return sidebar.locator('.status', { hasText: /weights sheet changed/ }).count();
    }).toBe(1);
    expect(await sidebar.locator('.grid-host').textContent()).not.toContain('Occasional');
    await ctx.workbench.session.undo();
    await eventually(async () => {
      await afterAPoll();
      return (await sidebar.locator('.grid-host').textContent())?.includes('Occasional');
    }).toBe(true);
  });
});
