// The workbench's Apps Script UI with a small fixture add-on (tests/e2e/fixtures/ui-addon/Code.js) instead
// of DistModel: menus from Ui.createMenu with a submenu, Ui.prompt answered in the page, an HTML dialog
// calling google.script.run, a script moving the selection, and a toast.
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeBrowser, saveScreenshot } from '../support/browser';
import {
  cell,
  columnTexts,
  openSheet,
  openWorkbench,
  typeRow,
  type WorkbenchPage,
} from './support/workbench';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'ui-addon');
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

describeBrowser('workbench UI with a fixture add-on', () => {
  let ctx: WorkbenchPage;

  beforeAll(async () => {
    ctx = await openWorkbench({ distDir: FIXTURE });
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('Ui.prompt: the script waits for the text typed in the page', async () => {
    const { page } = ctx;
    await page.locator('#menubar .menu-top', { hasText: 'Fixture' }).click();
    await page.locator('#menubar .menu-item', { hasText: 'Ask a name' }).click();
    const dialog = page.locator('#dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.locator('#dialog-message').textContent()).toBe('Who are you?');
    await page.locator('#dialog-input').fill('Ada');
    await dialog.locator('button[data-button="OK"]').click();
    await eventually(() => cell(page, 'P1').textContent()).toBe('Ada');
  });

  test('Ui.prompt cancelled: the script sees CANCEL and writes nothing', async () => {
    const { page } = ctx;
    await page.locator('#menubar .menu-top', { hasText: 'Fixture' }).click();
    await page.locator('#menubar .menu-item', { hasText: 'Ask a name' }).click();
    await page.locator('#dialog-input').fill('Bob');
    await page.locator('#dialog button[data-button="CANCEL"]').click();
    await eventually(() => page.locator('#status').textContent()).toContain('Ran askName');
    expect(await ctx.workbench.session.values('Products!P1')).toEqual([['Ada']]);
  });

  test('an HTML dialog from a submenu calls google.script.run', async () => {
    const { page } = ctx;
    await page.locator('#menubar .menu-top', { hasText: 'Fixture' }).click();
    await page.locator('#menubar .menu-item', { hasText: 'More' }).hover();
    await page.locator('#menubar .menu-item', { hasText: 'Open dialog' }).click();
    await page.locator('#html-dialog-backdrop').waitFor({ state: 'visible' });
    expect(await page.locator('#html-dialog-title').textContent()).toBe('Fixture dialog');
    expect((await page.locator('#html-dialog-frame').boundingBox())?.width).toBe(400);
    await eventually(() => page.frameLocator('#html-dialog-frame').locator('#greeting').textContent()).toBe(
      'Hello, dialog',
    );
    await saveScreenshot(page, 'workbench-html-dialog');
    await page.locator('#html-dialog-close').click();
    await page.locator('#html-dialog-backdrop').waitFor({ state: 'hidden' });
  });

  test('a script that activates a range moves the grid selection; its toast stays beside the status line', async () => {
    const { page } = ctx;
    await page.locator('#menubar .menu-top', { hasText: 'Extensions' }).click();
    await page.locator('#menubar .menu-item', { hasText: 'DistModel' }).hover();
    await page.locator('#menubar .menu-item', { hasText: 'Jump to C3' }).click();
    await eventually(() => page.locator('#name-box').inputValue()).toBe('C3');
    await eventually(() => page.locator('td.cursor').getAttribute('data-cell')).toBe('C3');
    await eventually(() => page.locator('#toast').textContent()).toContain('Jumped to C3');
    await eventually(() => page.locator('#status').textContent()).toMatch(/^Ran jump/);
  });

  test("Delete on a range says what it cleared; switching sheets never shows the other sheet's cells", async () => {
    const { page } = ctx;
    await cell(page, 'A33').click();
    await cell(page, 'H33').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await eventually(() => page.locator('#status').textContent()).toBe('Cleared A33:H33');
    expect((await ctx.workbench.session.snapshot()).undo).toBe('Clear A33:H33');
    // A sheet narrower than Products, as the weights sheet of the trial was.
    await ctx.workbench.session.deleteColumns('DistModel weights', 8, 10);
    await openSheet(page, 'DistModel weights');
    // Scrolled away and back: the rows in view are then drawn for this sheet, not kept from Products.
    const scroll = async (top: number, row: string) => {
      await page.locator('#grid-scroll').evaluate((el, y) => el.scrollTo(0, y), top);
      await cell(page, row).waitFor();
    };
    await scroll(4000, 'A200');
    await scroll(0, 'A2');
    await typeRow(page, 'A33', ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7']);
    await eventually(() => cell(page, 'G33').textContent()).toBe('w7');
    await openSheet(page, 'Products');
    const shown = (await ctx.workbench.session.values('Products!A7:A33')).map((r) => String(r[0]));
    await eventually(() => columnTexts(page, 'A', 7, 33)).toEqual(shown);
  });

  test('an inserted column shows the cells as they are now, in every row in view', async () => {
    const { page } = ctx;
    await openSheet(page, 'Products');
    await cell(page, 'B2').click();
    await page.locator('#menubar .menu-top', { hasText: 'Insert' }).click();
    await page.locator('#menubar .menu-item', { hasText: /^Column left$/ }).click();
    const now = async (column: string) =>
      (await ctx.workbench.session.values(`Products!${column}2:${column}30`)).map((r) => String(r[0]));
    const [b, c] = [await now('B'), await now('C')];
    expect(b.every((t) => t === '')).toBe(true);
    await eventually(() => columnTexts(page, 'B', 2, 30)).toEqual(b);
    await eventually(() => columnTexts(page, 'C', 2, 30)).toEqual(c);
  });
});
