// The undo/rollback records (workbench/app/change-journal.ts): whatever a change of cells writes (any block,
// past the sheet's edge or not, values, formulas, blanks, a number format) or a change of structure does,
// restoring its record gives back exactly the workbook it was taken from.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recordCells, recordDocument, restoreRecord } from '../../workbench/app/change-journal';
import { Workbook } from '../../workbench/gas';

function workbook(): Workbook {
  const wb = new Workbook({
    defaultRows: 12,
    defaultColumns: 6,
    sheets: {
      Data: [
        ['Name', 'Price', 'Total'],
        ['Box', 10, '=SUM(B2:B)'],
        ['Lid', 20, '=B3*2'],
      ],
      Other: [['=Data!B2+1']],
    },
  });
  wb.setNamedRange('Prices', wb.resolve('Data!B2:B3'));
  wb.setNumberFormats(wb.resolve('Data!B2'), [['"$"#,##0.00']]);
  return wb;
}

const cellValue = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('=B2*3', '=SUM(B:B)', '=Prices'),
);

const block = fc
  .record({
    row: fc.integer({ min: 1, max: 16 }),
    column: fc.integer({ min: 1, max: 8 }),
    rows: fc.integer({ min: 1, max: 6 }),
    columns: fc.integer({ min: 1, max: 4 }),
  })
  .chain((at) =>
    fc.record({
      at: fc.constant(at),
      values: fc.array(fc.array(cellValue, { minLength: at.columns, maxLength: at.columns }), {
        minLength: at.rows,
        maxLength: at.rows,
      }),
    }),
  );

describe('undo and rollback records', () => {
  test('a written block (growing the sheet when it reaches past the edge) is taken back exactly', () => {
    fc.assert(
      fc.property(block, fc.boolean(), ({ at, values }, failHalfway) => {
        const wb = workbook();
        const before = wb.snapshot();
        const range = {
          sheet: 'Data',
          row: at.row,
          column: at.column,
          numRows: at.rows,
          numColumns: at.columns,
        };
        const record = recordCells(wb, 'Paste', 'Data', range, range);
        wb.ensureSize('Data', at.row + at.rows - 1, at.column + at.columns - 1);
        if (!failHalfway) {
          wb.setContents(range, values);
          wb.setNumberFormats(
            range,
            values.map((r) => r.map(() => '0.00%')),
          );
        }
        restoreRecord(wb, record);
        expect(wb.snapshot()).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  test('a change of structure is taken back exactly, sheet ids and named ranges included', () => {
    const change = fc.constantFrom<(wb: Workbook) => void>(
      (wb) => wb.deleteRows('Data', 2, 1),
      (wb) => wb.insertRowsAfter('Data', 1, 2),
      (wb) => wb.deleteColumns('Data', 1, 1),
      (wb) => wb.insertColumnsAfter('Data', 0, 1),
      (wb) => wb.renameSheet('Data', 'Products'),
      (wb) => wb.removeSheet('Data'),
      (wb) => wb.duplicateSheet('Data', 'Copy'),
      (wb) => wb.moveSheet('Other', 0),
    );
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const wb = workbook();
        const before = wb.snapshot();
        const record = recordDocument(wb, 'Structure');
        for (const apply of changes) {
          try {
            apply(wb);
          } catch {
            // A change that no longer applies (its sheet was removed) is skipped.
          }
        }
        restoreRecord(wb, record);
        expect(wb.snapshot()).toEqual(before);
        expect(wb.getValues(wb.resolve('Other!A1'))).toEqual([[11]]);
      }),
      { numRuns: 15 },
    );
  });
});
