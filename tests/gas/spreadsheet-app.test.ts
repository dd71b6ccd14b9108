// Contract: SpreadsheetApp, Spreadsheet, Sheet and Range as the add-on sees them.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import { describe, expect, it } from 'vitest';
import { createEnvironment, Workbook } from '../../workbench/gas';

function env(
  sheets: Record<string, unknown[][]> = {
    Data: [
      ['Name', 'Qty'],
      ['a', 1],
      ['b', 2],
    ],
  },
) {
  const e = createEnvironment({ workbook: new Workbook({ sheets }) });
  return { e, app: e.services.SpreadsheetApp, ss: e.services.SpreadsheetApp.getActiveSpreadsheet() };
}

describe('Range.getValues / setValues (reference/spreadsheet/range#getValues())', () => {
  it('returns "" for empty cells, numbers, booleans and strings', () => {
    const { ss } = env({ S: [[1, true, 'x', null]] });
    expect(ss.getRange('S!A1:E1').getValues()).toEqual([[1, true, 'x', '', '']]);
  });

  it('round-trips a Date as a Date of the script realm-independent kind', () => {
    const { ss } = env({ S: [] });
    const d = new Date(Date.UTC(2024, 1, 29, 12, 30));
    ss.getRange('S!A1').setValue(d);
    const back = ss.getRange('S!A1').getValue();
    expect(Object.prototype.toString.call(back)).toBe('[object Date]');
    expect((back as Date).getTime()).toBe(d.getTime());
    expect(ss.getRange('S!A1').getDisplayValue()).toBe('2/29/2024');
  });

  it("throws Apps Script's messages when the data does not match the range", () => {
    const { ss } = env();
    const range = ss.getRange('Data!A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(ss.getRange('Data!A1:B2').getValues()).toEqual([
      ['Name', 'Qty'],
      ['a', 1],
    ]);
  });

  it('writes strings as a user would type them: "=..." is a formula, "" clears', () => {
    const { ss } = env();
    ss.getRange('Data!C1:C3').setValues([['Total'], ['=B2*2'], ['']]);
    expect(ss.getRange('Data!C2').getValue()).toBe(2);
    expect(ss.getRange('Data!C1:C3').getFormulas()).toEqual([[''], ['=B2*2'], ['']]);
  });

  it('setFormula on a range shifts relative references per cell', () => {
    const { ss } = env();
    ss.getRange('Data!C2:C3').setFormula('=B2*10+$B$2');
    expect(ss.getRange('Data!C2:C3').getFormulas()).toEqual([['=B2*10+$B$2'], ['=B3*10+$B$2']]);
    expect(ss.getRange('Data!C2:C3').getValues()).toEqual([[11], [21]]);
  });

  it('A1 forms: open ranges, whole columns, sheet-qualified names with quotes', () => {
    const { ss } = env({ 'My data': [[1], [2]] });
    expect(ss.getRange("'My data'!A1:A").getNumRows()).toBe(1000);
    expect(ss.getRange("'My data'!B:C").getA1Notation()).toBe('B1:C1000');
    expect(ss.getRange("'My data'!A2").getValue()).toBe(2);
  });

  it('offset, getRow/getColumn, getSheet and the row/column form of getRange agree', () => {
    const { ss } = env();
    const sheet = ss.getSheetByName('Data');
    const range = sheet?.getRange(2, 1, 2, 2);
    expect(range?.getA1Notation()).toBe('A2:B3');
    expect(range?.offset(1, 1).getA1Notation()).toBe('B3:C4');
    expect(range?.offset(0, 1, 1, 1).getValue()).toBe(1);
    expect([range?.getRow(), range?.getColumn(), range?.getSheet().getName()]).toEqual([2, 1, 'Data']);
  });

  it('a range outside the grid throws', () => {
    const { ss } = env();
    expect(() => ss.getSheetByName('Data')?.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('Sheet and Spreadsheet (reference/spreadsheet/sheet)', () => {
  it('getDataRange and getLastRow/getLastColumn follow the content', () => {
    const { ss } = env();
    const sheet = ss.getSheetByName('Data');
    expect(sheet?.getDataRange().getA1Notation()).toBe('A1:B3');
    sheet?.getRange('D5').setValue('x');
    expect([sheet?.getLastRow(), sheet?.getLastColumn()]).toEqual([5, 4]);
  });

  it('insertSheet makes the new sheet active and refuses a taken name', () => {
    const { ss } = env();
    const sheet = ss.insertSheet('Results');
    expect(ss.getActiveSheet().getName()).toBe('Results');
    expect(sheet.getSheetId()).not.toBe(ss.getSheetByName('Data')?.getSheetId());
    expect(() => ss.insertSheet('results')).toThrow(
      'A sheet with the name "results" already exists. Please enter another name.',
    );
  });

  it('named ranges are usable in formulas and follow setNamedRange', () => {
    const { ss } = env();
    ss.setNamedRange('Qty', ss.getRange('Data!B2:B3'));
    ss.getRange('Data!D1').setFormula('=SUM(Qty)');
    expect(ss.getRange('Data!D1').getValue()).toBe(3);
    expect(ss.getRangeByName('Qty')?.getA1Notation()).toBe('B2:B3');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Qty']);
    ss.setNamedRange('Qty', ss.getRange('Data!B2:B2'));
    expect(ss.getRange('Data!D1').getValue()).toBe(1);
  });

  it('active range and selection are per user', () => {
    const { e, ss } = env();
    e.setActiveRange('Data!A2:B3');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A2:B3');
    expect(ss.getActiveSheet().getActiveCell().getA1Notation()).toBe('A2');
    const other = e.fork({ user: 'bob@example.com' });
    expect(other.services.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('A1');
  });

  it('records validation, formats, frozen rows, protections and charts', () => {
    const { e, app, ss } = env();
    const sheet = ss.getSheetByName('Data');
    if (!sheet) throw new Error('no sheet');
    const rule = app.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    expect(sheet.getRange('A3').getDataValidation()?.getCriteriaValues()).toEqual([['a', 'b'], true]);
    sheet.getRange('B2:B3').setNumberFormat('0.00');
    expect(sheet.getRange('B2:B3').getDisplayValues()).toEqual([['1.00'], ['2.00']]);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.protect().setDescription('results');
    expect(e.document.records.protections.map((p) => p.description)).toEqual(['results']);
    const chart = sheet
      .newChart()
      .asPieChart()
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(1, 4, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(e.document.records.charts[0]).toMatchObject({ type: 'PIE', sheet: 'Data' });
  });
});

describe('large tables: one call each way (support/best-practices#batch_operations)', () => {
  it('reads and writes 50,000 x 12 with one setValues and one getValues', () => {
    const rows = 50_000;
    const { e, ss } = env({ Big: [] });
    const sheet = ss.getSheetByName('Big');
    sheet?.insertRowsAfter(1000, rows - 1000);
    const data = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: 12 }, (_, j) => (j === 0 ? `p${i}` : i * j)),
    );
    e.calls.reset();
    sheet?.getRange(1, 1, rows, 12).setValues(data);
    const back = sheet?.getRange(1, 1, rows, 12).getValues();
    expect(back?.[rows - 1]).toEqual(data[rows - 1]);
    expect(e.calls.count('Range.setValues')).toBe(1);
    expect(e.calls.count('Range.getValues')).toBe(1);
  });
});

describe('a selection of several ranges (reference/spreadsheet/sheet#getActiveRangeList())', () => {
  it('getActiveRangeList lists every selected range; getActiveRange is the last one', () => {
    const { e, ss } = env();
    e.setActiveRanges(['Data!A1:B1', 'Data!A3']);
    const sheet = ss.getActiveSheet();
    expect(
      sheet
        .getActiveRangeList()
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B1', 'A3']);
    expect(sheet.getActiveRange()?.getA1Notation()).toBe('A3');
    // Selecting again replaces the list.
    e.setActiveRange('Data!B2');
    expect(
      sheet
        .getActiveRangeList()
        ?.getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2']);
  });
});
