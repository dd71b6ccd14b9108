// The workbench's sheet operations on the stand-in Workbook: rows and columns inserted and deleted with
// formulas, named ranges and formats following as in Sheets; sheets renamed, removed, duplicated, moved;
// grids that grow up to Sheets' 10-million-cell limit; a snapshot restored in place.
import { describe, expect, test } from 'vitest';
import { SHEETS_CELL_LIMIT, Workbook } from '../../workbench/gas';

function sample(): Workbook {
  const wb = new Workbook({
    sheets: {
      Data: [
        ['Name', 'Price'],
        ['Box', 10],
        ['Lid', 20],
        ['Cup', 30],
      ],
      Sums: [['=SUM(Data!B2:B4)', '=Total']],
    },
  });
  wb.setNamedRange('Total', wb.resolve('Data!B4'));
  wb.setNumberFormats(wb.resolve('Data!B3'), [['$#,##0.00']]);
  return wb;
}

describe('Workbook structure', () => {
  test('deleting a row moves formulas, named ranges and formats up', () => {
    const wb = sample();
    wb.deleteRows('Data', 2, 1);
    expect(wb.getValues(wb.resolve('Data!A2:B3'))).toEqual([
      ['Lid', 20],
      ['Cup', 30],
    ]);
    expect(wb.getFormulas(wb.resolve('Sums!A1'))).toEqual([['=SUM(Data!B2:B3)']]);
    expect(wb.getValues(wb.resolve('Sums!A1:B1'))).toEqual([[50, 30]]);
    expect(wb.namedRanges().find((n) => n.name === 'Total')?.range).toMatchObject({ row: 3, column: 2 });
    expect(wb.getDisplayValues(wb.resolve('Data!B2'))).toEqual([['$20.00']]);
    expect(wb.size('Data').rows).toBe(999);
  });

  test('inserting rows and columns moves formulas and formats down and right', () => {
    const wb = sample();
    wb.insertRowsAfter('Data', 1, 2);
    wb.insertColumnsAfter('Data', 0, 1);
    expect(wb.getFormulas(wb.resolve('Sums!A1'))).toEqual([['=SUM(Data!C4:C6)']]);
    expect(wb.getDisplayValues(wb.resolve('Data!C5'))).toEqual([['$20.00']]);
    expect(wb.size('Data')).toMatchObject({ rows: 1002, columns: 27 });
  });

  test('a renamed sheet is followed by formulas and named ranges', () => {
    const wb = sample();
    wb.renameSheet('Data', 'Products');
    expect(wb.getFormulas(wb.resolve('Sums!A1'))).toEqual([['=SUM(Products!B2:B4)']]);
    expect(wb.getValues(wb.resolve('Sums!A1:B1'))).toEqual([[60, 30]]);
    expect(wb.namedRanges()[0]?.range.sheet).toBe('Products');
    expect(() => wb.renameSheet('Products', 'sums')).toThrow(/already exists/);
    expect(() => wb.renameSheet('Products', '  ')).toThrow(/empty/);
  });

  test('sheets are duplicated, moved and removed; the last one stays', () => {
    const wb = sample();
    wb.duplicateSheet('Data', 'Data copy');
    expect(wb.sheetNames()).toEqual(['Data', 'Data copy', 'Sums']);
    expect(wb.getDisplayValues(wb.resolve("'Data copy'!A3:B3"))).toEqual([['Lid', '$20.00']]);
    wb.moveSheet('Sums', 0);
    expect(wb.sheetNames()).toEqual(['Sums', 'Data', 'Data copy']);
    wb.removeSheet('Data');
    expect(wb.getError('Sums', 1, 1)?.type).toBe('#REF!');
    wb.removeSheet('Sums');
    expect(() => wb.removeSheet('Data copy')).toThrow(/all the sheets/);
  });

  test('grids grow up to the 10-million-cell limit and no further', () => {
    const wb = new Workbook();
    wb.ensureSize('Sheet1', 50_000, 12);
    expect(wb.size('Sheet1')).toMatchObject({ rows: 50_000, columns: 26 });
    expect(() => wb.ensureSize('Sheet1', SHEETS_CELL_LIMIT / 26 + 1, 26)).toThrow(/10,000,000 cells/);
    expect(wb.size('Sheet1').rows).toBe(50_000);
    expect(() => wb.addSheet('Big', { rows: SHEETS_CELL_LIMIT, columns: 1 })).toThrow(/limit/);
  });

  test('replaceWith restores a snapshot in place, sheet ids, formats and validation included', () => {
    const wb = sample();
    wb.setExtra('validation', wb.resolve('Data!C2'), {
      criteria: 'CHECKBOX',
      values: [],
      allowInvalid: false,
      helpText: null,
    });
    const before = wb.snapshot();
    const ids = wb.sheetNames().map((n) => wb.sheetId(n));
    wb.deleteRows('Data', 1, 3);
    wb.renameSheet('Sums', 'Other');
    wb.replaceWith(before);
    expect(wb.snapshot()).toEqual(before);
    expect(wb.sheetNames().map((n) => wb.sheetId(n))).toEqual(ids);
    expect(wb.getValues(wb.resolve('Sums!A1:B1'))).toEqual([[60, 30]]);
    expect(wb.getExtra('validation', wb.resolve('Data!C2'))[0]?.[0]).toMatchObject({ criteria: 'CHECKBOX' });
  });
});

describe('the spreadsheet locale (File > Settings)', () => {
  test('Spreadsheet.getSpreadsheetLocale reads what the setter or the workbench set, and a save keeps it', async () => {
    const { createEnvironment } = await import('../../workbench/gas');
    const wb = sample();
    const env = createEnvironment({ workbook: wb, authMode: 'FULL' });
    const ss = env.services.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ss.setSpreadsheetLocale('de_DE');
    expect(wb.locale).toBe('de_DE');
    expect(Workbook.fromSnapshot(wb.snapshot()).locale).toBe('de_DE');
    wb.locale = 'fr_FR';
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
  });
});
