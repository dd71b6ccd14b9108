// TextFinder over the whole spreadsheet, the subset the add-on uses: find text in cell values, or with
// matchFormulaText(true) in formula text, case-insensitively unless matchCase(true); findAll in reading
// order, sheet by sheet. https://developers.google.com/apps-script/reference/spreadsheet/text-finder
import { GAS_CLASS } from './calls';
import type { SheetsContext } from './sheets-context';

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeTextFinder implements Pick<TextFinder, 'matchFormulaText' | 'matchCase' | 'findAll'> {
  readonly [GAS_CLASS] = 'TextFinder';
  private formulas = false;
  private caseSensitive = false;

  constructor(
    private readonly ctx: SheetsContext,
    private readonly text: string,
  ) {
    if (text === '') throw new Error('Invalid argument: findText');
  }

  /** "If true, configures the search to return matches that appear within formula text." */
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.formulas = matchFormulaText === true;
    return this as unknown as TextFinder;
  }

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = matchCase === true;
    return this as unknown as TextFinder;
  }

  findAll(): Range[] {
    const wb = this.ctx.workbook;
    const wanted = this.caseSensitive ? this.text : this.text.toLowerCase();
    const found: Range[] = [];
    for (const sheet of wb.sheetNames()) {
      const { lastRow, lastColumn } = wb.size(sheet);
      if (lastRow === 0) continue;
      const all = wb.range(sheet, 1, 1, lastRow, lastColumn);
      const formulas = wb.getFormulas(all);
      const display = wb.getDisplayValues(all);
      formulas.forEach((row, r) => {
        row.forEach((formula, c) => {
          const text = this.formulas && formula !== '' ? formula : (display[r]?.[c] ?? '');
          const hay = this.caseSensitive ? text : text.toLowerCase();
          if (hay.includes(wanted)) found.push(this.ctx.range(wb.range(sheet, r + 1, c + 1)));
        });
      });
    }
    return found;
  }
}
