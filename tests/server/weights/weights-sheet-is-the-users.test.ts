// Issue #17, section 1: the weights sheet belongs to the user too. Apply writes only the cells whose value
// the user changed in the sidebar and writes text as text; a title row above the table is skipped.
import { describe, expect, it } from 'vitest';
import type { SaveResult, ScoreResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, formulas, type Grid, harness, productsSheet, request, values } from '../support';

const SHEET = "'DistModel weights'";

/** A harness whose weights sheet holds Balanced plus a Note column, as a user keeps it. */
function withNotes() {
  const h = harness({ Products: productsSheet(4) });
  const { version } = h.call<WeightsState>('getWeights');
  h.call('saveWeights', balanced(), version);
  const wb = h.workbook;
  wb.setContents(wb.resolve(`${SHEET}!H1:H3`), [
    ['Note'],
    ['=HYPERLINK("https://example.com/source","source")'],
    ['\'=IMPORTXML("https://example.com","//a")'],
  ]);
  return h;
}

/** The grid as the sidebar holds it, with one weight changed (the Price weight to 2). */
function withPriceWeight(grid: Grid, weight: number): Grid {
  return grid.map((row, r) =>
    r > 0 && row[0] === 'Price' ? row.map((cell, c) => (c === 2 ? weight : cell)) : row,
  );
}

describe('Apply keeps what the user wrote in the weights sheet', () => {
  it('a Note =HYPERLINK(...) stays a formula, and a note typed as text stays text', () => {
    const h = withNotes();
    const state = h.call<WeightsState>('getWeights');
    expect(state.grid[2]?.[7]).toBe('=IMPORTXML("https://example.com","//a")');
    const saved = h.call<SaveResult>('saveWeights', withPriceWeight(state.grid, 2), state.version);
    expect(saved.status).toBe('saved');
    expect(formulas(h, `${SHEET}!H2:H3`)).toEqual([
      ['=HYPERLINK("https://example.com/source","source")'],
      [''],
    ]);
    expect(values(h, `${SHEET}!H3`)).toEqual([['=IMPORTXML("https://example.com","//a")']]);
    const price = balanced().findIndex((row) => row[0] === 'Price');
    expect(values(h, `${SHEET}!C${price + 1}`)).toEqual([[2]]);
  });

  it('a note the user types in the sidebar starting with = is written as text, never as a formula', () => {
    const h = withNotes();
    const state = h.call<WeightsState>('getWeights');
    const grid = state.grid.map((row) => [...row]);
    (grid[4] as unknown[])[7] = '=IMPORTXML("https://example.com","//b")';
    (grid[5] as unknown[])[7] = '+SUM(1,2)';
    expect(h.call<SaveResult>('saveWeights', grid, state.version).status).toBe('saved');
    expect(formulas(h, `${SHEET}!H5:H6`)).toEqual([[''], ['']]);
    expect(values(h, `${SHEET}!H5:H6`)).toEqual([['=IMPORTXML("https://example.com","//b")'], ['+SUM(1,2)']]);
  });
});

describe('a title row above the weights table', () => {
  it('is skipped: the table is read from its header on row 3, and Score products works', () => {
    const h = harness({ Products: productsSheet(4) });
    const { version } = h.call<WeightsState>('getWeights');
    h.call('saveWeights', balanced(), version);
    const wb = h.workbook;
    const sheet = values(h, `${SHEET}!A1:G40`);
    wb.setContents(wb.resolve(`${SHEET}!A1:G42`), [
      ['Weights for the 2026 plan', '', '', '', '', '', ''],
      Array(7).fill(''),
      ...sheet,
    ]);
    const state = h.call<WeightsState>('getWeights');
    expect(state.problems).toEqual([]);
    h.env.setActiveRange('Products!A1');
    const scored = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(scored.status).toBe('done');
  });
});
