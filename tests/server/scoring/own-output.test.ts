// Issue 8 §2: the add-on recognises its own output whatever it displays (a blocked formula, an error, a
// typed-over cell), lists every cell it would overwrite, puts results back where they were, and claims
// success only when results show.
import { describe, expect, it } from 'vitest';
import { distmodel, OUTPUT_HEADERS } from '../../../src/engine';
import { columnLetters } from '../../../src/shared/a1';
import type { ScoreResult } from '../../../src/shared/sidebar-contract';
import { balanced, blank, formulas, type Harness, harness, productsSheet, request, values } from '../support';

/** The last output column beside a 12-column table (M + the 'all' output's width - 1), and the one after. */
const END = columnLetters(12 + OUTPUT_HEADERS.all.length);
const AFTER = columnLetters(13 + OUTPUT_HEADERS.all.length);

const type = (h: Harness, a1: string, value: unknown) =>
  h.workbook.setContents(h.workbook.resolve(a1), [[value]]);

/** The sample table (28 products) scored as live formulas into M1 and the columns right of it. */
function scoredSample() {
  const products = productsSheet(28);
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!B2');
  expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }))).toMatchObject({
    status: 'done',
    range: `Products!M1:${END}29`,
  });
  const expected = distmodel(products, balanced(), 'all');
  expect(values(h, `Products!M1:${END}29`)).toEqual(expected);
  return { h, products, expected };
}

describe('live formulas blocked by typed text', () => {
  it('lists every typed cell in the original area, then writes back to M1 and shows results', () => {
    const { h, expected } = scoredSample();
    type(h, 'Products!N5', 'my own text');
    type(h, 'Products!M10', 'mine too');
    expect(h.workbook.getError('Products', 1, 13)?.type).toBe('#REF!');
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(ask).toEqual({
      status: 'needs-confirmation',
      range: `Products!M1:${END}29`,
      occupiedCells: ['N5', 'M10'],
      occupiedCount: 2,
      replacesLive: [],
    });
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(result).toMatchObject({ status: 'done', range: `Products!M1:${END}29`, rows: 28 });
    expect(formulas(h, 'Products!M1')).toEqual([['=DISTMODEL(A1:L, DistModelWeights, "all")']]);
    expect(values(h, `Products!M1:${END}29`)).toEqual(expected);
    expect(blank(h, `Products!${AFTER}1:${AFTER}29`)).toBe(true);
  });

  it('frozen values over a blocked formula also go back to M1 and beside', () => {
    const { h, expected } = scoredSample();
    type(h, 'Products!N5', 'my own text');
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values', overwrite: true }));
    expect(result).toMatchObject({ status: 'done', range: `Products!M1:${END}29` });
    expect(values(h, `Products!M1:${END}29`)).toEqual(expected);
    expect(formulas(h, 'Products!M1')).toEqual([['']]);
  });
});

/** `rows` products scored once, as values or formulas. */
function scoredOnce(rows: number, mode: 'values' | 'formulas') {
  const products = productsSheet(rows);
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!B2');
  h.call('scoreProducts', request({ mode }));
  return { h, products };
}

describe('output columns recognised whatever they display', () => {
  it('a typed-over output header (values) is listed, not taken for a product column', () => {
    const { h } = scoredOnce(5, 'values');
    type(h, 'Products!M1', 'Our pick');
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(ask).toMatchObject({
      status: 'needs-confirmation',
      range: `Products!M1:${END}6`,
      occupiedCells: ['M1'],
    });
  });

  it('the mark moves with an inserted column: results go back to the moved output', () => {
    const { h, products } = scoredOnce(4, 'formulas');
    const sheet = h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Products');
    sheet?.insertColumnsAfter(12, 1); // a column of the user's between the table and the output
    type(h, 'Products!M1', 'Notes');
    type(h, 'Products!N3', 'typed over');
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(ask).toMatchObject({
      status: 'needs-confirmation',
      range: `Products!N1:${AFTER}5`,
      occupiedCells: ['N3'],
    });
    h.call('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(values(h, 'Products!M1:M5').flat()).toEqual(['Notes', '', '', '', '']);
    expect(values(h, `Products!N1:${AFTER}5`)).toEqual(distmodel(products, balanced(), 'all'));
  });

  it("frozen values in a moved output are still known as DistModel's: no question, written back there", () => {
    const { h } = scoredOnce(4, 'values');
    const sheet = h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Products');
    sheet?.insertColumnsAfter(12, 2);
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(result).toMatchObject({
      status: 'done',
      range: `Products!O1:${columnLetters(14 + OUTPUT_HEADERS.all.length)}5`,
    });
    sheet?.deleteColumns(13, 1);
    type(h, 'Products!N3', 'typed over');
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(ask).toMatchObject({ status: 'needs-confirmation', occupiedCells: ['N3'], occupiedCount: 1 });
  });

  it('without the mark (a sheet scored before it), a DISTMODEL formula in the header row is the output', () => {
    const { h, expected } = scoredSample();
    for (const m of h.env.services.SpreadsheetApp.getActiveSpreadsheet()
      .createDeveloperMetadataFinder()
      .find())
      if (m.getKey() === 'distmodel.output') m.remove();
    type(h, 'Products!N5', 'my own text');
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(ask).toMatchObject({ range: `Products!M1:${END}29`, occupiedCells: ['N5'] });
    h.call('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(values(h, `Products!M1:${END}29`)).toEqual(expected);
  });
});

describe('success only when results show', () => {
  it('a formula whose results are blocked when read back is reported with its cell, not "done"', () => {
    const { h } = scoredSample();
    // A collaborator types below the output between the write and the read-back.
    const app = h.env.services.SpreadsheetApp as unknown as { flush: () => void };
    app.flush = () => type(h, 'Products!P20', 'typed meanwhile');
    expect(() => h.call('scoreProducts', request({ mode: 'formulas', overwrite: true }))).toThrow(
      /wrote its formula to Products!M1, but the cell shows #REF! instead of results/,
    );
  });
});

describe('the preview and the portfolio read the table without its blocked output', () => {
  it("the active row's headers stop before a #REF! output header", () => {
    const { h } = scoredSample();
    type(h, 'Products!N5', 'my own text');
    h.env.setActiveRange('Products!C3');
    const row = h.call<{ headers: unknown[] }>('getActiveRow');
    expect(row.headers).toHaveLength(12);
  });
});
