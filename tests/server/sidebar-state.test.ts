// What the sidebar starts from: the initial state in the template (escaped), the active row for the live
// preview, and the portfolio summary with its native chart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE_CALL_MARGIN, distmodel, OUTPUT_HEADERS, PRESET_NAMES } from '../../src/engine';
import type {
  ActiveRow,
  ChartResult,
  InitialState,
  PortfolioSummary,
} from '../../src/shared/sidebar-contract';
import { balanced, HEADERS, harness, nonPlainPath, productsSheet, values } from './support';

const EVIL = '</script><img src=x onerror=alert(1)>';

/**
 * A minimal Sidebar.html with the initial-state block the real sidebar has, so these tests do not depend on
 * the sidebar's own markup. Written at run time: a template scriptlet is not HTML the formatter accepts.
 */
function templateDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-sidebar-'));
  const html =
    '<!DOCTYPE html>\n<html><body><main id="app">DistModel</main>\n' +
    '<script id="initial-state" type="application/json"><?!= initialStateJson ?></script>\n</body></html>\n';
  writeFileSync(path.join(dir, 'Sidebar.html'), html);
  return dir;
}

describe('openSidebar', () => {
  it('puts the initial state into the template, every "<" escaped, titled DistModel', () => {
    const products = productsSheet(3);
    (products[2] as unknown[])[0] = EVIL;
    const { env, addon } = harness({ Products: products }, { htmlDir: templateDir() });
    env.setActiveRange('Products!B3');
    addon.call('openSidebar');
    const sidebar = env.ui.sidebars.at(-1);
    expect(sidebar?.title).toBe('DistModel');
    const html = sidebar?.html ?? '';
    const match = /<script id="initial-state" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const json = match?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(html).not.toContain('<img');
    const state = JSON.parse(json) as InitialState;
    expect(state.activeRow?.product).toBe(EVIL);
    expect(state.activeRow?.row).toBe(3);
    expect(state).toEqual(addon.call('getInitialState'));
  });
});

describe('openSidebar when the state cannot be read', () => {
  it('still opens, with "null" as the embedded state, so the sidebar asks and shows the error itself', () => {
    const { env, workbook, addon } = harness({ Products: productsSheet(2) }, { htmlDir: templateDir() });
    env.setActiveRange('Products!A2');
    const failing = workbook.getValues.bind(workbook);
    workbook.getValues = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    addon.call('openSidebar');
    workbook.getValues = failing;
    expect(env.ui.sidebars.at(-1)?.html).toContain(
      '<script id="initial-state" type="application/json">null</script>',
    );
  });
});

