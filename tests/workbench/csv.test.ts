import { describe, expect, test } from 'vitest';
import { csvToValues, parseCsv, valuesToCsv } from '../../workbench/app/csv';

describe('CSV', () => {
  test('quoted fields keep commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  test('numbers and TRUE/FALSE are typed, the rest stays text; short rows are padded', () => {
    expect(csvToValues('Name,Price,Ok\nBox,12.5,TRUE\nLid\n', 'en_US')).toEqual([
      ['Name', 'Price', 'Ok'],
      ['Box', 12.5, true],
      ['Lid', '', ''],
    ]);
  });

  test('export quotes what needs quoting and reads back the same', () => {
    const values = [
      ['Product', 'Note'],
      ['Widget, large', 'He said "yes"'],
      [42, true],
    ];
    const text = valuesToCsv(values);
    expect(text).toBe('Product,Note\r\n"Widget, large","He said ""yes"""\r\n42,TRUE\r\n');
    expect(csvToValues(text, 'en_US')).toEqual(values);
  });

  test('a byte-order mark is ignored', () => {
    expect(parseCsv('\uFEFFa,b\n')).toEqual([['a', 'b']]);
  });
});

describe('CSV export: nothing DistModel writes can be read as a formula (issue #17)', () => {
  test('text starting with =, +, -, @ gets an apostrophe; numbers stay numbers; it reads back as text', () => {
    const values = [['=HYPERLINK("x")', '+Reach: bad', '-lots', '@SUM(A1)', -3, 'plain']];
    const text = valuesToCsv(values);
    expect(text).toBe(`"'=HYPERLINK(""x"")",'+Reach: bad,'-lots,'@SUM(A1),-3,plain\r\n`);
    // Imported again, each is typed input that a sheet stores as the text it was.
    expect(csvToValues(text, 'en_US')).toEqual([
      [`'=HYPERLINK("x")`, "'+Reach: bad", "'-lots", "'@SUM(A1)", -3, 'plain'],
    ]);
  });
});
