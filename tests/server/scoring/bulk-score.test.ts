// Bulk scoring of the product table: values and live formulas beside the table, the whole table or the
// selected rows, and never over cells the user owns without asking.
import { describe, expect, it } from 'vitest';
import { distmodel, OUTPUT_HEADERS } from '../../../src/engine';
import type { ScoreResult, WeightsState } from '../../../src/shared/sidebar-contract';
import {
  balanced,
  blank,
  formulas,
  HEADERS,
  harness,
  nonPlainPath,
  productsSheet,
  request,
  values,
} from '../support';

function countModels(output: unknown[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of OUTPUT_HEADERS.scores) counts[name] = 0;
  for (const row of output.slice(1)) counts[row[0] as string] = (counts[row[0] as string] ?? 0) + 1;
  return counts;
}

/** Rows of an engine 'all' output whose Confidence says "Thin evidence". */
function thinRows(output: unknown[][]): number {
  const at = OUTPUT_HEADERS.all.indexOf('Confidence');
  return output.slice(1).filter((row) => row[at] === 'Thin evidence').length;
}

/** 8 products, rows 3-5 scored as one live block formula (M3), then `select` made the active range. */
function liveBlock(select: string) {
  const s = setup(8);
  s.h.env.setActiveRange('Products!A3:A5');
  s.h.call('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
  s.h.env.setActiveRange(select);
  return s;
}

function setup(rows = 10) {
  const products = productsSheet(rows);
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!B2');
  return { h, products, expected: distmodel(products, balanced(), 'all') };
}

describe('scoreProducts: whole table', () => {
  it('values: writes the engine\'s "all" output beside the table, header included, and no formula', () => {
    const { h, products, expected } = setup();
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(nonPlainPath(result)).toBeNull();
    expect(result).toEqual({
      status: 'done',
      range: 'Products!M1:X11',
      rows: 10,
      replacedLive: [],
      summary: {
        counts: countModels(distmodel(products, balanced())),
        invalid: 0,
        total: 10,
        thin: thinRows(expected),
        sheetName: 'Products',
      },
    });
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
    expect(
      formulas(h, 'Products!M1:X11')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('formulas: one open-ended DISTMODEL formula reading the weights range; new rows get scored', () => {
    const { h, expected } = setup();
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(result.status).toBe('done');
    expect(formulas(h, 'Products!M1')).toEqual([['=DISTMODEL(A1:L, DistModelWeights, "all")']]);
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
    expect(h.workbook.hasSheet('DistModel weights')).toBe(true);
    // Creating the weights sheet on first need does not move the user away from their table.
    expect(h.env.session.activeSheet).toBe('Products');
    const extra = productsSheet(11)[11] as unknown[];
    h.workbook.setContents(h.workbook.resolve('Products!A12:L12'), [extra]);
    expect(values(h, 'Products!M12:X12')).toEqual(distmodel([HEADERS, extra], balanced(), 'all').slice(1));
  });

  it('formulas follow a weights save made afterwards', () => {
    const { h, products } = setup(5);
    h.call('scoreProducts', request({ mode: 'formulas' }));
    const state = h.call<WeightsState>('getWeights');
    const heavy = balanced().map((row, r) =>
      r > 0 && row[0] !== 'Price' ? [row[0], row[1], 0, ...row.slice(3)] : row,
    );
    expect(h.call<{ status: string }>('saveWeights', heavy, state.version).status).toBe('saved');
    expect(values(h, 'Products!M1:X6')).toEqual(distmodel(products, heavy, 'all'));
  });

  it('puts output after a user column at the end of the table (e.g. "Expected model")', () => {
    const products = productsSheet(4).map((row, r) => [...row, r === 0 ? 'Expected model' : 'mine']);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A1');
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(result).toMatchObject({ status: 'done', range: 'Products!N1:Y5' });
    expect(values(h, 'Products!M1:M5').flat()).toEqual(['Expected model', 'mine', 'mine', 'mine', 'mine']);
    expect(values(h, 'Products!N1:Y5')).toEqual(distmodel(products, balanced(), 'all'));
  });

  it('finds a header below title rows and scores only below it', () => {
    const products = productsSheet(3);
    const h = harness({ Products: [['Our portfolio'], [], ...products] });
    h.env.setActiveRange('Products!A4');
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(result).toMatchObject({ status: 'done', range: 'Products!M3:X6', rows: 3 });
    expect(values(h, 'Products!M3:X6')).toEqual(distmodel(products, balanced(), 'all'));
    expect(blank(h, 'Products!M1:X2')).toBe(true);
  });

  it('a row with a bad value gets its message in its own row; the others are scored', () => {
    const products = productsSheet(3);
    (products[2] as unknown[])[3] = 'expensive';
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A1');
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(result).toMatchObject({ status: 'done', summary: { invalid: 1, total: 3 } });
    expect(values(h, 'Products!M1:X4')).toEqual(distmodel(products, balanced(), 'all'));
  });

  it('no product table on the active sheet: "no-table" with a message, nothing written', () => {
    const h = harness({ Notes: [['Shopping list'], ['milk']] });
    h.env.setActiveRange('Notes!A1');
    const result = h.call<ScoreResult>('scoreProducts', request({}));
    expect(result.status).toBe('no-table');
    expect(values(h, 'Notes!A1:C3')).toEqual([
      ['Shopping list', '', ''],
      ['milk', '', ''],
      ['', '', ''],
    ]);
  });

  it('rejects a malformed request with a readable error', () => {
    const { h } = setup(2);
    expect(() => h.call('scoreProducts', { scope: 'everything', mode: 'values' })).toThrow(
      /table or the selected rows/,
    );
  });
});

describe("scoreProducts: never over the user's cells", () => {
  it('asks (needs-confirmation) when a target cell holds user content, and writes nothing', () => {
    const { h } = setup();
    h.workbook.setContents(h.workbook.resolve('Products!O5'), [['my note']]);
    h.workbook.setContents(h.workbook.resolve('Products!T1'), [['Owner']]);
    for (const mode of ['values', 'formulas'] as const) {
      const result = h.call<ScoreResult>('scoreProducts', request({ mode }));
      expect(result).toEqual({
        status: 'needs-confirmation',
        range: 'Products!M1:X11',
        occupiedCells: ['T1', 'O5'],
        occupiedCount: 2,
        replacesLive: [],
      });
    }
    expect(blank(h, 'Products!M1:N11')).toBe(true);
    expect(values(h, 'Products!O5')).toEqual([['my note']]);
  });

  it('with overwrite: true it writes over them', () => {
    const { h, expected } = setup();
    h.workbook.setContents(h.workbook.resolve('Products!O5'), [['my note']]);
    const result = h.call<ScoreResult>('scoreProducts', request({ overwrite: true }));
    expect(result.status).toBe('done');
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
  });

  it('its own previous output (values or formulas, a longer old table) is replaced without asking', () => {
    const { h, expected } = setup();
    expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'values' })).status).toBe('done');
    expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' })).status).toBe('done');
    // The table shrinks: old results below it are DistModel's and are cleared.
    h.workbook.setContents(
      h.workbook.resolve('Products!A10:L11'),
      Array.from({ length: 2 }, () => Array(12).fill('')),
    );
    h.call('scoreProducts', request({ mode: 'values' }));
    expect(values(h, 'Products!M1:X9')).toEqual(expected.slice(0, 9));
    expect(blank(h, 'Products!M10:X11')).toBe(true);
  });

  it("content below the table in the output columns blocks a live formula's spill, so it asks", () => {
    const { h } = setup(3);
    h.workbook.setContents(h.workbook.resolve('Products!N20'), [['total']]);
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(result).toMatchObject({ status: 'needs-confirmation', occupiedCells: ['N20'] });
  });
});

