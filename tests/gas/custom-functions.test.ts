// Contract: custom functions of the built bundle inside the formula engine, as Sheets runs them.
// https://developers.google.com/apps-script/guides/sheets/functions
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleProducts } from '../../workbench/app/sample';
import { createEnvironment, findCustomFunctions, loadAddon, Workbook } from '../../workbench/gas';
import { readBuiltCode } from '../../workbench/vm';

// A tiny script with the same shape as dist/Code.js: top-level functions, JSDoc with @customfunction.
const PROBE = `
var calls = 0;
/** Echoes how Sheets passed its arguments. @customfunction */
function ECHO(a, b) { calls++; return JSON.stringify([a, b, Object.prototype.toString.call(a)]); }
/** Doubles every number of a range. @customfunction */
function DOUBLE(range) { calls++; return range.map(function (row) { return row.map(function (v) { return v * 2; }); }); }
/** Fails. @customfunction */
function FAIL(x) { throw new Error('bad input: ' + x); }
/** Tries to write. @customfunction */
function WRITE() { SpreadsheetApp.getActiveSpreadsheet().getRange('A1').setValue(1); return 'wrote'; }
/** Reads. @customfunction */
function READ() { return SpreadsheetApp.getActiveSpreadsheet().getRange('A1').getValue(); }
/** The spreadsheet's locale. @customfunction */
function LOCALE() { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(); }
/** Not a custom function (private). @customfunction */
function HIDDEN_() { return 1; }
function helper() { return 2; }
function callCount() { return calls; }
`;

function probeWorkbook() {
  const workbook = new Workbook({
    sheets: {
      S: [
        [1, 2],
        [3, 4],
      ],
    },
  });
  const env = createEnvironment({ workbook });
  const addon = loadAddon(env, { code: PROBE });
  const set = (a1: string, v: unknown) => workbook.setContents(workbook.resolve(a1, 'S'), [[v]]);
  const get = (a1: string) => workbook.getValues(workbook.resolve(a1, 'S'));
  return { workbook, env, addon, set, get, custom: () => addon.customFunctionBundle };
}

describe('custom functions are found like Sheets finds them', () => {
  it('lists top-level functions whose JSDoc has @customfunction, not private ones', () => {
    expect(findCustomFunctions(PROBE)).toEqual(['ECHO', 'DOUBLE', 'FAIL', 'WRITE', 'READ', 'LOCALE']);
  });

  it('finds DISTMODEL, DISTMODEL_SENSITIVITY and DISTMODEL_WEIGHTS in the built dist/Code.js', () => {
    expect(findCustomFunctions(readBuiltCode())).toEqual(
      expect.arrayContaining(['DISTMODEL', 'DISTMODEL_SENSITIVITY', 'DISTMODEL_WEIGHTS']),
    );
  });
});

describe('arguments arrive as in Sheets (guides/sheets/functions#data_types)', () => {
  it('a cell as its value, a range as a 2-D array with "" for empty cells', () => {
    const { set, get } = probeWorkbook();
    set('D1', '=ECHO(A1, A1:C2)');
    expect(JSON.parse(String(get('D1')[0]?.[0]))).toEqual([
      1,
      [
        [1, 2, ''],
        [3, 4, ''],
      ],
      '[object Number]',
    ]);
  });

  it('an open range A1:B passes every row of the grid, blanks included', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=ECHO(A1:B)');
    const [range] = JSON.parse(String(get('D1')[0]?.[0]));
    expect(range).toHaveLength(workbook.size('S').rows);
    expect(range[2]).toEqual(['', '']);
  });

  it('booleans, strings and Dates keep their types', () => {
    const { set, get } = probeWorkbook();
    set('A1', new Date(Date.UTC(2024, 0, 31)));
    set('B1', 'text');
    set('D1', '=ECHO(A1, TRUE)');
    const [a, b, type] = JSON.parse(String(get('D1')[0]?.[0]));
    expect([a, b, type]).toEqual(['2024-01-31T00:00:00.000Z', true, '[object Date]']);
    set('D2', '=ECHO(B1)');
    expect(JSON.parse(String(get('D2')[0]?.[0]))[0]).toBe('text');
  });
});

