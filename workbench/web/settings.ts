// File > Settings: the spreadsheet's locale, which the add-on reads with
// Spreadsheet.getSpreadsheetLocale() (it decides how Sheets writes numbers and dates, e.g. 1.234,5 in
// de_DE). The grid itself keeps showing numbers the en_US way (see README).

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

export class SettingsDialog {
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly select: HTMLSelectElement,
    save: (locale: string) => void,
  ) {
    select.replaceChildren(
      ...LOCALES.map(([code, label]) =>
        Object.assign(document.createElement('option'), { value: code, textContent: `${label} (${code})` }),
      ),
    );
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'save') save(select.value);
    });
  }

  open(locale: string): void {
    if (![...this.select.options].some((o) => o.value === locale))
      this.select.append(
        Object.assign(document.createElement('option'), { value: locale, textContent: locale }),
      );
    this.select.value = locale;
    this.dialog.returnValue = '';
    this.dialog.showModal();
  }
}
