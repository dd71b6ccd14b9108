// `npm run bench:workbench`: the workbench page in Chromium with large product tables (issue 10). For 1,000
// and 50,000 rows: the CSV import (server, then the page showing it), opening the saved workbook in a new
// page until it is interactive, and scoring the table as frozen values while the page stays open, with the
// longest main-thread task the page had (PerformanceObserver "longtask"). Targets: a 50,000-row workbook
// interactive in under 2 s; no task over 200 ms while it is scored. Nothing here asserts a speed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';
import { valuesToCsv } from '../workbench/app/csv';
import { startWorkbench, type Workbench } from '../workbench/app/workbench';
import { consoleReport, median, type Report } from './measure';
import { productTable } from './products';

const RUNS = 3;

/** Records every long main-thread task from the start of the page (installed before its scripts run). */
const LONGTASK_PROBE = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...((window as unknown as { __longtasks: number[] }).__longtasks ?? [])),
  );
}

async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __longtasks: number[] }).__longtasks = [];
  });
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; ms: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(LONGTASK_PROBE);
  const start = performance.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, ms: performance.now() - start };
}

/** Scores the active table as frozen values the way the sidebar does: one execution per chunk. */
async function scoreAsValues(workbench: Workbench): Promise<number> {
  const start = performance.now();
  let request: Record<string, unknown> = { scope: 'table', mode: 'values', overwrite: true, jobId: null };
  for (let i = 0; i < 10_000; i++) {
    const outcome = await workbench.session.run('scoreProducts', [request]);
    if (!outcome.ok) throw new Error(outcome.error);
    const result = outcome.value as { status: string; jobId?: string };
    if (result.status !== 'partial') break;
    request = { ...request, jobId: result.jobId };
  }
  return performance.now() - start;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const spread = (ms: readonly number[]) =>
  `${seconds(Math.min(...ms))} / ${seconds(median(ms))} / ${seconds(Math.max(...ms))}`;

async function benchRows(browser: Browser, rows: number, runs: number, report: Report): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-bench-'));
  const workbench = await startWorkbench({ port: 0, workbookFile: path.join(dir, 'workbook.json') });
  try {
    const csv = valuesToCsv(productTable(rows));
    const { page } = await openPage(browser, workbench.url);
    const imports: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await page
        .locator('#csv-file')
        .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.locator('#status', { hasText: /^Imported p\.csv/ }).waitFor({ timeout: 600_000 });
      imports.push(performance.now() - start);
      await page.evaluate(() => {
        (document.getElementById('status') as HTMLElement).textContent = '';
      });
    }
    await workbench.session.save();
    await page.close();

    const opens: number[] = [];
    const openTasks: number[] = [];
    for (let run = 0; run < runs; run++) {
      const opened = await openPage(browser, workbench.url);
      opens.push(opened.ms);
      openTasks.push(await longestTask(opened.page));
      await opened.page.close();
    }

    const { page: watcher } = await openPage(browser, workbench.url);
    await resetLongTasks(watcher);
    const scoring = await scoreAsValues(workbench);
    await watcher.waitForTimeout(1500); // the last refreshes reach the page
    const scoringTask = await longestTask(watcher);
    await watcher.close();

    const label = `${rows.toLocaleString('en-US')} rows`;
    report.line(`Workbench import ${label}`, [['min/median/max', spread(imports)]]);
    report.line(`Workbench open ${label}`, [
      ['interactive min/median/max', spread(opens)],
      ['longest task', `${Math.round(Math.max(...openTasks))} ms`],
    ]);
    report.line(`Workbench score ${label}`, [
      ['as values (server)', seconds(scoring)],
      ['longest page task meanwhile', `${Math.round(scoringTask)} ms`],
    ]);
  } finally {
    await workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync('/usr/bin/chromium')) {
  console.log('bench:workbench needs /usr/bin/chromium (apt-get install chromium)');
} else {
  console.log(`DistModel workbench benchmark (node ${process.version}, ${new Date().toISOString()})`);
  const browser = await launchBrowser();
  try {
    await benchRows(browser, 1_000, RUNS, consoleReport);
    await benchRows(browser, 50_000, 1, consoleReport);
  } finally {
    await browser.close();
  }
}
