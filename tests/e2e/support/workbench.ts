// Starts the workbench and drives its page from browser tests. One workbench (on a free port, with its
// own save file in a temporary folder) and one Chromium per test file; see tests/e2e/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../../workbench/app/workbench';
import { launchBrowser } from '../../support/browser';

export interface WorkbenchPage {
  readonly workbench: Workbench;
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Starts a workbench (port 0, save file in a fresh temporary folder unless `workbookFile` is given), launches
 * Chromium and opens the page at 1400 x 900, waiting until the grid is shown. With `clock`, the page's timers
 * run on Playwright's installed clock (still following real time), so a test can move them on with
 * `page.clock.runFor` instead of waiting for a poll.
 */
export async function openWorkbench(
  options: WorkbenchOptions = {},
  { clock = false } = {},
): Promise<WorkbenchPage> {
  const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-workbench-'));
  const workbench = await startWorkbench({
    workbookFile: path.join(dir, 'workbook.json'),
    ...options,
    port: 0,
  });
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (clock) await page.clock.install();
    await page.goto(workbench.url);
    await page.waitForSelector('body[data-ready="true"]');
    const opened = browser;
    return {
      workbench,
      browser: opened,
      page,
      async close() {
        await opened.close();
        await workbench.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    await workbench.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The grid cell at A1 notation on the shown sheet, e.g. cell(page, 'M2'). */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`#grid td[data-cell="${a1}"]`);
}

/** Clicks a cell (selects it and gives the grid the keyboard). */
export async function selectCell(page: Page, a1: string): Promise<void> {
  await cell(page, a1).click();
}

/** Types entries into consecutive cells of a row, starting at `a1`, as a user does (Tab between, Enter at the end). */
export async function typeRow(page: Page, a1: string, entries: readonly (string | number)[]): Promise<void> {
  await selectCell(page, a1);
  for (const [i, entry] of entries.entries()) {
    await page.keyboard.type(String(entry));
    await page.keyboard.press(i === entries.length - 1 ? 'Enter' : 'Tab');
  }
}

/** Types one entry (a value or "=FORMULA(...)") into a cell and commits it with Enter. */
export async function typeInto(page: Page, a1: string, entry: string | number): Promise<void> {
  await typeRow(page, a1, [entry]);
}

/** Shows a sheet by clicking its tab. */
export async function openSheet(page: Page, name: string): Promise<void> {
  await page.locator('#tabs .tab', { hasText: name }).first().click();
  await page.locator('#tabs .tab[aria-selected="true"]', { hasText: name }).waitFor();
}

/** Clicks Extensions > MENU > ITEM, as a user runs an add-on menu item. */
export async function runAddonMenuItem(page: Page, menu: string, item: string): Promise<void> {
  await page.locator('#menubar .menu-top', { hasText: 'Extensions' }).click();
  await page.locator('#menubar .menu-item', { hasText: menu }).first().hover();
  await page.locator('#menubar .menu-item', { hasText: item }).first().click();
}

/** The sidebar's iframe (the HTML the add-on passed to Ui.showSidebar). */
export function sidebarFrame(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

/** Text the grid shows in each cell of one column, rows `from`..`to`. */
export async function columnTexts(page: Page, column: string, from: number, to: number): Promise<string[]> {
  return page.evaluate(
    ({ column, from, to }) =>
      Array.from({ length: to - from + 1 }, (_, i) =>
        (document.querySelector(`#grid td[data-cell="${column}${from + i}"]`)?.textContent ?? '').trim(),
      ),
    { column, from, to },
  );
}
