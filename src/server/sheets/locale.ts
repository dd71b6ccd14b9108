// The spreadsheet's locale, which the engine needs to read text amounts ("12.000" is 12,000 in a German
// sheet). Spreadsheet.getSpreadsheetLocale is a getter, so custom functions may call it too
// (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services: the
// Spreadsheet service is read-only there). If it fails, the locale is unknown and the engine refuses any
// text that reads two ways instead of guessing.
import type { Reading } from '../../engine';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How cells of this spreadsheet are read: its locale, or none when it cannot be read. */
export function readingOf(ss: Spreadsheet | null): { readonly locale: string | null } {
  try {
    const locale = ss?.getSpreadsheetLocale();
    return { locale: typeof locale === 'string' && locale !== '' ? locale : null };
  } catch {
    return { locale: null };
  }
}

/**
 * The reading of the spreadsheet a custom function runs in. The locale is read only if a text amount needs
 * it: each formula cell is its own execution, and most tables hold plain numbers.
 */
export function activeReading(): Reading {
  return {
    locale: () => {
      try {
        return readingOf(SpreadsheetApp.getActiveSpreadsheet()).locale;
      } catch {
        return null;
      }
    },
  };
}
