// Issue #8, section 3, as a user meets it: the built dist/Code.js in the Apps Script stand-ins, with
// DISTMODEL formulas, the portfolio summary, the selected-row preview data and bulk scoring.
import { describe, expect, it } from 'vitest';
import { mapColumnInGrid, presetTable, weightsTableToGrid } from '../../../src/engine';
import type {
  ActiveRow,
  PortfolioSummary,
  SaveResult,
  ScoreResult,
  WeightsState,
} from '../../../src/shared/sidebar-contract';
import { PRODUCT_TABLE_HEADER } from '../../support/sheet-headers';
import { type Harness, harness, request, values } from '../support';

const HEADER = [...PRODUCT_TABLE_HEADER];

/** A product row (A:L) from a few named cells. */
function row(cells: Record<string, unknown>): unknown[] {
  return HEADER.map((h) => cells[h] ?? '');
}

const TRACTOR = row({
  Product: 'Farm tractor',
  Customer: 'B2B',
  'Product type': 'Physical',
  Price: 90_000,
  Complexity: 'Medium',
  'See before buying': true,
  'Local service': true,
});
const APP = row({
  Product: 'Photo app',
  Customer: 'B2C',
  'Product type': 'Software',
  Price: 5,
  'See before buying': false,
  'Local service': false,
});

function formulaAt(h: Harness, a1: string, formula: string): void {
  h.workbook.setContents(h.workbook.resolve(a1), [[formula]]);
}

describe('checkbox columns', () => {
  // Checkboxes down See before buying (F) and Local service (K): every row of the sheet holds FALSE there.
  const unstarted = row({ 'See before buying': false, 'Local service': false });
  const sheet = () =>
    harness({ Products: [HEADER, TRACTOR, APP, ...Array.from({ length: 47 }, () => unstarted)] });

  it('=DISTMODEL(A1:L) gives two recommendations, not 49', () => {
    const h = sheet();
    formulaAt(h, 'Products!M1', '=DISTMODEL(A1:L)');
    const models = values(h, 'Products!M2:M60').flat();
    expect(models.filter((m) => m !== '')).toHaveLength(2);
  });

  it('the portfolio counts 2 products and Score products (values) scores 2 rows', () => {
    const h = sheet();
    h.env.setActiveRange('Products!A1');
    const summary = h.call<PortfolioSummary>('getPortfolioSummary');
    expect(summary.total).toBe(2);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(2);
    const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(result.status === 'done' && [result.rows, result.summary.total]).toEqual([2, 2]);
    expect(
      values(h, 'Products!M4:M50')
        .flat()
        .every((c) => c === ''),
    ).toBe(true);
  });
});

describe('text amounts in the spreadsheet locale', () => {
  /** A product priced by a text cell ("'12.000" is text in Sheets), scored by a formula. */
  function priced(text: string, locale: string | null, header = 'Price'): string {
    const h = harness({
      Products: [
        [...HEADER.slice(0, 3), header],
        ['Kit', 'B2B', 'Physical', `'${text}`],
      ],
    });
    if (locale) h.workbook.locale = locale;
    formulaAt(h, 'Products!F1', '=DISTMODEL(A1:D2, "Balanced", "explain")');
    return String(values(h, 'Products!F2')[0]?.[0]);
  }

  it('"12.000" in a German spreadsheet is 12,000: Price = 2,000 to 100,000, not 0 to 50', () => {
    expect(priced('12.000', 'de_DE')).toContain('Price = 2,000 to 100,000');
    expect(priced('12.000', 'en_US')).toContain('Price = 0 to 50');
  });

  it('"0,375" in a German spreadsheet is 0.375, never 375', () => {
    const explained = priced('0,375', 'de_DE');
    expect(explained).toContain('Price = 0 to 50');
  });

  it('"€1.200,50", "500 EUR", "£300" and "1 200" are read, in any locale', () => {
    for (const locale of ['de_DE', 'en_US']) {
      expect(priced('€1.200,50', locale)).toContain('Price = 50 to 2,000');
      expect(priced('500 EUR', locale)).toContain('Price = 50 to 2,000');
      expect(priced('£300', locale)).toContain('Price = 50 to 2,000');
      expect(priced('1 200', locale)).toContain('Price = 50 to 2,000');
    }
  });

  it('a header "Price (k$)" reads 12 as $12k', () => {
    const h = harness({
      Products: [
        ['Product', 'Customer', 'Price (k$)'],
        ['Kit', 'B2B', 12],
      ],
    });
    formulaAt(h, 'Products!E1', '=DISTMODEL(A1:C2, "Balanced", "explain")');
    expect(String(values(h, 'Products!E2')[0]?.[0])).toContain('Price = 2,000 to 100,000');
  });

  it('a formula asks for the locale only when a text amount needs it (one service call, not one per cell)', () => {
    const h = harness({ Products: [[...HEADER.slice(0, 4)], ['Kit', 'B2B', 'Physical', 1200]] });
    const calls = h.addon.customFunctionEnv.calls;
    calls.reset();
    formulaAt(h, 'Products!F1', '=DISTMODEL(A1:D2)');
    expect(calls.count('Spreadsheet.getSpreadsheetLocale')).toBe(0);
    h.workbook.setContents(h.workbook.resolve('Products!D2'), [["'12.000"]]);
    expect(calls.count('Spreadsheet.getSpreadsheetLocale')).toBe(1);
  });

  it('the selected row carries the locale, so the preview reads text amounts as the formulas do', () => {
    const h = harness({ Products: [HEADER, row({ Product: 'Kit', Price: '12.000' })] });
    h.workbook.locale = 'de_DE';
    h.env.setActiveRange('Products!B2');
    expect(h.call<ActiveRow>('getActiveRow')?.locale).toBe('de_DE');
  });
});

