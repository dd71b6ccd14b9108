// The workbench's Apps Script UI with a small fixture add-on (tests/e2e/fixtures/ui-addon/Code.js) instead
// of DistModel: menus from Ui.createMenu with a submenu, Ui.prompt answered in the page, an HTML dialog
// calling google.script.run, a script moving the selection, and a toast.
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeBrowser, saveScreenshot } from '../support/browser';
import { cell, openWorkbench, type WorkbenchPage } from './support/workbench';

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
});