describe('the spreadsheet locale, a getter a custom function may call (reference/spreadsheet/spreadsheet#getSpreadsheetLocale())', () => {
  it('is en_US unless set, and what File > Settings sets', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=LOCALE()');
    expect(get('D1')).toEqual([['en_US']]);
    workbook.locale = 'de_DE';
    set('D2', '=LOCALE()');
    expect(get('D2')).toEqual([['de_DE']]);
  });
});

describe('an error cell in a range argument: undocumented, both behaviours (docs/live-checks.md)', () => {
  it("'propagate' (default): the function is not called and its cell shows the error", () => {
    const { workbook, set, get, custom } = probeWorkbook();
    set('B2', '=NA()');
    const before = custom().call('callCount');
    set('D1', '=ECHO(A1:B2)');
    expect(get('D1')).toEqual([['#N/A']]);
    expect(custom().call('callCount')).toBe(before);
    expect(workbook.getError('S', 1, 4)?.type).toBe('#N/A');
  });

  it("'as-text': the function is called with the error's text in that cell", () => {
    const { workbook, set, get } = probeWorkbook();
    workbook.rangeErrors = 'as-text';
    set('B2', '=NA()');
    set('D1', '=ECHO(A1:B2)');
    expect(JSON.parse(String(get('D1')[0]?.[0]))[0]).toEqual([
      [1, 2],
      [3, '#N/A'],
    ]);
  });
});

describe('recalculation: only when an argument changes (guides/sheets/functions#optimization)', () => {
  it('recalculates when an argument cell changes, not when an unrelated cell does', () => {
    const { set, get, custom } = probeWorkbook();
    set('D1', '=DOUBLE(A1:B2)');
    const before = custom().call('callCount');
    set('A1', 10);
    expect(get('D1:E2')).toEqual([
      [20, 4],
      [6, 8],
    ]);
    const after = custom().call('callCount');
    expect(after).toBe(Number(before) + 1);
    set('H9', 'unrelated');
    expect(custom().call('callCount')).toBe(after);
  });

  it('recalculates when a named range argument changes', () => {
    const { workbook, set, get } = probeWorkbook();
    workbook.setNamedRange('Inputs', workbook.resolve('S!A1:B2'));
    set('D1', '=DOUBLE(Inputs)');
    set('B2', 5);
    expect(get('D1:E2')).toEqual([
      [2, 4],
      [6, 10],
    ]);
  });
});

describe('results spill; a blocked spill is #REF! (guides/sheets/functions#return_values)', () => {
  it('a 2-D result fills the cells right and below; getFormulas shows the formula only in its own cell', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=DOUBLE(A1:B2)');
    expect(get('D1:E2')).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(workbook.getFormulas(workbook.resolve('S!D1:E2'))).toEqual([
      ['=DOUBLE(A1:B2)', ''],
      ['', ''],
    ]);
  });

  it('data in the way: the cell shows #REF! naming the first blocking cell, and nothing is overwritten', () => {
    const { workbook, set, get } = probeWorkbook();
    set('E2', 'mine');
    set('D1', '=DOUBLE(A1:B2)');
    expect(get('D1:E2')).toEqual([
      ['#REF!', ''],
      ['', 'mine'],
    ]);
    expect(workbook.getError('S', 1, 4)).toEqual({
      type: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in E2.',
    });
  });

  it('typing into a spilled result blocks it; clearing that cell lets it spill again', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=DOUBLE(A1:B2)');
    set('D2', 'typed');
    expect(get('D1:E2')).toEqual([
      ['#REF!', ''],
      ['typed', ''],
    ]);
    set('D2', '');
    expect(get('D1:E2')).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(workbook.getError('S', 1, 4)).toBeNull();
  });

  it('a result that shrinks clears the cells it no longer covers; deleting the formula clears them all', () => {
    const { set, get } = probeWorkbook();
    set('D1', '=DOUBLE(A1:B2)');
    set('D1', '=DOUBLE(A1:B1)');
    expect(get('D1:E2')).toEqual([
      [2, 4],
      ['', ''],
    ]);
    set('D1', '');
    expect(get('D1:E1')).toEqual([['', '']]);
  });

  it('other formulas see spilled values', () => {
    const { set, get } = probeWorkbook();
    set('D1', '=DOUBLE(A1:B2)');
    set('G1', '=SUM(D1:E2)');
    expect(get('G1')).toEqual([[20]]);
    set('A1', 2);
    expect(get('G1')).toEqual([[22]]);
  });

  it('a result larger than the grid asks for more rows, as Sheets does', () => {
    const workbook = new Workbook({ sheets: { S: [[1], [2], [3]] }, defaultRows: 3, defaultColumns: 3 });
    loadAddon(createEnvironment({ workbook }), { code: PROBE });
    workbook.setContents(workbook.resolve('S!B2'), [['=DOUBLE(A1:A3)']]);
    expect(workbook.getError('S', 2, 2)).toEqual({
      type: '#REF!',
      message: 'Result was not automatically expanded, please insert more rows (1).',
    });
  });
});