describe('error cells', () => {
  const table = () => [HEADER, TRACTOR, row({ Product: 'Lookup', Customer: 'B2C', Price: '=NA()' }), APP];

  it('if Sheets passes the error as its text, only that row gets a message naming the column', () => {
    const h = harness({ Products: table() });
    h.workbook.rangeErrors = 'as-text';
    formulaAt(h, 'Products!M1', '=DISTMODEL(A1:L4)');
    const out = values(h, 'Products!M2:M4').flat();
    expect(out[1]).toMatch(/^Price: the cell shows #N\/A; .*IFERROR/);
    expect(out[0]).not.toBe('');
    expect(out[2]).not.toMatch(/^Price/);
  });

  it('if Sheets does not call the function, the whole column shows #N/A: the README says to wrap lookups', () => {
    const h = harness({ Products: table() });
    h.workbook.rangeErrors = 'propagate';
    formulaAt(h, 'Products!M1', '=DISTMODEL(A1:L4)');
    expect(h.workbook.getError('Products', 1, 13)?.type).toBe('#N/A');
    // The README's way out: IFNA around the lookup leaves a blank, and the other rows are scored.
    h.workbook.setContents(h.workbook.resolve('Products!D3'), [['=IFNA(NA(), "")']]);
    expect(
      values(h, 'Products!M2:M4')
        .flat()
        .every((c) => c !== ''),
    ).toBe(true);
  });

  it('Score products (values) reads the error text and gives that row a message', () => {
    const h = harness({ Products: table() });
    h.env.setActiveRange('Products!A1');
    h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(String(values(h, 'Products!M3')[0]?.[0])).toMatch(/^Price: the cell shows #N\/A/);
  });
});

describe('a header mapped to a factor without renaming the column', () => {
  it('formulas reading the shared weights recalculate and read the mapped column', () => {
    const header = ['Product', 'Customer', 'Product type', 'Onsite techs'];
    const h = harness({ Products: [header, ['Tractor', 'B2B', 'Physical', 'Yes']] });
    h.env.setActiveRange('Products!A1');
    const state = h.call<WeightsState>('getWeights');
    h.call<SaveResult>('saveWeights', weightsTableToGrid(presetTable('Balanced')), state.version);
    formulaAt(h, 'Products!F1', '=DISTMODEL(A1:D2, DistModelWeights, "explain")');
    expect(String(values(h, 'Products!F2')[0]?.[0])).not.toContain('Local service');
    const current = h.call<WeightsState>('getWeights');
    const mapped = mapColumnInGrid(current.grid, 'Onsite techs', 'Local service');
    expect(h.call<SaveResult>('saveWeights', mapped, current.version).status).toBe('saved');
    expect(String(values(h, 'Products!F2')[0]?.[0])).toContain('Local service = Yes');
  });
});
