// The sidebar in Debian's Chromium (issue #19): the weight slider's input handler (the sidebar re-scores the
// preview and the what-if against the draft) at the default 31-row weights table and at 1,000 rows, and the
// first paint of dist/Sidebar.html served with its initial state. The fake google.script.run of the browser
// tests stands in for the server. Nothing here asserts a speed.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import type { WeightsGrid } from '../src/shared/sidebar-contract';
import { initialState, openFakeSidebar, presetGrid, storedWeights } from '../tests/sidebar/fake-server';
import { median, type Report } from './measure';

const CHROMIUM = '/usr/bin/chromium';
const MOVES = 60;
const PAINTS = 7;

/** Balanced with a factor of its own ("Region") of enough levels to make the table `rows` rows long. */
function weightsOfRows(rows: number): WeightsGrid {
  const grid = presetGrid('Balanced');
  const extra = rows - grid.length;
  for (let i = 0; i < extra; i++)
    grid.push(['Region', `Region ${i + 1}`, 1, i % 3, (i + 1) % 3, -(i % 2), 0]);
  return grid;
}

const show = (xs: readonly number[], unit: string) =>
  `${Math.min(...xs).toFixed(1)} / ${median(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)} ${unit}`;

/** Milliseconds of each synchronous input handler run of the first slider, over MOVES moves. */
async function sliderTimes(page: Page): Promise<number[]> {
  return page.evaluate((moves) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
    if (!slider) throw new Error('no slider');
    const times: number[] = [];
    for (let i = 0; i < moves; i++) {
      slider.value = String(((i % 9) + 1) / 2);
      const start = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now() - start);
    }
    return times.slice(5); // the first moves warm the JIT up
  }, MOVES);
}

export async function benchSidebarSlider(report: Report): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report.line('Sidebar slider', [['skipped', `${CHROMIUM} not found`]]);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  try {
    for (const [rows, target] of [
      [31, 5],
      [1_000, 16],
    ] as const) {
      const grid = weightsOfRows(rows);
      const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      await openFakeSidebar(page, { state: initialState({ weights: storedWeights(grid, 'v1') }) });
      const times = await sliderTimes(page);
      report.line(`Sidebar slider, ${rows.toLocaleString('en-US')}-row table`, [
        ['handler min/median/max', show(times, 'ms')],
        ['target', `<= ${target} ms`],
        ['within', median(times) <= target ? 'yes' : 'NO'],
      ]);
      await page.close();
    }
    const paints: number[] = [];
    for (let i = 0; i < PAINTS; i++) {
      const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
      await openFakeSidebar(page);
      paints.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ),
      );
      await page.close();
    }
    report.line('Sidebar first paint', [
      ['min/median/max', show(paints, 'ms')],
      ['target', '<= 300 ms median'],
      ['within', median(paints) <= 300 ? 'yes' : 'NO'],
    ]);
  } finally {
    await browser.close();
  }
}
