// The add-on menu: built in every AuthMode, touching nothing but the Ui (AuthMode.NONE allows no more).
import { describe, expect, it } from 'vitest';
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

describe('menu', () => {
  it.each([
    ['NONE', false],
    ['LIMITED', true],
  ] as const)('onOpen in AuthMode.%s builds the full menu and calls nothing else', (_mode, enabled) => {
    const h = harness({ Sheet1: [['x']] });
    h.env.calls.reset();
    openSpreadsheet(h.addon, { enabled });
    expect(h.env.ui.menus.at(-1)?.items).toEqual(ITEMS);
    const touched = Object.keys(h.env.calls.byMethod());
    expect(touched.filter((m) => !MENU_ONLY.test(m))).toEqual([]);
    expect(touched.length).toBeGreaterThan(0);
  });

  it('onInstall (AuthMode.FULL) builds the same menu and calls nothing else', () => {
    const h = harness({ Sheet1: [['x']] });
    h.env.calls.reset();
    h.env.authMode = 'FULL';
    h.call('onInstall', { authMode: 'FULL' });
    expect(h.env.ui.menus.at(-1)?.items).toEqual(ITEMS);
    expect(Object.keys(h.env.calls.byMethod()).filter((m) => !MENU_ONLY.test(m))).toEqual([]);
  });

  it('every menu item names a function the bundle declares', () => {
    const h = harness();
    for (const item of ITEMS) expect(h.addon.bundle.functionNames()).toContain(item.functionName);
  });

  it('Help shows the help text, mentioning the multiple-accounts problem', () => {
    const h = harness();
    h.call('showHelp');
    expect(h.env.ui.alerts.at(-1)?.prompt).toMatch(/several Google accounts/);
  });
});
