// Which service calls Apps Script allows in each AuthMode. One table, checked on every counted call.
// - NONE: add-on installed but not enabled in this file; onOpen may only build the add-on menu ("no access to
//   any services that require authorization"; menus "work in all authorization modes", Properties do not).
//   https://developers.google.com/apps-script/reference/script/auth-mode
//   https://developers.google.com/apps-script/add-ons/concepts/menus
//   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
// - LIMITED: onOpen of an add-on enabled in the file: the current file and menus, no dialogs or sidebars.
//   (same page, "LIMITED" column)
// - CUSTOM_FUNCTION: Spreadsheet read-only (get* works, set* fails), no UI, Properties read.
//   https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
// - FULL: everything (menu clicks, google.script.run, onInstall).
import type { AuthModeName } from './types';

export const AuthMode: { readonly [K in AuthModeName]: K } = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});

/** Calls that never need authorization: building the add-on menu, logging, utilities. */
const ALWAYS = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const ALWAYS_CLASSES = new Set(['Menu', 'Logger', 'Utilities', 'Console']);
const UI_DISPLAY = new Set(['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert', 'prompt']);
const READ_ONLY = /^(get|is|has|can)[A-Z]|^(offset|getA1Notation)$/;

export class PermissionError extends Error {}

/** Throws as Apps Script does when `Class.method` is not allowed in `mode`. */
export function checkAuthMode(mode: AuthModeName, className: string, method: string): void {
  const name = `${className}.${method}`;
  if (mode === 'FULL') return;
  if (mode === 'CUSTOM_FUNCTION') {
    checkCustomFunction(className, method);
    return;
  }
  if (ALWAYS.has(name) || ALWAYS_CLASSES.has(className)) return;
  if (mode === 'NONE') throw new PermissionError(`You do not have permission to call ${name}.`);
  if (className === 'Ui' && UI_DISPLAY.has(method))
    throw new PermissionError(`You do not have permission to call ${name}.`);
}

function checkCustomFunction(className: string, method: string): void {
  if (className === 'Ui' || className === 'Menu' || `${className}.${method}` === 'SpreadsheetApp.getUi')
    throw new PermissionError('Cannot call SpreadsheetApp.getUi() from this context.');
  if (ALWAYS_CLASSES.has(className) || SERVICE_ROOTS.has(className)) return;
  if (READ_ONLY.test(method)) return;
  throw new PermissionError(`You do not have permission to call ${method}`);
}

/** Getting a service's objects is allowed in a custom function; what they may do is checked per method. */
const SERVICE_ROOTS = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'Lock',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Session',
  'User',
  'ScriptApp',
]);