describe("scoreProducts: cells typed inside its own output columns are the user's", () => {
  it('values: a frozen result the user typed over is theirs; the rows as DistModel left them are not', () => {
    const { h, expected } = setup();
    expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'values' })).status).toBe('done');
    h.workbook.setContents(h.workbook.resolve('Products!O5'), [['my estimate']]);
    for (const mode of ['values', 'formulas'] as const) {
      expect(h.call<ScoreResult>('scoreProducts', request({ mode }))).toEqual({
        status: 'needs-confirmation',
        range: 'Products!M1:X11',
        occupiedCells: ['O5'],
        occupiedCount: 1,
        replacesLive: [],
      });
    }
    expect(values(h, 'Products!O5')).toEqual([['my estimate']]);
    // Agreeing once makes the new output DistModel's again: the next run does not ask.
    expect(h.call<ScoreResult>('scoreProducts', request({ overwrite: true })).status).toBe('done');
    expect(h.call<ScoreResult>('scoreProducts', request({})).status).toBe('done');
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
  });

  it('values: rows outside a scored selection keep their verdict (a user row stays theirs)', () => {
    const { h } = setup();
    h.call('scoreProducts', request({}));
    h.workbook.setContents(h.workbook.resolve('Products!N9'), [['mine']]);
    h.env.setActiveRange('Products!A3:A4');
    expect(h.call<ScoreResult>('scoreProducts', request({ scope: 'selection' })).status).toBe('done');
    h.env.setActiveRange('Products!A1');
    expect(h.call<ScoreResult>('scoreProducts', request({}))).toMatchObject({ occupiedCells: ['N9'] });
  });

  it('formulas: a value typed in the spill blocks it and is never cleared without asking', () => {
    const { h } = setup(4);
    h.call('scoreProducts', request({ mode: 'formulas' }));
    h.workbook.setContents(h.workbook.resolve('Products!N3'), [['typed']]);
    expect(values(h, 'Products!M1')).toEqual([['#REF!']]);
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(result).toMatchObject({ status: 'needs-confirmation', occupiedCells: ['N3'], occupiedCount: 1 });
    expect(values(h, 'Products!N3')).toEqual([['typed']]);
  });

  it("a formula of the user's in the output area is theirs, even when it shows nothing", () => {
    const { h } = setup(3);
    h.workbook.setContents(h.workbook.resolve('Products!P2'), [['=IF(FALSE, 1, "")']]);
    expect(values(h, 'Products!P2')).toEqual([['']]);
    expect(h.call<ScoreResult>('scoreProducts', request({}))).toMatchObject({ occupiedCells: ['P2'] });
  });
});

