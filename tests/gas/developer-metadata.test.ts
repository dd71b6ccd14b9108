// Contract: developer metadata, renamed and deleted sheets, deleted rows and columns, TextFinder.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata ("remain
// associated at those locations as they move around ... If the associated object is deleted then its
// metadata is deleted too.")
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
import { describe, expect, it } from 'vitest';
import { createEnvironment, Workbook } from '../../workbench/gas';

function env(sheets: Record<string, unknown[][]> = { Data: [['a', 'b']], Other: [['x']] }) {
  const workbook = new Workbook({ sheets });
  const e = createEnvironment({ workbook });
  const app = e.services.SpreadsheetApp;
  return { workbook, e, app, ss: app.getActiveSpreadsheet() };
}

const keys = (list: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) => list.map((m) => m.getKey());

describe('developer metadata (reference/spreadsheet/developer-metadata)', () => {
  it('on the spreadsheet, a sheet, whole columns and whole rows, with value and visibility', () => {
    const { app, ss } = env();
    const sheet = ss.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
    ss.addDeveloperMetadata('doc', 'v1');
    sheet.addDeveloperMetadata('tab', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:D').addDeveloperMetadata('cols', '{"x":1}', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.getRange('3:3').addDeveloperMetadata('row');
    expect(keys(ss.getDeveloperMetadata())).toEqual(['doc']);
    expect(keys(sheet.getDeveloperMetadata())).toEqual(['tab']);
    expect(keys(sheet.createDeveloperMetadataFinder().find())).toEqual(['tab', 'cols', 'row']);
    expect(keys(ss.createDeveloperMetadataFinder().find())).toEqual(['doc', 'tab', 'cols', 'row']);
    const [cols] = ss.createDeveloperMetadataFinder().withKey('cols').find();
    expect(cols?.getValue()).toBe('{"x":1}');
    expect(String(cols?.getVisibility())).toBe('DOCUMENT');
    expect(String(cols?.getLocation().getLocationType())).toBe('COLUMN');
    expect(cols?.getLocation().getColumn()?.getA1Notation()).toBe('C1:D1000');
    expect(cols?.getLocation().getSheet()?.getName()).toBe('Data');
    const [tab] = sheet.getDeveloperMetadata();
    expect(tab?.getValue()).toBeNull();
    expect(String(tab?.getVisibility())).toBe('PROJECT');
    expect(keys(sheet.getRange('3:3').getDeveloperMetadata())).toEqual(['row']);
  });

  it('refuses a range that is not whole rows or columns', () => {
    const { ss } = env();
    expect(() => ss.getRange('Data!A1:B2').addDeveloperMetadata('k')).toThrow(
      /Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column/,
    );
  });

  it('moves with inserted and deleted columns and rows, and goes with a deleted column or sheet', () => {
    const { ss } = env();
    const sheet = ss.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('M:M').addDeveloperMetadata('out');
    sheet.getRange('5:5').addDeveloperMetadata('r');
    const where = (key: string) => {
      const [m] = ss.createDeveloperMetadataFinder().withKey(key).find();
      const loc = m?.getLocation();
      return (loc?.getColumn() ?? loc?.getRow())?.getA1Notation() ?? null;
    };
    sheet.insertColumnsAfter(2, 1);
    expect(where('out')).toBe('N1:N1000');
    sheet.deleteColumns(1, 2);
    expect(where('out')).toBe('L1:L1000');
    sheet.insertRowsAfter(1, 2);
    expect(where('r')).toBe('A7:Y7');
    sheet.deleteRows(2, 2);
    expect(where('r')).toBe('A5:Y5');
    sheet.deleteColumn(12);
    expect(where('out')).toBeNull();
    sheet.addDeveloperMetadata('tab');
    ss.deleteSheet(sheet);
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('setValue, remove, and a range finder on exact or intersecting locations', () => {
    const { ss } = env();
    const sheet = ss.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('B:C').addDeveloperMetadata('k', 'a');
    expect(sheet.getRange('B1:B4').createDeveloperMetadataFinder().find()).toEqual([]);
    const crossing = sheet.getRange('B1:B4').createDeveloperMetadataFinder().onIntersectingLocations().find();
    expect(keys(crossing)).toEqual(['k']);
    crossing[0]?.setValue('b');
    expect(ss.createDeveloperMetadataFinder().withValue('b').find()).toHaveLength(1);
    crossing[0]?.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});

describe('Sheet.setName and Spreadsheet.deleteSheet (reference/spreadsheet/sheet#setName(String))', () => {
  it('named ranges and formulas follow a renamed sheet; the Sheet object keeps its sheet', () => {
    const { ss, workbook } = env({ Weights: [[1], [2]], Use: [['=SUM(Weights!A1:A2)']] });
    const sheet = ss.getSheetByName('Weights') as GoogleAppsScript.Spreadsheet.Sheet;
    ss.setNamedRange('W', sheet.getRange('A1:A2'));
    sheet.getRange('2:2').addDeveloperMetadata('row');
    sheet.setName('Weights (tuned)');
    expect(sheet.getName()).toBe('Weights (tuned)');
    expect(ss.getSheetByName('Weights')).toBeNull();
    expect(ss.getRangeByName('W')?.getSheet().getName()).toBe('Weights (tuned)');
    expect(ss.getRange('Use!A1').getFormula()).toBe("=SUM('Weights (tuned)'!A1:A2)");
    expect(ss.getRange('Use!A1').getValue()).toBe(3);
    expect(
      ss.createDeveloperMetadataFinder().withKey('row').find()[0]?.getLocation().getSheet()?.getName(),
    ).toBe('Weights (tuned)');
    expect(() => sheet.setName('use')).toThrow(/already exists/);
    ss.deleteSheet(sheet);
    expect(ss.getRangeByName('W')).toBeNull();
    expect(workbook.getError('Use', 1, 1)?.type).toBe('#REF!');
  });
});

describe('TextFinder (reference/spreadsheet/text-finder)', () => {
  it('matchFormulaText finds formula text on every sheet, case-insensitively', () => {
    const { ss } = env({ A: [['=SUM(1,2)', 'sum']], B: [['x', '=sum(3)']] });
    const inFormulas = ss.createTextFinder('SUM(').matchFormulaText(true).findAll();
    expect(inFormulas.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['A!A1', 'B!B1']);
    const inValues = ss.createTextFinder('sum').findAll();
    expect(inValues.map((r) => r.getA1Notation())).toEqual(['B1']);
  });
});
