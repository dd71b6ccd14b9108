// File > Settings: the spreadsheet's locale, which the add-on reads with
// Spreadsheet.getSpreadsheetLocale() (it decides how Sheets writes numbers and dates, e.g. 1.234,5 in
// de_DE), and the user's language, which it reads with Session.getActiveUserLocale() (the add-on's words).
// The grid itself keeps showing numbers the en_US way (see docs/how-it-is-built.md).
import { LANGUAGE_NAMES, LANGUAGES } from '../../src/shared/languages';

/** Locales offered, as Sheets names them. */
export const LOCALES: readonly [code: string, label: string][] = [
  ['en_US', 'United States'],
  ['en_GB', 'United Kingdom'],
  ['de_DE', 'Germany'],
  ['fr_FR', 'France'],
  ['es_ES', 'Spain'],
  ['it_IT', 'Italy'],
  ['nl_NL', 'Netherlands'],
  ['pt_BR', 'Brazil'],
  ['ja_JP', 'Japan'],
  ['en_IN', 'India'],
];

const option = (value: string, label: string) =>
  Object.assign(document.createElement('option'), { value, textContent: label });

export class SettingsDialog {
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly select: HTMLSelectElement,
    private readonly language: HTMLSelectElement,
    save: (locale: string, language: string) => void,
  ) {
    select.replaceChildren(...LOCALES.map(([code, label]) => option(code, `${label} (${code})`)));
    language.replaceChildren(...LANGUAGES.map((code) => option(code, `${LANGUAGE_NAMES[code]} (${code})`)));
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'save') save(select.value, language.value);
    });
  }

  open(locale: string, userLocale = 'en'): void {
    if (![...this.language.options].some((o) => o.value === userLocale))
      this.language.append(option(userLocale, userLocale));
    this.language.value = userLocale;
    if (![...this.select.options].some((o) => o.value === locale))
      this.select.append(
        Object.assign(document.createElement('option'), { value: locale, textContent: locale }),
      );
    this.select.value = locale;
    this.dialog.returnValue = '';
    this.dialog.showModal();
  }
}
