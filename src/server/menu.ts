// The add-on menu, in the user's language. onOpen may run in AuthMode.NONE (installed, not yet enabled in
// this file), where only building the menu is allowed: nothing here reads properties or the spreadsheet,
// and the user's language is asked only outside AuthMode.NONE (src/server/user-language.ts).
import { DEFAULT_LANGUAGE, type Language, type MessageKey, translate } from '../i18n';

const MENU_ITEMS: readonly (readonly [label: MessageKey, functionName: string])[] = [
  ['menu.open', 'openSidebar'],
  ['menu.setup', 'setupProductSheet'],
  ['menu.ratings', 'setupRatingsSheet'],
  ['menu.score', 'scoreSelectedRows'],
  ['menu.help', 'showHelp'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui, language: Language = DEFAULT_LANGUAGE): void {
  const menu = ui.createAddonMenu();
  for (const [label, fn] of MENU_ITEMS) menu.addItem(translate(language, label), fn);
  menu.addToUi();
}
