// `npm run screenshots`: the Marketplace listing's screenshots, 1280 x 800, taken in Chromium over the
// workbench (the local stand-in for Sheets) on its sample products, into store/screenshots/. The same
// pictures illustrate docs/help.md and the README.
//   1-preview.png               the sidebar's preview of the selected row, with why (for it, against it)
//   2-bulk-portfolio.png        every row scored as live formulas, and the portfolio chart
//   3-what-would-change-it.png  the one fact and the weight ranges that would change the recommendation
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startWorkbench } from '../workbench/app/workbench';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SCREENSHOT_DIR = path.join(ROOT, 'store', 'screenshots');
export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;

async function runMenuItem(page: Page, item: string): Promise<void> {
  await page.locator('#menubar .menu-top', { hasText: 'Extensions' }).click();
  await page.locator('#menubar .menu-item', { hasText: 'DistModel' }).first().hover();
  await page.locator('#menubar .menu-item', { hasText: item }).first().click();
}

async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file });
  console.log(path.relative(process.cwd(), file));
  return file;
}

/** Takes the screenshots and returns their paths. `distDir` is the built add-on (default dist/). */
export async function takeScreenshots(options: { distDir?: string } = {}): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-screenshots-'));
  const workbench = await startWorkbench({
    port: 0,
    workbookFile: path.join(dir, 'workbook.json'),
    distDir: options.distDir,
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: SCREENSHOT_SIZE });
    await page.goto(workbench.url);
    await page.waitForSelector('body[data-ready="true"]');
    // A product row chosen as a user does, by clicking it (the Siemens scanner: a clear recommendation).
    await page.locator('#grid td[data-cell="A5"]').click();
    await runMenuItem(page, 'Open DistModel');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('main[aria-busy="false"]').waitFor();
    await sidebar.locator('.drivers').first().waitFor();
    const files = [await shoot(page, '1-preview.png')];

    // Panels in order: selected row, what would change it, weights, score products, portfolio, learn.
    const panels = sidebar.locator('section.panel');
    await panels.nth(3).locator('.actions button').first().click();
    await sidebar.locator('svg.chart text.chart-count').first().waitFor({ timeout: 60_000 });
    await panels.nth(4).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    files.push(await shoot(page, '2-bulk-portfolio.png'));

    await panels.nth(1).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    files.push(await shoot(page, '3-what-would-change-it.png'));

    return files;
  } finally {
    await browser.close();
    await workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  takeScreenshots().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
