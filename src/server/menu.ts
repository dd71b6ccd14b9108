// The add-on menu. onOpen may run in AuthMode.NONE (installed, not yet enabled in this file), where only
// building the menu is allowed: nothing here reads properties or the spreadsheet.

const MENU_ITEMS: readonly (readonly [label: string, functionName: string])[] = [
  ['Open DistModel', 'openSidebar'],
  ['Set up a product sheet', 'setupProductSheet'],
  ['Set up ratings', 'setupRatingsSheet'],
  ['Score selected rows', 'scoreSelectedRows'],
  ['Help', 'showHelp'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const [label, fn] of MENU_ITEMS) menu.addItem(label, fn);
  menu.addToUi();
}
