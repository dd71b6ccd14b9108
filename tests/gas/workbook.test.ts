// Contract: the Workbook underneath the services (what the workbench drives directly).
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../workbench/gas';

describe('Workbook', () => {
  it('a new spreadsheet has one sheet, Sheet1, of 1000 x 26 cells', () => {
    const wb = new Workbook();
    expect(wb.sheetNames()).toEqual(['Sheet1']);
    expect(wb.size('Sheet1')).toEqual({ rows: 1000, columns: 26, lastRow: 0, lastColumn: 0 });
  });

  it('keeps formulas as typed (open ranges, TRUE) while computing them', () => {
    const wb = new Workbook({ sheets: { S: [[1], [2], [3]] } });
    wb.setContents(wb.resolve('S!B1'), [['=SUM(A2:A)', '=IF(TRUE, "yes", "no")']]);
    expect(wb.getFormulas(wb.resolve('S!B1:C1'))).toEqual([['=SUM(A2:A)', '=IF(TRUE, "yes", "no")']]);
    expect(wb.getValues(wb.resolve('S!B1:C1'))).toEqual([[5, 'yes']]);
    wb.setContents(wb.resolve('S!A500'), [[10]]);
    expect(wb.getValues(wb.resolve('S!B1'))).toEqual([[15]]);
  });

  it("shows Sheets' error types: a circular reference is #REF!, an unknown function #NAME?", () => {
    const wb = new Workbook({ sheets: { S: [['=B1', '=A1', '=NOPE(1)']] } });
    expect(wb.getError('S', 1, 1)?.type).toBe('#REF!');
    expect(wb.getError('S', 1, 3)).toEqual({ type: '#NAME?', message: "Unknown function: 'NOPE'." });
  });

  it('notifies listeners of changes with the sheets touched', () => {
    const wb = new Workbook({ sheets: { S: [] } });
    const seen: string[][] = [];
    const off = wb.onChange((c) => seen.push([...c.sheets]));
    wb.setContents(wb.resolve('S!A1'), [[1]]);
    off();
    wb.setContents(wb.resolve('S!A2'), [[2]]);
    expect(seen).toEqual([['S']]);
  });

  it('a snapshot keeps developer metadata on its sheet, rows and columns', () => {
    const wb = new Workbook({ sheets: { A: [], B: [] } });
    wb.metadata.add('tab', null, 'DOCUMENT', { type: 'SHEET', sheetId: wb.sheetId('B') });
    wb.metadata.add('col', '13', 'PROJECT', { type: 'COLUMN', sheetId: wb.sheetId('B'), start: 13, end: 13 });
    wb.metadata.add('doc', 'v', 'DOCUMENT', { type: 'SPREADSHEET' });
    const back = Workbook.fromSnapshot(JSON.parse(JSON.stringify(wb.snapshot())));
    expect(
      back.metadata.all().map(({ key, value, visibility, place }) => ({ key, value, visibility, place })),
    ).toEqual([
      {
        key: 'tab',
        value: null,
        visibility: 'DOCUMENT',
        place: { type: 'SHEET', sheetId: back.sheetId('B') },
      },
      {
        key: 'col',
        value: '13',
        visibility: 'PROJECT',
        place: { type: 'COLUMN', sheetId: back.sheetId('B'), start: 13, end: 13 },
      },
      { key: 'doc', value: 'v', visibility: 'DOCUMENT', place: { type: 'SPREADSHEET' } },
    ]);
  });

  it('a snapshot survives JSON and reloads to the same cells, formulas, formats and names', () => {
    const wb = new Workbook({
      sheets: {
        Data: [
          ['n', 2],
          ['m', 3],
        ],
        Other: [],
      },
    });
    wb.setContents(wb.resolve('Data!C1'), [['=B1*B2']]);
    wb.setNumberFormats(wb.resolve('Data!B1'), [['0.00']]);
    wb.setNamedRange('Nums', wb.resolve('Data!B1:B2'));
    wb.setFrozenRows('Data', 1);
    const back = Workbook.fromSnapshot(JSON.parse(JSON.stringify(wb.snapshot())));
    expect(back.sheetNames()).toEqual(['Data', 'Other']);
    expect(back.getValues(back.resolve('Data!A1:C2'))).toEqual([
      ['n', 2, 6],
      ['m', 3, ''],
    ]);
    expect(back.getFormulas(back.resolve('Data!C1'))).toEqual([['=B1*B2']]);
    expect(back.getDisplayValues(back.resolve('Data!B1'))).toEqual([['2.00']]);
    expect(back.namedRanges()).toEqual([
      { name: 'Nums', range: { sheet: 'Data', row: 1, column: 1 + 1, numRows: 2, numColumns: 1 } },
    ]);
    expect(back.frozenRows('Data')).toBe(1);
  });
});