describe('scoreProducts: what it refuses or adapts', () => {
  it('values need a readable weights table: a broken one is named by its cell, nothing written', () => {
    const { h } = setup(3);
    h.call('saveWeights', balanced(), 'none');
    h.workbook.setContents(h.workbook.resolve("'DistModel weights'!D5"), [['lots']]);
    expect(() => h.call('scoreProducts', request({ mode: 'values' }))).toThrow(/'DistModel weights'!D5/);
    expect(blank(h, 'Products!M1:X4')).toBe(true);
  });

  it('selected rows under a live table formula: values ask first, naming the formula, then freeze the table', () => {
    const { h, expected } = setup(6);
    h.call('scoreProducts', request({ mode: 'formulas' }));
    h.env.setActiveRange('Products!A3:A4');
    const ask = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'values' }));
    const live = [{ cell: 'M1', covers: 'M1:X7' }];
    expect(ask).toEqual({
      status: 'needs-confirmation',
      range: 'Products!M1:X7',
      occupiedCells: [],
      occupiedCount: 0,
      replacesLive: live,
    });
    expect(formulas(h, 'Products!M1')).toEqual([['=DISTMODEL(A1:L, DistModelWeights, "all")']]);
    const result = h.call<ScoreResult>(
      'scoreProducts',
      request({ scope: 'selection', mode: 'values', overwrite: true }),
    );
    expect(result).toMatchObject({ status: 'done', rows: 6, range: 'Products!M1:X7', replacedLive: live });
    expect(formulas(h, 'Products!M1')).toEqual([['']]);
    expect(values(h, 'Products!M1:X7')).toEqual(expected);
  });

  it('selected rows inside a live block: values ask, then freeze the whole block (no row of it lost)', () => {
    const { h, expected } = liveBlock('Products!B4');
    const ask = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'values' }));
    expect(ask).toMatchObject({
      status: 'needs-confirmation',
      occupiedCount: 0,
      replacesLive: [{ cell: 'M3', covers: 'M3:X5' }],
    });
    const result = h.call<ScoreResult>(
      'scoreProducts',
      request({ scope: 'selection', mode: 'values', overwrite: true }),
    );
    expect(result).toMatchObject({ status: 'done', rows: 3, range: 'Products!M3:X5' });
    expect(formulas(h, 'Products!M3:M5').flat()).toEqual(['', '', '']);
    expect(values(h, 'Products!M3:X5')).toEqual(expected.slice(2, 5));
  });

  it('selected rows inside a live block: formulas re-write the whole block, never break it', () => {
    const { h, expected } = liveBlock('Products!B4');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(result).toMatchObject({ status: 'done', rows: 3, replacedLive: [] });
    expect(formulas(h, 'Products!M3')).toEqual([['=DISTMODEL(A3:L5, DistModelWeights, "all", A$1:L$1)']]);
    expect(values(h, 'Products!M3:X5')).toEqual(expected.slice(2, 5));
  });

  it('rows outside every live block are frozen without asking', () => {
    const { h, expected } = liveBlock('Products!B7');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'values' }));
    expect(result).toMatchObject({ status: 'done', rows: 1, range: 'Products!M7:X7', replacedLive: [] });
    expect(values(h, 'Products!M3:X5')).toEqual(expected.slice(2, 5));
    expect(formulas(h, 'Products!M3')).not.toEqual([['']]);
  });
});

