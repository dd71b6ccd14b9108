import { describe, expect, test } from 'vitest';
import { injectShim } from '../../workbench/app/client-bundles';
import { csvToValues } from '../../workbench/app/csv';
import { sheetView } from '../../workbench/app/sheet-view';
import { typedInput } from '../../workbench/app/typed-input';
import { Workbook } from '../../workbench/gas';

test('typing into a cell: formulas, numbers, booleans, forced text, clearing', () => {
  const typed = (text: string) => typedInput(text, 'en_US');
  expect(typed('=DISTMODEL(A1:L29)')).toBe('=DISTMODEL(A1:L29)');
  expect(typed('2000000')).toBe(2000000);
  expect(typed('1,250.5')).toBe(1250.5);
  expect(typed('-0.5')).toBe(-0.5);
  expect(typed('true')).toBe(true);
  expect(typed('B2B')).toBe('B2B');
  expect(typed('  ')).toBe('');
});

// Trial finding 11: with de_DE set, "4.500" became 4.5 and "'12.000" the number 12.
describe('typed and imported values are read as Sheets reads them, in the spreadsheet locale', () => {
  /** What the workbook holds after `entries` are typed into A1, B1, ... of a sheet in `locale`. */
  const stored = (locale: string, entries: string[]) => {
    const wb = new Workbook({ sheets: { S: [] }, locale });
    wb.setContents(wb.range('S', 1, 1, 1, entries.length), [entries.map((e) => typedInput(e, wb.locale))]);
    return wb.getValues(wb.range('S', 1, 1, 1, entries.length))[0];
  };

  test('numbers follow the locale; text that is no number there stays text', () => {
    expect(stored('de_DE', ['4.500', '4,5', '-0,5', '1.234,5', '12.000', '1.5', '4,500.5'])).toEqual([
      4500,
      4.5,
      -0.5,
      1234.5,
      12000,
      '1.5',
      '4,500.5',
    ]);
    expect(stored('en_US', ['4.500', '4,500', '4,5', '1,234.5', 'B2B'])).toEqual([
      4.5,
      4500,
      '4,5',
      1234.5,
      'B2B',
    ]);
  });

  test('a leading apostrophe makes text, without the apostrophe', () => {
    expect(stored('de_DE', ["'12.000", "'4,5", "''x", "'=1+1"])).toEqual(['12.000', '4,5', "'x", '=1+1']);
    expect(stored('en_US', ["'123", "'TRUE"])).toEqual(['123', 'TRUE']);
  });

  test('editing a forced-text cell starts from the apostrophe, so the edit keeps it text', () => {
    const wb = new Workbook({ sheets: { S: [] }, locale: 'de_DE' });
    const typed = ["'12.000", 'B2B', "'=1+1", "'TRUE", '4,5', '4.500'];
    wb.setContents(wb.range('S', 1, 1, 1, typed.length), [typed.map((e) => typedInput(e, wb.locale))]);
    const inputs = sheetView(wb, 'S', 1, 1)
      .cells[0]?.slice(0, typed.length)
      .map((c) => c?.input);
    expect(inputs).toEqual(["'12.000", 'B2B', "'=1+1", "'TRUE", '4,5', '4500']);
    // Typed again, each entry stores the same value.
    const again = (inputs ?? []).map((e) => typedInput(e ?? '', wb.locale));
    wb.setContents(wb.range('S', 2, 1, 1, typed.length), [again]);
    expect(wb.getValues(wb.range('S', 2, 1, 1, typed.length))).toEqual(
      wb.getValues(wb.range('S', 1, 1, 1, typed.length)),
    );
  });

  test('a CSV is imported with the same reading', () => {
    const csv = 'Name,Price,Note\nBox,4.500,\'12.000\nLid,"4,5",1.5\n';
    const values = csvToValues(csv, 'de_DE');
    const wb = new Workbook({ sheets: { S: [] }, locale: 'de_DE' });
    wb.setContents(wb.range('S', 1, 1, 3, 3), values);
    expect(wb.getValues(wb.range('S', 1, 1, 3, 3))).toEqual([
      ['Name', 'Price', 'Note'],
      ['Box', 4500, '12.000'],
      ['Lid', 4.5, '1.5'],
    ]);
  });
});

test('the google.script shim goes first in the sidebar, before the add-on code', () => {
  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><script>app()</script></head><body></body></html>';
  const out = injectShim(html, 'SHIM');
  expect(out.indexOf('<script>SHIM</script>')).toBeLessThan(out.indexOf('app()'));
  expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(injectShim('<!doctype html><p>hi</p>', 'S')).toBe('<!doctype html><script>S</script><p>hi</p>');
});

// Issue #17: Sheets accepts ";" as the argument separator (and 1,5 for 1.5) in comma-decimal locales.
test('a formula typed with ";" in a comma-decimal locale computes as Sheets computes it', () => {
  const wb = new Workbook({ sheets: { S: [[1.5, 2]] }, locale: 'de_DE' });
  const typed = ['=SUM(A1;B1)', '=ROUND(2,55;1)', '=IF(A1>1;"a;b";"c")'].map((f) => typedInput(f, wb.locale));
  wb.setContents(wb.range('S', 2, 1, 1, 3), [typed]);
  expect(wb.getValues(wb.range('S', 2, 1, 1, 3))[0]).toEqual([3.5, 2.6, 'a;b']);
  expect(typedInput('=SUM(A1;B1)', 'en_US')).toBe('=SUM(A1;B1)');
});
