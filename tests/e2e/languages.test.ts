// The user's language end to end in the workbench: File > Settings sets it (Session.getActiveUserLocale),
// the add-on's menu is rebuilt in it, and the sidebar and the Help dialog open in it, while the model
// names and output headers the sheet holds stay as they are (data, not words).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { translate } from '../../src/i18n';
import { describeBrowser } from '../support/browser';
import { openWorkbench, runAddonMenuItem, sidebarFrame, type WorkbenchPage } from './support/workbench';

describeBrowser('the workbench in Japanese and German', () => {
  let ctx: WorkbenchPage;

  beforeAll(async () => {
    ctx = await openWorkbench();
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('File > Settings > Your language: the menu, the sidebar and Help follow it; model names stay', async () => {
    const { page } = ctx;
    await page.locator('#menubar .menu-top', { hasText: 'File' }).click();
    await page.locator('#menubar .menu-item', { hasText: 'Settings' }).click();
    await page.locator('#settings-language').selectOption('ja');
    await page.locator('#settings-save').click();
    await expect.poll(() => ctx.workbench.session.snapshot().then((s) => s.userLocale)).toBe('ja');

    await runAddonMenuItem(page, 'DistModel', translate('ja', 'menu.open'));
    const sidebar = sidebarFrame(page);
    await sidebar.locator('main[aria-busy="false"]').waitFor();
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('ja');
    expect(await sidebar.locator('h2').first().textContent()).toBe(translate('ja', 'preview.title'));
    // The model is data: its name is the one formulas write, in any language.
    expect(await sidebar.locator('.recommendation').textContent()).toBe(
      `${translate('ja', 'preview.recommended')}Direct (assisted sales)`,
    );

    await ctx.workbench.session.setUserLanguage('de');
    await runAddonMenuItem(page, 'DistModel', translate('de', 'menu.help'));
    await page.locator('#html-dialog-backdrop').waitFor({ state: 'visible' });
    expect(await page.locator('#html-dialog-title').textContent()).toBe(translate('de', 'help.title'));
    expect(await page.frameLocator('#html-dialog-frame').locator('h1').textContent()).toBe(
      translate('de', 'help.heading'),
    );
  });
});
