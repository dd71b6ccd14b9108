// The add-on menu: built in every AuthMode, touching nothing but the Ui (AuthMode.NONE allows no more) and,
// outside AuthMode.NONE, the user's language setting; and the Help dialog.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate } from '../../src/i18n';
import { openSpreadsheet } from '../../workbench/gas';
import { harness } from './support';

const ITEMS = [
  { label: 'Open DistModel', functionName: 'openSidebar' },
  { label: 'Set up a product sheet', functionName: 'setupProductSheet' },
  { label: 'Set up ratings', functionName: 'setupRatingsSheet' },
  { label: 'Score selected rows', functionName: 'scoreSelectedRows' },
  { label: 'Help', functionName: 'showHelp' },
];

/** Services a trigger may touch in AuthMode.NONE: building the menu only. */
const MENU_ONLY = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.(addItem|addSeparator|addToUi))$/;
/** Outside AuthMode.NONE also the user's language setting (no scope needed). */
const MENU_AND_LANGUAGE =
  /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.(addItem|addSeparator|addToUi)|Session\.getActiveUserLocale)$/;

describe('menu', () => {
  it.each([
    ['NONE', false, MENU_ONLY],
    ['LIMITED', true, MENU_AND_LANGUAGE],
  ] as const)(
    'onOpen in AuthMode.%s builds the full menu and calls nothing else',
    (_mode, enabled, allowed) => {
      const h = harness({ Sheet1: [['x']] });
      h.env.calls.reset();
      openSpreadsheet(h.addon, { enabled });
      expect(h.env.ui.menus.at(-1)?.items).toEqual(ITEMS);
      const touched = Object.keys(h.env.calls.byMethod());
      expect(touched.filter((m) => !allowed.test(m))).toEqual([]);
      expect(touched.length).toBeGreaterThan(0);
    },
  );

  it.each(LANGUAGES)('the menu speaks the user language %s once the add-on is enabled', (language) => {
    const h = harness({ Sheet1: [['x']] });
    h.env.document.userLocales.set(h.env.user, language === 'ja' ? 'ja_JP' : language);
    openSpreadsheet(h.addon, { enabled: true });
    const keys = ['menu.open', 'menu.setup', 'menu.ratings', 'menu.score', 'menu.help'] as const;
    expect(h.env.ui.menus.at(-1)?.items).toEqual(
      ITEMS.map((item, i) => ({
        label: translate(language, keys[i] ?? 'menu.help'),
        functionName: item.functionName,
      })),
    );
  });

  it('in AuthMode.NONE (Session not allowed) the menu is English and nothing fails', () => {
    const h = harness({ Sheet1: [['x']] });
    h.env.document.userLocales.set(h.env.user, 'de');
    openSpreadsheet(h.addon, { enabled: false });
    expect(h.env.ui.menus.at(-1)?.items).toEqual(ITEMS);
  });

  it('onInstall (AuthMode.FULL) builds the same menu and calls nothing else', () => {
    const h = harness({ Sheet1: [['x']] });
    h.env.calls.reset();
    h.env.authMode = 'FULL';
    h.call('onInstall', { authMode: 'FULL' });
    expect(h.env.ui.menus.at(-1)?.items).toEqual(ITEMS);
    expect(Object.keys(h.env.calls.byMethod()).filter((m) => !MENU_AND_LANGUAGE.test(m))).toEqual([]);
  });

  it('every menu item names a function the bundle declares', () => {
    const h = harness();
    for (const item of ITEMS) expect(h.addon.bundle.functionNames()).toContain(item.functionName);
  });

  it('Help opens a dialog (not a plain-text alert) with the walk-through and a link to the help page', () => {
    const h = harness();
    h.call('showHelp');
    expect(h.env.ui.alerts).toEqual([]);
    const dialog = h.env.ui.dialogs.at(-1);
    expect(dialog).toMatchObject({ title: 'DistModel help', modal: true, width: 520, height: 600 });
    const html = dialog?.html ?? '';
    expect(html.match(/<li>/g)).toHaveLength(6);
    expect(html).toMatch(/<a href="https:\/\/[^"]+\/help" rel="noopener">/);
    expect(html).toMatch(/several Google accounts/);
  });

  it.each(LANGUAGES)('Help speaks the user language %s, its text escaped', (language) => {
    const h = harness();
    h.env.document.userLocales.set(h.env.user, language);
    h.call('showHelp');
    const dialog = h.env.ui.dialogs.at(-1);
    expect(dialog?.title).toBe(translate(language, 'help.title'));
    expect(dialog?.html).toContain(`<html lang="${language}">`);
    // "Extensions > DistModel > ..." arrives as text, never as markup.
    expect(dialog?.html).toContain('DistModel &gt;');
  });

  it.each([
    ['de', 'en_US', '=DISTMODEL(A1:L29, , &quot;explain&quot;)'],
    ['en', 'de_DE', '=DISTMODEL(A1:L29; ; &quot;explain&quot;)'],
    ['de', 'de_DE', '=DISTMODEL(A1:L29; ; &quot;explain&quot;)'],
  ])(
    "Help's example formula in language %s takes the %s spreadsheet's argument separator, so it can be typed",
    (language, locale, formula) => {
      // A fresh trial typed the German Help's ";" formula into an en_US spreadsheet: a parse error.
      const h = harness();
      h.workbook.locale = locale;
      h.env.document.userLocales.set(h.env.user, language);
      h.call('showHelp');
      expect(h.env.ui.dialogs.at(-1)?.html).toContain(formula);
    },
  );
});
