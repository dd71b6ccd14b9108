// The workbench in headless Chromium: the sample products scored by the built add-on's DISTMODEL, typing
// a product row, recalculation when a weight changes, a blocked spill, the add-on menu, its dialogs and
// sidebar. Expected results come from the engine itself (src/engine), never typed in by hand.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distmodel, presetTable, weightsTableToGrid } from '../../src/engine';
import { columnLetters } from '../../src/shared/a1';
import { sampleProducts } from '../../workbench/app/sample';
import { describeBrowser, saveScreenshot } from '../support/browser';
import {
  cell,
  columnTexts,
  openSheet,
  openWorkbench,
  runAddonMenuItem,
  selectCell,
  sidebarFrame,
  typeInto,
  typeRow,
  type WorkbenchPage,
} from './support/workbench';

const balanced = () => weightsTableToGrid(presetTable('Balanced'));
const modelColumn = (products: unknown[][], weights: unknown[][]) =>
  (distmodel(products, weights, undefined) as unknown[][]).map((r) => String(r[0] ?? ''));

/** The page updates after a round trip to the server and a recalculation: give it time on a busy machine. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

describeBrowser('workbench in the browser', () => {
  let ctx: WorkbenchPage;
  const products = sampleProducts().table;
  const width = products[0]?.length ?? 0;
  const resultColumn = columnLetters(width + 1);

  beforeAll(async () => {
    ctx = await openWorkbench();
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('opens on the sample products with DISTMODEL results spilled beside them', async () => {
    const { page } = ctx;
    await expect
      .poll(() => columnTexts(page, resultColumn, 1, products.length))
      .toEqual(modelColumn(products, balanced()));
    await eventually(() => cell(page, 'A2').textContent()).toBe(String(products[1]?.[0]));
    await selectCell(page, `${resultColumn}1`);
    await eventually(() => page.locator('#formula-input').inputValue()).toMatch(/^=DISTMODEL\(/);
    await saveScreenshot(page, 'workbench-sample');
  });

  test('typing a product row shows its recommendation', async () => {
    const { page } = ctx;
    const row = products.length + 1;
    const entry = [
      'Workbench test kettle',
      'B2C',
      'Physical',
      39,
      'Low',
      'No',
      'Low',
      'High',
      'Mass',
      'Many',
      'No',
      'Frequent',
    ];
    await typeRow(page, `A${row}`, entry.slice(0, width));
    const expected = modelColumn([...products, entry.slice(0, width)], balanced());
    await eventually(() => cell(page, `${resultColumn}${row}`).textContent()).toBe(expected[row - 1]);
    expect(expected[row - 1]).not.toBe('');
  });

  test('changing a weight the formula refers to recalculates the results', async () => {
    const { page } = ctx;
    const weights = balanced();
    const header = weights[0] as string[];
    // Weight of every "Product type" level row: 5 instead of 1 makes product type dominate.
    const weightColumn = header.indexOf('Weight');
    const rows = weights.flatMap((r, i) => (r[0] === 'Product type' ? [i] : []));
    const changed = weights.map((r, i) =>
      rows.includes(i) ? r.map((v, c) => (c === weightColumn ? 5 : v)) : r,
    );
    const current = await columnTexts(page, resultColumn, 1, products.length);
    const expected = modelColumn(products, changed);
    // The edit must change at least one recommendation, or this test would prove nothing.
    expect(expected).not.toEqual(current);

    await openSheet(page, 'DistModel weights');
    for (const r of rows) await typeInto(page, `${columnLetters(weightColumn + 1)}${r + 1}`, 5);
    await openSheet(page, 'Products');
    await eventually(() => columnTexts(page, resultColumn, 1, products.length)).toEqual(expected);
  });

  test('a blocked spill shows #REF! with its message on hover, and clears when the way is free', async () => {
    const { page } = ctx;
    const blocker = `${resultColumn}5`;
    await typeInto(page, blocker, 'in the way');
    const anchor = cell(page, `${resultColumn}1`);
    await eventually(() => anchor.textContent()).toBe('#REF!');
    await anchor.hover();
    await expect
      .poll(() => page.locator('#tooltip').textContent())
      .toContain(`would overwrite data in ${blocker}`);
    await saveScreenshot(page, 'workbench-blocked-spill');
    await selectCell(page, blocker);
    await page.keyboard.press('Delete');
    await eventually(() => anchor.textContent()).not.toBe('#REF!');
  });

  test('Extensions lists the menu onOpen built; a menu item opens the sidebar in a 300 px iframe', async () => {
    const { page } = ctx;
    await runAddonMenuItem(page, 'DistModel', 'Open DistModel');
    const sidebar = page.locator('#sidebar');
    await sidebar.waitFor({ state: 'visible' });
    expect((await page.locator('#sidebar-frame').boundingBox())?.width).toBe(300);
    // The frame holds dist/Sidebar.html with google.script available to its code.
    await expect
      .poll(() =>
        sidebarFrame(page)
          .locator('body')
          .evaluate(() => typeof google.script.run),
      )
      .toBe('object');
    await saveScreenshot(page, 'workbench-sidebar');
  });

  test('google.script.run in the sidebar calls the bundle with the rules of Apps Script', async () => {
    const frame = ctx.page.frame({ name: 'sidebar-frame' });
    if (!frame) throw new Error('The sidebar frame is not open');
    const outcome = await frame.evaluate(() => {
      const run = google.script.run as unknown as ScriptRunner;
      const success = new Promise((resolve) => {
        const order: string[] = [];
        run
          .withSuccessHandler((value: unknown, user: unknown) => {
            order.push('success');
            resolve({ value, user, order });
          })
          .withUserObject({ tag: 7 })
          .DISTMODEL_WEIGHTS('Balanced');
        order.push('after the call');
      });
      const failure = (call: (r: ScriptRunner) => void) =>
        new Promise((resolve) => {
          call(
            run
              .withSuccessHandler(() => resolve('no failure'))
              .withFailureHandler((err: Error, user: unknown) =>
                resolve({ isError: err instanceof Error, message: err.message, user }),
              )
              .withUserObject('u'),
          );
        });
      const thrown = (arg: unknown) => {
        try {
          run.DISTMODEL_WEIGHTS(arg);
          return 'no error';
        } catch (err) {
          return (err as Error).message;
        }
      };
      return Promise.all([
        success,
        failure((r) => r.noSuchFunction()),
        failure((r) => r.helper_()),
        failure((r) => r.DISTMODEL_WEIGHTS('No such preset')),
        thrown(new Date()),
        thrown({ f: () => 1 }),
      ]);
    });
    const [ok, unknown, privateFn, serverError, dateArg, functionArg] = outcome as [
      { value: unknown; user: unknown; order: string[] },
      ...unknown[],
    ];
    expect(ok.order).toEqual(['after the call', 'success']);
    expect(ok.value).toEqual(balanced());
    expect(ok.user).toEqual({ tag: 7 });
    expect(unknown).toEqual({
      isError: true,
      message: 'Script function not found: noSuchFunction',
      user: 'u',
    });
    expect(privateFn).toEqual({ isError: true, message: 'Script function not found: helper_', user: 'u' });
    expect(serverError).toMatchObject({
      isError: true,
      message: expect.stringContaining('"No such preset" is not a preset'),
    });
    expect(dateArg).toBe('Failed due to illegal value in property: 0');
    expect(functionArg).toBe('Failed due to illegal value in property: f');
  });

  test('a google.script.run call that changes the workbook refreshes the grid', async () => {
    const { page } = ctx;
    await openSheet(page, 'DistModel weights');
    const target = cell(page, 'C2');
    const before = Number(await target.textContent());
    const frame = page.frame({ name: 'sidebar-frame' });
    if (!frame) throw new Error('The sidebar frame is not open');
    // Through the sidebar contract (src/shared/sidebar-contract.ts): read the stored table, save it with
    // the first level's weight changed.
    const result = await frame.evaluate(
      (weight) =>
        new Promise((resolve, reject) => {
          const run = google.script.run as unknown as ScriptRunner;
          run
            .withFailureHandler(reject)
            .withSuccessHandler((value: unknown) => {
              const state = value as { grid: unknown[][]; version: string };
              // A factor has one weight: change it on every level row of the first factor.
              const factor = state.grid[1]?.[0];
              const grid = state.grid.map((row, i) =>
                i > 0 && row[0] === factor ? row.map((v, c) => (c === 2 ? weight : v)) : row,
              );
              run.withFailureHandler(reject).withSuccessHandler(resolve).saveWeights(grid, state.version);
            })
            .getWeights();
        }),
      before + 2,
    );
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'saved' });
    await eventually(() => target.textContent()).toBe(String(before + 2));
    await openSheet(page, 'Products');
  });

  test('Help is an HTML dialog with the walk-through, closed by its own Close button', async () => {
    const { page } = ctx;
    await runAddonMenuItem(page, 'DistModel', 'Help');
    await page.locator('#html-dialog-backdrop').waitFor({ state: 'visible' });
    expect(await page.locator('#html-dialog-title').textContent()).toBe('DistModel help');
    const help = page.frameLocator('#html-dialog-frame');
    await eventually(() => help.locator('ol li').count()).toBe(6);
    expect(await help.locator('a').getAttribute('href')).toMatch(/^https:\/\/.+\/help$/);
    // The button calls google.script.host.close(), as a dialog of Apps Script's HtmlService closes itself.
    await help.getByRole('button', { name: 'Close' }).click();
    await page.locator('#html-dialog-backdrop').waitFor({ state: 'hidden' });
    await eventually(() => page.locator('#status').textContent()).toContain('Ran showHelp');
  });

  test('google.script.host.close() closes the sidebar', async () => {
    const { page } = ctx;
    const frame = page.frame({ name: 'sidebar-frame' });
    if (!frame) throw new Error('The sidebar frame is not open');
    await frame.evaluate(() => {
      const host = (google.script as unknown as { host: { editor: { focus(): void }; close(): void } }).host;
      host.editor.focus();
      // Closed after evaluate returns: a frame detached while Playwright still evaluates in it can trip
      // Playwright's own frame bookkeeping (an unhandled "Assertion error" that fails the run).
      setTimeout(() => host.close(), 0);
    });
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    expect(await ctx.workbench.session.snapshot()).toMatchObject({ sidebar: null });
  });

  test('pasting tab-separated text writes a block from the active cell, typed as if entered', async () => {
    const { page, workbench } = ctx;
    await selectCell(page, 'R2');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Kettle\tB2C\r\n39\tTRUE\r\n');
      document
        .getElementById('grid-scroll')
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await eventually(() => cell(page, 'S3').textContent()).toBe('TRUE');
    expect(await workbench.session.values('Products!R2:S3')).toEqual([
      ['Kettle', 'B2C'],
      [39, true],
    ]);
  });

  test('dragging over cells selects a range, which the add-on then sees as the active range', async () => {
    const { page, workbench } = ctx;
    await cell(page, 'B3').hover();
    await page.mouse.down();
    await cell(page, 'D5').hover();
    await page.mouse.up();
    await eventually(() => page.locator('#name-box').inputValue()).toBe('B3:D5');
    await eventually(async () => (await workbench.session.snapshot()).selection).toBe('B3:D5');
  });

  test('a change made on the server (as by a script) appears in the grid', async () => {
    const { page, workbench } = ctx;
    await workbench.session.setInputs('Products', 'P3', [['server wrote this']]);
    await eventually(() => cell(page, 'P3').textContent()).toBe('server wrote this');
  });
});

declare const google: { script: { run: unknown } };
type ScriptRunner = {
  withSuccessHandler(f: (value: unknown, user: unknown) => void): ScriptRunner;
  withFailureHandler(f: (err: Error, user: unknown) => void): ScriptRunner;
  withUserObject(o: unknown): ScriptRunner;
  // biome-ignore lint/suspicious/noExplicitAny: any server function name, as in Apps Script's client
  [name: string]: any;
};
