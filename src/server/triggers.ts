// Simple triggers. They must work in every AuthMode, so they only build the menu; outside AuthMode.NONE
// they ask Session for the user's language first (no scope needed; English if it fails).
import { DEFAULT_LANGUAGE } from '../i18n';
import { buildMenu } from './menu';
import { userLanguage } from './user-language';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const none = e !== undefined && String(e.authMode) === 'NONE';
  buildMenu(SpreadsheetApp.getUi(), none ? DEFAULT_LANGUAGE : userLanguage());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