describe('errors and AuthMode.CUSTOM_FUNCTION', () => {
  it('a thrown error shows as #ERROR! with its message', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=FAIL(A1)');
    expect(get('D1')).toEqual([['#ERROR!']]);
    expect(workbook.getError('S', 1, 4)).toEqual({ type: '#ERROR!', message: 'bad input: 1' });
  });

  it('reading the spreadsheet works, writing is refused', () => {
    const { workbook, set, get } = probeWorkbook();
    set('D1', '=READ()');
    expect(get('D1')).toEqual([[1]]);
    set('D2', '=WRITE()');
    expect(workbook.getError('S', 2, 4)).toEqual({
      type: '#ERROR!',
      message: 'You do not have permission to call setValue',
    });
    expect(get('A1')).toEqual([[1]]);
  });
});

describe('DISTMODEL from dist/Code.js in a cell', () => {
  // Two calibration products of different models (the sample's first B2B and first B2C row) and the model
  // the calibration expects for each; the "Expected model" column itself is not given to the formula.
  const sample = sampleProducts();
  const [header = [], ...rows] = sample.table;
  const pick = (customer: string) => rows.findIndex((r) => r[1] === customer);
  const picked = [pick('B2B'), pick('B2C')];
  const products = [header, ...picked.map((i) => rows[i] ?? [])];
  const expected = picked.map((i) => sample.expected[i]);
  let env: ReturnType<typeof createEnvironment>;
  beforeAll(() => {
    env = createEnvironment({ workbook: new Workbook({ sheets: { Products: products } }) });
    loadAddon(env);
  });

  it('spills one model per product row, with its header, and recalculates when a product changes', () => {
    const wb = env.workbook;
    const models = () => wb.getValues(wb.resolve('Products!M1:M3')).map((r) => r[0]);
    // Two different models, so the recalculated row below must change to pass.
    expect(expected[0]).not.toBe(expected[1]);
    wb.setContents(wb.resolve('Products!M1'), [['=DISTMODEL(A1:L3)']]);
    expect(models()).toEqual(['Distribution model', ...expected]);
    wb.setContents(wb.resolve('Products!A3:L3'), [products[1] ?? []]);
    expect(models()).toEqual(['Distribution model', expected[0], expected[0]]);
  });

  it('spills DISTMODEL_SENSITIVITY and "flip" beside the table, header row aligned with the table\'s', () => {
    // A sheet wide enough for 24 columns of ranges beside the table.
    const wide = products.map((row) => [...row, ...Array(40).fill('')]);
    const wb = new Workbook({ sheets: { Products: wide } });
    loadAddon(createEnvironment({ workbook: wb }));
    wb.setContents(wb.resolve('Products!O1'), [['=DISTMODEL_SENSITIVITY(A1:L3)']]);
    const sensitivity = wb.getValues(wb.resolve('Products!O1:AL3'));
    expect(sensitivity[0]?.slice(0, 3)).toEqual(['Distribution model', 'Robust', 'Customer weight from']);
    expect(sensitivity[1]?.[0]).toBe(expected[0]);
    expect(sensitivity.slice(1).every((row) => row.length === 24 && typeof row[1] === 'boolean')).toBe(true);
    wb.setContents(wb.resolve('Products!AN1'), [['=DISTMODEL(A1:L3, , "flip")']]);
    expect(wb.getValues(wb.resolve('Products!AN1:AP1'))).toEqual([
      ['Factor to change', 'Change it to', 'Would then get'],
    ]);
  });
});