describe('scoreProducts: the summary it returns', () => {
  it('counts the whole table after scoring selected rows, values or formulas', () => {
    for (const mode of ['values', 'formulas'] as const) {
      const { h, expected } = setup(10);
      h.env.setActiveRange('Products!A3:A4');
      const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode }));
      expect(result).toMatchObject({ status: 'done', rows: 2 });
      if (result.status !== 'done') throw new Error(result.status);
      expect(result.summary).toEqual({
        counts: countModels(expected),
        invalid: 0,
        total: 10,
        thin: thinRows(expected),
        sheetName: 'Products',
      });
    }
  });

  it('counts products on thin evidence apart, in the sidebar summary and after scoring', () => {
    const products = productsSheet(6);
    // Row 3 keeps only Product and Customer: under half of the weight known.
    products[3] = (products[3] as (string | number)[]).map((cell, c) => (c < 2 ? cell : ''));
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A2');
    const expected = distmodel(products, balanced(), 'all');
    expect(thinRows(expected)).toBeGreaterThan(0);
    const result = h.call<ScoreResult>('scoreProducts', request({}));
    expect(result).toMatchObject({ summary: { thin: thinRows(expected), total: 6 } });
    expect(h.call('getPortfolioSummary')).toMatchObject({ thin: thinRows(expected), total: 6 });
  });
});

