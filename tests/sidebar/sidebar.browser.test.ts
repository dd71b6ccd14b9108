// The built sidebar (dist/Sidebar.html) in headless Chromium against a scripted fake of google.script.run.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { distmodel } from '../../src/engine/index';
import type { ScoreRequest, ScoreResult } from '../../src/shared/sidebar-contract';
import { describeBrowser, pagePerTest, saveScreenshot as screenshot } from '../support/browser';
import {
  activeRow,
  BIKE,
  gate,
  initialState,
  openFakeSidebar,
  presetGrid,
  storedWeights,
} from './fake-server';

const SUMMARY = {
  counts: {
    'Direct (assisted sales)': 8,
    'Direct (automated purchase)': 7,
    'Authorized dealers': 6,
    'Open resale': 7,
  },
  invalid: 1,
  total: 29,
  thin: 0,
};

const scores = (page: Page) => page.locator('.bar-value').allTextContents();

describeBrowser('sidebar in Chromium with a fake server', () => {
  const pageOf = pagePerTest({ width: 300, height: 800 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it('opens from the embedded state without a round trip and previews the active row', async () => {
    const s = await openFakeSidebar(page);
    await expect.poll(() => page.locator('.product').textContent()).toBe('Trek Madone road bike');
    expect(await page.locator('.recommendation').textContent()).toBe('Recommended: Authorized dealers');
    // The same numbers, at the same precision, as the cells of DISTMODEL(..., "scores").
    const cells = distmodel([BIKE.headers, BIKE.values], 'Balanced', 'scores')[1] as number[];
    expect(await scores(page)).toEqual(cells.map((c) => c.toFixed(1)));
    expect(await page.locator('.evidence').textContent()).toBe(
      'Based on 11 of 13 factors, 84% of the weight.',
    );
    expect(await page.locator('.weight-row').count()).toBe(13);
    expect(s.callsTo('getInitialState')).toHaveLength(0);
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
    await screenshot(page, 'sidebar-fake-open');
    expect(s.errors).toEqual([]);
  });

  it('flags a row that rests on one factor of thirteen as thin evidence, not as a confident answer', async () => {
    const thin = activeRow('New idea', ['B2B', '', '', '', '', '', '', '', '', '', '']);
    await openFakeSidebar(page, { handlers: { getActiveRow: () => thin } });
    await page.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => page.locator('.product').textContent()).toBe('New idea');
    expect(await page.locator('.evidence.thin').textContent()).toBe(
      'Thin evidence: rests on only 1 of 13 factors, 7% of the weight; fill in more factors before relying on it.',
    );
    // Could also be names more than the runner-up, so the close call does not say "consider both" (a fresh
    // trial saw "consider both" beside three models).
    expect(await page.locator('.also-be').textContent()).toMatch(/^Could also be: .+, .+/);
    expect(await page.locator('.margin.close-call').textContent()).toMatch(
      /; consider every model it could also be\.$/,
    );
    await screenshot(page, 'sidebar-thin-evidence');
  });

  it('lists the columns and maps one it does not read to a factor, saved with Apply', async () => {
    const row = {
      sheetName: 'Products',
      row: 2,
      headers: ['Product', 'Customer', 'Product type', 'Onsite techs'],
      values: ['Tractor', 'B2B', 'Physical', 'Yes'],
      product: 'Tractor',
      locale: 'en_US',
      headerRow: 1,
      firstColumn: 1,
      productColumn: 0,
    };
    const s = await openFakeSidebar(page, { state: initialState({ activeRow: row }) });
    const columns = page.locator('details.columns');
    expect(await columns.locator('summary').textContent()).toBe('Columns: 3 read, 1 not read');
    expect(await columns.locator('.column.unread').textContent()).toMatch(
      /^Onsite techs → not read \(not a factor\)/,
    );
    await page.getByLabel('Read "Onsite techs" as').selectOption('Local service');
    expect(await page.locator('.unsaved').isVisible()).toBe(true);
    await expect.poll(() => columns.locator('summary').textContent()).toBe('Columns: 4 read');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => s.callsTo('saveWeights').length).toBe(1);
    const grid = s.callsTo('saveWeights')[0]?.args[0] as unknown[][];
    const col = (grid[0] as unknown[]).indexOf('Product column');
    expect(col).toBeGreaterThan(0);
    expect(grid.filter((r) => r[col] === 'Onsite techs').map((r) => r[0])).toEqual(['Local service']);
    await screenshot(page, 'sidebar-columns-mapped');
    expect(s.errors).toEqual([]);
  });

  it('asks the server for the state when the template was not evaluated', async () => {
    const s = await openFakeSidebar(page, {
      state: null,
      handlers: { getInitialState: () => initialState() },
    });
    expect(s.callsTo('getInitialState')).toHaveLength(1);
    await expect.poll(() => page.locator('.product').textContent()).toBe('Trek Madone road bike');
  });

  it('says what went wrong when the state can be neither read nor fetched', async () => {
    const s = await openFakeSidebar(page, {
      state: null,
      handlers: {
        getInitialState: () => {
          throw new Error(
            "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
          );
        },
      },
    });
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toMatch(/^Could not load DistModel: We're sorry, a server error occurred/);
    expect(alert).toMatch(/several Google accounts/);
    expect(s.errors).toEqual([]);
  });

  it('loads a preset into the draft, marks it unsaved and rescores the preview without saving', async () => {
    const s = await openFakeSidebar(page);
    const before = await scores(page);
    await page.getByLabel('Preset').selectOption('Industrial equipment');
    expect(
      await page.getByRole('slider', { name: 'Local service (changed)', exact: true }).inputValue(),
    ).toBe('2.5');
    expect(await page.getByLabel('Local service weight').inputValue()).toBe('2.5');
    expect(await page.locator('.preset-description').textContent()).toMatch(/Local service/);
    expect(await page.locator('.unsaved').isVisible()).toBe(true);
    expect(await scores(page)).not.toEqual(before);
    expect(await page.locator('.note').first().isVisible()).toBe(true);
    expect(s.callsTo('saveWeights')).toHaveLength(0);
  });

  it('moves the preview as a weight slider moves (by keyboard) and applies with the version', async () => {
    let saved: unknown[] = [];
    const s = await openFakeSidebar(page, {
      handlers: {
        saveWeights: (grid, version) => {
          saved = [grid, version];
          return {
            status: 'saved',
            weights: storedWeights(grid, 'v2'),
          };
        },
      },
    });
    const before = await scores(page);
    const slider = page.getByRole('slider', { name: 'See before buying', exact: true });
    await slider.focus();
    await page.keyboard.press('End');
    expect(await page.getByLabel('See before buying weight').inputValue()).toBe('5');
    const after = await scores(page);
    expect(after).not.toEqual(before);
    expect(await page.locator('.weight-row.changed').count()).toBe(1);
    expect(await page.locator('.unsaved').isVisible()).toBe(true);
    expect(s.callsTo('saveWeights')).toHaveLength(0);
    await screenshot(page, 'sidebar-fake-unsaved');

    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('.status.success').first().textContent()).toMatch(/Saved/);
    const [grid, version] = saved as [(string | number)[][], string];
    expect(version).toBe('v1');
    const row = grid.find((r) => r[0] === 'See before buying');
    expect(row?.[2]).toBe(5);
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
  });

  it('marks only the weights that differ from a saved table whose factors are spelt differently', async () => {
    const grid = presetGrid('Balanced').map((row) =>
      row[0] === 'Product type' ? ['product_type', ...row.slice(1)] : row,
    );
    await openFakeSidebar(page, {
      state: initialState({
        weights: storedWeights(grid, 'v5'),
      }),
    });
    await page.getByRole('button', { name: 'Reset to default' }).click();
    // The names differ as text, so the draft is unsaved, yet no weight has changed.
    expect(await page.locator('.unsaved').isVisible()).toBe(true);
    expect(await page.locator('.weight-row.changed').count()).toBe(0);
    await page.getByLabel('Product type weight').fill('3');
    expect(await page.locator('.weight-row.changed').allTextContents()).toEqual([
      expect.stringContaining('Product type'),
    ]);
  });

  it('on a conflict says the spreadsheet changed, and reloads theirs or keeps mine', async () => {
    const theirs = { ...storedWeights(presetGrid('B2B software'), 'v7') };
    const versions: string[] = [];
    const s = await openFakeSidebar(page, {
      handlers: {
        getWeights: () => theirs,
        saveWeights: (grid, version) => {
          versions.push(version);
          return version === 'v7'
            ? {
                status: 'saved',
                weights: storedWeights(grid, 'v8'),
              }
            : { status: 'conflict', weights: theirs };
        },
      },
    });
    await page.getByLabel('Market weight').fill('3');
    await page.getByRole('button', { name: 'Apply' }).click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor();
    // Issue: the user's own hand edit is not blamed on a colleague.
    expect(await conflict.textContent()).toMatch(
      /The weights in the spreadsheet changed since the sidebar loaded them \(saved by someone, or edited on the sheet\)/,
    );
    expect(await conflict.textContent()).not.toMatch(/Someone else/i);
    // Keep mine: the next Apply goes against their version.
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => page.locator('.conflict').isVisible()).toBe(false);
    expect(await page.getByLabel('Market weight').inputValue()).toBe('3');
    await expect
      .poll(() => page.locator('.weights-panel-status, .status.info').last().textContent())
      .toMatch(/replaces the whole saved table/);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => versions).toEqual(['v1', 'v7']);
    expect(s.callsTo('saveWeights')).toHaveLength(2);

    // A second conflict, answered with Reload theirs.
    await page.getByLabel('Market weight').fill('4');
    versions.length = 0;
    theirs.version = 'v9';
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Reload theirs' }).click();
    await expect.poll(() => page.getByLabel('Price weight').inputValue()).toBe('2');
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
  });

  // Issue #17: no timed tests. Playwright's installed clock still runs with real time, so on a busy machine
  // "no poll yet after 4 s" failed; the behaviour is that one polling period brings the new row, and none
  // comes while following is off.
  it('follows the selection within one polling period while "Follow the selection" is on, and not when off', async () => {
    await page.clock.install();
    let current = BIKE;
    const s = await openFakeSidebar(page, { handlers: { getActiveRow: () => current } });
    current = activeRow(
      'Chocolate bar',
      ['B2C', 'Physical', 2, 'Low', 'No', 'Low', 'High', 'Mass', 'Many', 'No', 'Frequent'],
      12,
    );
    await page.clock.runFor(5_500);
    await expect.poll(() => page.locator('.product').textContent()).toBe('Chocolate bar');
    expect(await page.locator('.caption').textContent()).toBe('Products, row 12');
    expect(await page.locator('.recommendation').textContent()).toBe('Recommended: Open resale');

    await page.getByLabel('Follow the selection').uncheck();
    const calls = s.callsTo('getSelection').length;
    current = BIKE;
    await page.clock.runFor(20_000);
    expect(s.callsTo('getSelection')).toHaveLength(calls);
    expect(await page.locator('.product').textContent()).toBe('Chocolate bar');
  });

  it('asks before the page is left with unsaved weights, and not when everything is saved', async () => {
    await openFakeSidebar(page);
    // The event the browser sends before leaving; a cancelled one is what makes it ask the user. (Closing a
    // page with a real prompt pending is left out: it is slow and fragile in headless Chromium.)
    const leaving = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leaving()).toBe(false);
    await page.getByLabel('Market weight').fill('3');
    expect(await leaving()).toBe(true);
    await page.getByRole('button', { name: 'Discard' }).click();
    expect(await leaving()).toBe(false);
  });

  it('lists formulas reading other weights and points them at the shared ones on request (issue 8)', async () => {
    const grid = presetGrid('Balanced');
    const base = {
      grid,
      stored: true,
      sheetName: 'Weights (tuned)',
      lost: false,
      problems: [],
      version: 'v9',
    };
    const foreign = [{ cell: 'Products!M1', uses: 'no weights: the Balanced preset' }];
    const s = await openFakeSidebar(page, {
      state: initialState({ weights: { ...base, otherFormulas: foreign, otherFormulaCount: 3 } }),
      handlers: { useSharedWeights: () => ({ ...base, otherFormulas: [], otherFormulaCount: 0 }) },
    });
    const box = page.locator('.foreign-formulas');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain('3 DISTMODEL formulas read other weights than these');
    expect(await box.locator('li').allTextContents()).toEqual([
      'Products!M1 no weights: the Balanced preset',
      'and 2 more',
    ]);
    await page.getByRole('button', { name: 'Use the shared weights in them' }).click();
    await expect.poll(() => box.isVisible()).toBe(false);
    expect(s.callsTo('useSharedWeights')).toHaveLength(1);
  });

  it('says a deleted weights sheet is gone and that Apply restores it', async () => {
    const grid = presetGrid('Balanced');
    await openFakeSidebar(page, {
      state: initialState({
        weights: storedWeights(grid, 'none', { stored: false, sheetName: null, lost: true }),
      }),
    });
    const note = page.locator('p.note', { hasText: 'was deleted' });
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Apply restores it/);
    expect(await page.getByRole('button', { name: 'Apply' }).isEnabled()).toBe(true);
  });

  it('shows which cell of a hand-broken stored table is wrong, and lets it be fixed', async () => {
    const grid = presetGrid('Balanced');
    (grid[4] as (string | number)[])[5] = 'two';
    const state = initialState({
      weights: storedWeights(grid, 'v3', {
        problems: [
          {
            cell: "'DistModel weights'!F5",
            message: 'Weights table row 5, column "Authorized dealers": "two" is not a number.',
          },
        ],
      }),
    });
    await openFakeSidebar(page, { state });
    expect(await page.locator('.problems').textContent()).toContain("'DistModel weights'!F5");
    const cell = page.getByLabel('Product type Software: Authorized dealers');
    expect(await cell.inputValue()).toBe('two');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(await page.locator('.preview-body').textContent()).toMatch(/Fix the weights table/);
    await screenshot(page, 'sidebar-fake-broken-table');
    await cell.fill('-1');
    expect(await cell.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.problems').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(false);
    expect(await page.locator('.recommendation').count()).toBe(1);
  });

  it('keeps a table with a broken header editable through presets and Reset to default', async () => {
    const grid = presetGrid('Balanced').map((row) => row.slice(0, 6));
    const problem = {
      cell: "'DistModel weights'!A1",
      message: 'Weights table row 1: the column "Open resale" is missing.',
    };
    await openFakeSidebar(page, {
      state: initialState({
        weights: storedWeights(grid, 'v4', { problems: [problem] }),
      }),
    });
    expect(await page.locator('.problems li').allTextContents()).toEqual([
      `${problem.cell}${problem.message}`,
    ]);
    expect(await page.locator('.weight-row').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Reset to default' }).click();
    expect(await page.locator('.weight-row').count()).toBe(13);
    expect(await page.locator('.problems').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(false);
    expect(await page.locator('.recommendation').textContent()).toBe('Recommended: Authorized dealers');
  });

  it('asks before overwriting occupied cells and re-runs with overwrite only when the user agrees', async () => {
    const requests: ScoreRequest[] = [];
    const s = await openFakeSidebar(page, {
      handlers: {
        scoreProducts: (request): ScoreResult => {
          requests.push(request);
          return request.overwrite
            ? { status: 'done', range: 'Products!N1:X29', rows: 28, replacedLive: [], summary: SUMMARY }
            : {
                status: 'needs-confirmation',
                range: 'Products!N1:X29',
                occupiedCells: ['N3', 'O3', 'P7'],
                occupiedCount: 3,
                replacesLive: [],
              };
        },
      },
    });
    await page.getByLabel('Frozen values (for people without the add-on)').check();
    await page.getByRole('button', { name: 'Score products' }).click();
    const confirm = page.locator('.confirm');
    await confirm.waitFor();
    expect(await confirm.locator('.cells li').allTextContents()).toEqual(['N3', 'O3', 'P7']);
    await screenshot(page, 'sidebar-fake-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.status').nth(2).textContent()).toBe('Nothing was written.');
    expect(requests).toHaveLength(1);

    await page.getByRole('button', { name: 'Score products' }).click();
    await page.getByRole('button', { name: 'Overwrite' }).click();
    await expect.poll(() => page.locator('.status.success').first().textContent()).toMatch(/Scored 28 rows/);
    expect(requests.map((r) => [r.mode, r.overwrite])).toEqual([
      ['values', false],
      ['values', false],
      ['values', true],
    ]);
    expect(await page.locator('svg.chart rect').count()).toBe(5);
    expect(s.callsTo('scoreProducts')).toHaveLength(3);
  });

  it('selected rows inside a live formula: asks, naming the formula, and says it was replaced', async () => {
    const live = [{ cell: 'O1', covers: 'O1:Y25' }];
    await openFakeSidebar(page, {
      handlers: {
        scoreProducts: (request): ScoreResult =>
          request.overwrite
            ? { status: 'done', range: 'Products!O1:Y25', rows: 24, replacedLive: live, summary: SUMMARY }
            : {
                status: 'needs-confirmation',
                range: 'Products!O1:Y25',
                occupiedCells: [],
                occupiedCount: 0,
                replacesLive: live,
              },
      },
    });
    await page.getByLabel('Selected rows').check();
    await page.getByLabel('Frozen values (for people without the add-on)').check();
    await page.getByRole('button', { name: 'Score products' }).click();
    const confirm = page.locator('.confirm');
    await confirm.waitFor();
    expect(await confirm.locator('p').textContent()).toMatch(
      /live formula at O1 \(covering O1:Y25\).*every row it covers.*Replace it\?$/,
    );
    await page.getByRole('button', { name: 'Overwrite' }).click();
    await expect
      .poll(() => page.locator('.status.success').first().textContent())
      .toBe(
        'Scored 24 rows into Products!O1:Y25 as frozen values, replacing the live formula at O1 (covering O1:Y25).',
      );
  });

  it('shows progress over partial chunks, stops between chunks and resumes the same job', async () => {
    const hold = gate();
    const requests: ScoreRequest[] = [];
    await openFakeSidebar(page, {
      handlers: {
        scoreProducts: async (request): Promise<ScoreResult> => {
          requests.push(request);
          if (requests.length === 1) return { status: 'partial', jobId: 'job-1', done: 100, total: 300 };
          if (requests.length === 2) {
            await hold.promise;
            return { status: 'partial', jobId: 'job-1', done: 200, total: 300 };
          }
          return { status: 'done', range: 'Products!N1:X301', rows: 300, replacedLive: [], summary: SUMMARY };
        },
      },
    });
    await page.getByRole('button', { name: 'Score products' }).click();
    await expect.poll(() => page.locator('.progress .secondary').textContent()).toBe('100 of 300 rows');
    expect(await page.locator('.progress progress').getAttribute('value')).toBe('100');
    await screenshot(page, 'sidebar-fake-progress');
    await page.getByRole('button', { name: 'Stop' }).click();
    hold.open();
    await expect
      .poll(() => page.locator('.status').nth(2).textContent())
      .toMatch(/Stopped after 200 of 300 rows/);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.jobId).toBe('job-1');

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => page.locator('.status.success').first().textContent()).toMatch(/Scored 300 rows/);
    expect(requests[2]).toMatchObject({ jobId: 'job-1', scope: 'table', mode: 'formulas' });
    expect(await page.locator('.progress').isVisible()).toBe(false);
  });

  it('shows a readable error with the multiple-accounts hint, never the stack', async () => {
    const s = await openFakeSidebar(page, {
      handlers: {
        getActiveRow: () => {
          const error = new Error(
            'Exception: Authorization is required to perform that action. (line 41, file "Code")',
          );
          error.stack = `${error.message}\n    at getActiveRow (Code:41:7)\n    at __GS_INTERNAL_top_function_call__.gs:1:8`;
          throw error;
        },
      },
    });
    await page.getByRole('button', { name: 'Refresh' }).first().click();
    const status = page.locator('.status.error').first();
    await status.waitFor();
    const text = (await status.textContent()) ?? '';
    expect(text).toMatch(
      /^Could not read the selected row: Authorization is required to perform that action\./,
    );
    expect(text).toMatch(/several Google accounts/);
    expect(text).not.toMatch(/Code:41|line 41|\bat getActiveRow|Exception:/);
    expect(await page.getByLabel('Follow the selection').isChecked()).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('shows a product named like markup as plain text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const closing = '</script><img src=x onerror=alert(2)>';
    const state = initialState({
      activeRow: { ...BIKE, product: closing, values: [closing, ...BIKE.values.slice(1)] },
    });
    const s = await openFakeSidebar(page, {
      state,
      handlers: {
        getActiveRow: () => activeRow(evil, BIKE.values.slice(1) as (string | number)[]),
        scoreProducts: () => ({
          status: 'needs-confirmation',
          range: evil,
          occupiedCells: [evil],
          occupiedCount: 1,
          replacesLive: [],
        }),
      },
    });
    expect(await page.locator('.product').textContent()).toBe(closing);
    await page.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => page.locator('.product').textContent()).toBe(evil);
    await page.getByRole('button', { name: 'Score products' }).click();
    await page.locator('.confirm').waitFor();
    expect(await page.locator('.confirm .cells li').first().textContent()).toBe(evil);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await screenshot(page, 'sidebar-fake-xss');
  });

  it('draws the portfolio chart on Refresh and inserts the native chart', async () => {
    const large = {
      counts: { ...SUMMARY.counts, 'Authorized dealers': 12_345, 'Open resale': 1_000 },
      invalid: 1_234,
      total: 14_609,
      thin: 321,
    };
    const s = await openFakeSidebar(page, {
      handlers: {
        getPortfolioSummary: () => large,
        insertSummaryChart: () => ({ sheetName: 'DistModel summary' }),
        saveWeights: (grid) => ({ status: 'saved', weights: storedWeights(grid, 'v2') }),
      },
    });
    await page.getByRole('button', { name: 'Refresh' }).nth(1).click();
    await expect
      .poll(() => page.locator('svg.chart text.chart-count').allTextContents())
      .toEqual(['8', '7', '12,345', '1,000', '1,234']);
    expect(await page.locator('svg.chart').getAttribute('aria-label')).toMatch(/Authorized dealers: 12,345,/);
    const portfolio = page.getByRole('region', { name: 'Portfolio' });
    expect(await portfolio.getByText(/products in the table/).textContent()).toMatch(
      /^14,609 products in the table, 321 of the 13,375 scored on thin evidence \(under 30% of the weight known: their model may change as blanks are filled\); 1,234 with problems\. Counted at \d\d:\d\d\.$/,
    );
    // A weights save changes the models: the summary on show is counted again, not left stale.
    await page.getByRole('slider', { name: 'See before buying', exact: true }).focus();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => s.callsTo('getPortfolioSummary').length).toBe(2);
    await page.getByRole('button', { name: 'Insert chart in sheet' }).click();
    await expect
      .poll(() => page.locator('.status.success').last().textContent())
      .toBe('Chart inserted in the sheet "DistModel summary".');
    expect(s.callsTo('insertSummaryChart')).toHaveLength(1);
    await screenshot(page, 'sidebar-fake-summary');
  });

  it('is usable by keyboard: every control is labelled, every action is a button, focus is visible', async () => {
    await openFakeSidebar(page);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select')]
        .filter((el) => {
          const input = el as HTMLInputElement;
          return (input.labels?.length ?? 0) === 0 && !input.getAttribute('aria-label');
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('[onclick], a:not([href])').count()).toBe(0);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Refresh');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    // Tab on past "Follow the selection" and the Columns list to the preset picker, then to the first weight
    // and change it with the keyboard alone.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Columns: 12 read$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^preset/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('range');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.unsaved').isVisible()).toBe(true);
    expect(await page.getByLabel('Customer weight').inputValue()).toBe('1.5');
  });
});