describe('getInitialState', () => {
  it('has the presets, the weights, the active row and the close-call margin, as plain data', () => {
    const h = harness({ Products: productsSheet(3) });
    h.env.setActiveRange('Products!A2');
    const state = h.call<InitialState>('getInitialState');
    expect(nonPlainPath(state)).toBeNull();
    expect(state.presets.map((p) => p.name)).toEqual([...PRESET_NAMES]);
    expect(state.presets[0]?.grid).toEqual(balanced());
    expect(state.presets.every((p) => p.description.length > 0)).toBe(true);
    expect(state.weights).toMatchObject({ grid: balanced(), stored: false, problems: [] });
    expect(state.activeRow).toMatchObject({ sheetName: 'Products', row: 2 });
    expect(state.closeCallMargin).toBe(CLOSE_CALL_MARGIN);
  });

  it('stays cheap: the same few calls for 50 and 5,000 product rows', () => {
    const counts = [50, 5000].map((n) => {
      const h = harness({ Products: productsSheet(n) });
      // The cursor's row, not the table's size, decides whether the header and the row are one read.
      h.env.setActiveRange('Products!A40');
      h.env.calls.reset();
      h.call('getInitialState');
      return h.env.calls.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
    const reads = (c: Record<string, number> | undefined) =>
      (c?.['Range.getValues'] ?? 0) + (c?.['Sheet.getSheetValues'] ?? 0);
    expect(reads(counts[0])).toBeLessThanOrEqual(3);
  });
});

describe('getActiveRow', () => {
  it('returns the row under the cursor with its header and product name', () => {
    const products = productsSheet(4);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!F4');
    expect(h.call<ActiveRow>('getActiveRow')).toEqual({
      sheetName: 'Products',
      row: 4,
      headers: HEADERS,
      values: products[3],
      product: products[3]?.[0],
      locale: 'en_US',
      headerRow: 1,
      firstColumn: 1,
      productColumn: 0,
    });
  });

  it("finds a table whose only known headers are the stored weights' own factors", () => {
    const weights = [
      ...balanced(),
      ['Warranty', 'Short', 2, -1, 1, 0, 2],
      ['Warranty', 'Long', '', 2, -1, 2, -2],
    ];
    const h = harness({
      Custom: [
        ['Item', 'Warranty', 'Team size'],
        ['Kettle', 'Short', 3],
      ],
    });
    h.env.setActiveRange('Custom!B2');
    // Before the weights know "Warranty", no header matches twice: no table.
    expect(h.call<ActiveRow | null>('getActiveRow')).toBeNull();
    expect(h.call<{ status: string }>('saveWeights', weights, 'none').status).toBe('saved');
    h.env.setActiveRange('Custom!B2');
    expect(h.call<ActiveRow>('getActiveRow')).toMatchObject({ row: 2, values: ['Kettle', 'Short', 3] });
  });

  it('finds the header below title rows and sends dates as ISO text', () => {
    const row = [...(productsSheet(1)[1] as unknown[]), new Date(Date.UTC(2024, 0, 31))];
    const h = harness({ Sheet1: [['Portfolio 2024'], [], [...HEADERS, 'Launched'], row] });
    h.env.setActiveRange('Sheet1!A4');
    const active = h.call<ActiveRow>('getActiveRow');
    expect(nonPlainPath(active)).toBeNull();
    expect(active.row).toBe(4);
    expect(active.headers.at(-1)).toBe('Launched');
    expect(active.values.at(-1)).toBe('2024-01-31T00:00:00.000Z');
  });

  it('is null on the header row, below the table, and on a sheet without a product table', () => {
    const h = harness({
      Products: productsSheet(3),
      Notes: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    for (const a1 of ['Products!A1', 'Products!A40', 'Notes!A2']) {
      h.env.setActiveRange(a1);
      expect(h.call('getActiveRow')).toBeNull();
    }
  });
});

describe('portfolio summary', () => {
  function expectedCounts(products: unknown[][]): Record<string, number> {
    const out = distmodel(products, balanced());
    const counts: Record<string, number> = {};
    for (const name of [
      'Direct (assisted sales)',
      'Direct (automated purchase)',
      'Authorized dealers',
      'Open resale',
    ])
      counts[name] = 0;
    for (const [model] of out.slice(1)) counts[model as string] = (counts[model as string] ?? 0) + 1;
    return counts;
  }

  it('counts the products of the active sheet per model, scored by the engine', () => {
    const products = productsSheet(12);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A1');
    const summary = h.call<PortfolioSummary>('getPortfolioSummary');
    const confidence = distmodel(products, balanced(), 'all').map(
      (row) => row[OUTPUT_HEADERS.all.indexOf('Confidence')],
    );
    const thin = confidence.filter((c) => c === 'Thin evidence').length;
    expect(confidence[0]).toBe('Confidence');
    expect(summary).toEqual({
      counts: expectedCounts(products),
      invalid: 0,
      total: 12,
      thin,
      sheetName: 'Products',
    });
  });

  it('says so readably when the active sheet has no product table', () => {
    const h = harness({ Notes: [['x']] });
    h.env.setActiveRange('Notes!A1');
    expect(() => h.call('getPortfolioSummary')).toThrow(/No product table found on "Notes"/);
  });

  it('insertSummaryChart writes a summary table on its own sheet and inserts a column chart of it', () => {
    const products = productsSheet(12);
    const h = harness({ Products: products });
    h.env.setActiveRange('Products!A1');
    expect(h.call<ChartResult>('insertSummaryChart')).toEqual({ sheetName: 'DistModel summary' });
    const counts = expectedCounts(products);
    expect(values(h, "'DistModel summary'!A1:B5")).toEqual([
      ['Distribution model', 'Products'],
      ...Object.entries(counts),
    ]);
    const charts = () => h.env.document.records.charts.filter((c) => c.sheet === 'DistModel summary');
    expect(charts()).toHaveLength(1);
    expect(charts()[0]).toMatchObject({
      type: 'COLUMN',
      ranges: [{ sheet: 'DistModel summary', row: 1, column: 1, numRows: 5, numColumns: 2 }],
    });
    // Again: the same sheet, the chart replaced rather than stacked.
    h.call('insertSummaryChart');
    expect(charts()).toHaveLength(1);
  });

  it('never writes over a user sheet that happens to be called "DistModel summary"', () => {
    const h = harness({ Products: productsSheet(3), 'DistModel summary': [['my own notes']] });
    h.env.setActiveRange('Products!A1');
    expect(h.call<ChartResult>('insertSummaryChart')).toEqual({ sheetName: 'DistModel summary 2' });
    expect(values(h, "'DistModel summary'!A1:B1")).toEqual([['my own notes', '']]);
  });
});