describe('scoreProducts: selected rows', () => {
  it('values: only the selected rows (and the output header) are written', () => {
    const { h, expected } = setup();
    h.env.setActiveRange('Products!C4:E6');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'values' }));
    expect(result).toMatchObject({ status: 'done', range: 'Products!M4:X6', rows: 3 });
    expect(values(h, 'Products!M1:X1')).toEqual([expected[0]]);
    expect(values(h, 'Products!M4:X6')).toEqual(expected.slice(3, 6));
    expect(blank(h, 'Products!M2:X3')).toBe(true);
    expect(blank(h, 'Products!M7:X11')).toBe(true);
  });

  it('formulas: one DISTMODEL formula per selected block, reading the weights range', () => {
    const { h, expected } = setup();
    h.env.setActiveRange('Products!A4:A6');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(result.status).toBe('done');
    expect(formulas(h, 'Products!M4')).toEqual([['=DISTMODEL(A4:L6, DistModelWeights, "all", A$1:L$1)']]);
    expect(values(h, 'Products!M4:X6')).toEqual(expected.slice(3, 6));
  });

  it('formulas work in any column order: each block names its columns by the header row', () => {
    const order = [2, 0, 5, 1, 3, 4, 11, 6, 7, 10, 8, 9];
    const products = productsSheet(6).map((row) => order.map((i) => row[i] as string | number));
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A2:A3');
    const first = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(first.status).toBe('done');
    h.env.setActiveRange('Products!B6:B7');
    h.call('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(formulas(h, 'Products!M2')).toEqual([['=DISTMODEL(A2:L3, DistModelWeights, "all", A$1:L$1)']]);
    expect(formulas(h, 'Products!M6')).toEqual([['=DISTMODEL(A6:L7, DistModelWeights, "all", A$1:L$1)']]);
    const expected = distmodel(products, balanced(), 'all');
    expect(values(h, 'Products!M1:X1')).toEqual([expected[0]]);
    expect(values(h, 'Products!M2:X3')).toEqual(expected.slice(1, 3));
    expect(values(h, 'Products!M6:X7')).toEqual(expected.slice(5, 7));
    expect(blank(h, 'Products!M4:X5')).toBe(true);
  });

  it('formulas count a custom factor column the weights define, placed anywhere in the table', () => {
    const weights = [
      ...balanced(),
      ['Warranty', 'Short', 40, 2, 2, 2, -2],
      ['Warranty', 'Long', '', -2, -2, -2, 2],
    ];
    const base = productsSheet(4);
    const products = base.map((row, r) => [
      ...row.slice(0, 3),
      r === 0 ? 'Warranty' : r % 2 ? 'Long' : 'Short',
      ...row.slice(3),
    ]);
    const h = harness({ Products: products });
    expect(h.call<{ status: string }>('saveWeights', weights, 'none').status).toBe('saved');
    h.env.setActiveRange('Products!A2:A4');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', mode: 'formulas' }));
    expect(result).toMatchObject({ status: 'done', range: 'Products!N2:Y4' });
    expect(formulas(h, 'Products!N2')).toEqual([['=DISTMODEL(A2:M4, DistModelWeights, "all", A$1:M$1)']]);
    const expected = distmodel(products, weights, 'all');
    expect(values(h, 'Products!N2:Y4')).toEqual(expected.slice(1, 4));
    // The Warranty column decides: a Long warranty row goes to Open resale, which the built-ins alone do not give.
    expect(values(h, 'Products!N2:N4').flat()).toEqual(['Open resale', expect.any(String), 'Open resale']);
    expect(values(h, 'Products!N3')).not.toEqual([['Open resale']]);
    expect(values(h, 'Products!N2:Y4')).not.toEqual(distmodel(base, weights, 'all').slice(1, 4));
  });

  it('a selection outside the table rows is reported, nothing written', () => {
    const { h } = setup(3);
    h.env.setActiveRange('Products!A30');
    const result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection' }));
    expect(result.status).toBe('no-table');
    expect(blank(h, 'Products!M1:X4')).toBe(true);
  });

  it('the menu item scores the selection with live formulas, whatever the column order', () => {
    const products = productsSheet(4).map((row) => [row[0], row[2], row[1], ...row.slice(3)]);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A2:A3');
    h.call('scoreSelectedRows');
    expect(formulas(h, 'Products!M2')).toEqual([['=DISTMODEL(A2:L3, DistModelWeights, "all", A$1:L$1)']]);
    expect(values(h, 'Products!M2:X3')).toEqual(distmodel(products, balanced(), 'all').slice(1, 3));
  });

  it('the menu item asks before writing over user cells and respects "No"', () => {
    const { h } = setup(4);
    h.workbook.setContents(h.workbook.resolve('Products!P3'), [['keep me']]);
    h.env.setActiveRange('Products!A2:A3');
    h.env.ui.respondWith('NO');
    h.call('scoreSelectedRows');
    expect(h.env.ui.alerts.at(-1)?.prompt).toMatch(/P3/);
    expect(values(h, 'Products!P3')).toEqual([['keep me']]);
    expect(formulas(h, 'Products!M2')).toEqual([['']]);
  });
});
