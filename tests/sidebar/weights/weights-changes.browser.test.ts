// The weights sheet changing under an open sidebar (trial findings 1, 3, 4 and 6): a hand edit, an Undo or a
// colleague's save. The sidebar reads the sheet as it is now before it reloads or keeps a draft, notices a
// change while it polls the selection, never blames a colleague for the user's own edit, and names the sheet.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import type { SaveResult, WeightsGrid, WeightsState } from '../../../src/shared/sidebar-contract';
import { describeBrowser, pagePerTest } from '../../support/browser';
import { activeRow, BIKE, initialState, openFakeSidebar, presetGrid, storedWeights } from '../fake-server';

/** Balanced with the "Purchase frequency | Occasional" row deleted by hand, as in the trial. */
function withoutOccasional(): WeightsGrid {
  return presetGrid('Balanced').filter(
    (row) => !(row[0] === 'Purchase frequency' && row[1] === 'Occasional'),
  );
}

/** A stand-in weights sheet: what getWeights reads now, with a version per content, and a checked save. */
function sheet(initial: WeightsGrid) {
  let grid = initial;
  const version = () => `v-${JSON.stringify(grid).length}-${grid.length}`;
  const state = (): WeightsState => storedWeights(grid, version());
  return {
    set(next: WeightsGrid) {
      grid = next;
    },
    get grid() {
      return grid;
    },
    state,
    save(draft: WeightsGrid, base: string): SaveResult {
      if (base !== version()) return { status: 'conflict', weights: state() };
      grid = draft;
      return { status: 'saved', weights: state() };
    },
  };
}

const occasional = (grid: WeightsGrid) =>
  grid.some((row) => row[0] === 'Purchase frequency' && row[1] === 'Occasional');

describeBrowser('the weights sheet changing under the sidebar', () => {
  const pageOf = pagePerTest({ width: 300, height: 900 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it('Reload theirs after an Undo shows the restored row, and the next Apply neither conflicts nor drops it', async () => {
    const ws = sheet(presetGrid('Balanced'));
    // The bike bought occasionally: the row the trial deleted is the one its preview reads.
    const occasionalBike = activeRow(BIKE.product, [...(BIKE.values.slice(1, -1) as string[]), 'Occasional']);
    const s = await openFakeSidebar(page, {
      state: initialState({ weights: ws.state(), activeRow: occasionalBike }),
      handlers: { getWeights: ws.state, saveWeights: ws.save },
    });
    await page.getByLabel('Follow the selection').uncheck();
    ws.set(withoutOccasional()); // deleted by hand
    await page.getByLabel('Market weight').fill('3');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.conflict').waitFor();
    ws.set(presetGrid('Balanced')); // Edit > Undo
    await page.getByRole('button', { name: 'Reload theirs' }).click();
    await expect.poll(() => page.locator('.unsaved').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.preview-body').textContent()).toMatch(/Recommended/);
    expect(await page.locator('.preview-body').textContent()).not.toMatch(/missing/);
    expect(await page.locator('.evidence').textContent()).toMatch(/11 of 13 factors/);
    await page.getByLabel('Market weight').fill('3');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => s.callsTo('saveWeights').length).toBe(2);
    await expect.poll(() => page.getByText(/^Saved\. Every DISTMODEL formula/).count()).toBe(1);
    expect(s.callsTo('saveWeights').map((c) => occasional(c.args[0] as WeightsGrid))).toEqual([true, true]);
    expect(occasional(ws.grid)).toBe(true);
    expect(await page.locator('.conflict').isVisible()).toBe(false);
  });

  it('Keep mine names a row the sheet has and the draft lacks, which Apply would delete', async () => {
    const ws = sheet(withoutOccasional());
    await openFakeSidebar(page, {
      // The sidebar loaded the table while the row was deleted; then the row came back (Undo).
      state: initialState({ weights: ws.state() }),
      handlers: { getWeights: ws.state, saveWeights: ws.save },
    });
    await page.getByLabel('Follow the selection').uncheck();
    ws.set(presetGrid('Balanced'));
    await page.getByLabel('Market weight').fill('3');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.conflict').waitFor();
    await page.getByRole('button', { name: 'Keep mine' }).click();
    const said = page.locator('.status.info').last();
    await expect.poll(() => said.textContent()).toMatch(/replaces the whole saved table/);
    expect(await said.textContent()).toMatch(
      /Your table lacks a row the sheet has, which Apply deletes: Purchase frequency \| Occasional\./,
    );
  });

  // Issue #17: "Keep mine" then Apply straight away gave the conflict again; waiting 1.5 s worked.
  it('Keep mine then Apply straight away saves, even while Keep mine is still reading the sheet', async () => {
    const ws = sheet(presetGrid('Balanced'));
    let release: () => void = () => {};
    const s = await openFakeSidebar(page, {
      state: initialState({ weights: ws.state() }),
      handlers: {
        getWeights: async () => {
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return ws.state();
        },
        saveWeights: ws.save,
      },
    });
    await page.getByLabel('Follow the selection').uncheck();
    ws.set(withoutOccasional());
    await page.getByLabel('Market weight').fill('3');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.conflict').waitFor();
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => s.callsTo('getWeights').length).toBe(1);
    release();
    await expect.poll(() => page.getByText(/^Saved\. Every DISTMODEL formula/).count()).toBe(1);
    expect(s.callsTo('saveWeights')).toHaveLength(2);
  });

  it('a clean sidebar follows a hand edit of the weights sheet at the next poll (no stale preview)', async () => {
    await page.clock.install();
    const ws = sheet(presetGrid('Balanced'));
    const s = await openFakeSidebar(page, {
      state: initialState({ weights: ws.state() }),
      handlers: {
        getWeights: ws.state,
        getSelection: () => ({ row: BIKE, weightsVersion: ws.state().version }),
      },
    });
    expect(await page.locator('.evidence').textContent()).toMatch(/11 of 13 factors/);
    // The bike's level "Purchase frequency | Rare" deleted by hand, and Price weighed 3.
    const edited = presetGrid('Balanced')
      .filter((r) => !(r[0] === 'Purchase frequency' && r[1] === 'Rare'))
      .map((r) => r.map((c, i) => (i === 2 && r[0] === 'Price' ? 3 : c)));
    ws.set(edited);
    await page.clock.runFor(5_500);
    await expect.poll(() => page.getByLabel('Price weight').inputValue()).toBe('3');
    expect(await page.locator('.preview-body').textContent()).toMatch(/Rare/);
    expect(s.callsTo('getWeights')).toHaveLength(1);
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
    expect(await page.locator('.status.info').last().textContent()).toMatch(/weights sheet changed/);
    // Nothing changes while the sheet stays as it is.
    await page.clock.runFor(20_000);
    expect(s.callsTo('getWeights')).toHaveLength(1);
  });

  it('unsaved edits over a changed sheet: a clear note with Reload theirs / Keep mine, and the preview says so', async () => {
    await page.clock.install();
    const ws = sheet(presetGrid('Balanced'));
    await openFakeSidebar(page, {
      state: initialState({ weights: ws.state() }),
      handlers: {
        getWeights: ws.state,
        getSelection: () => ({ row: BIKE, weightsVersion: ws.state().version }),
      },
    });
    await page.getByLabel('Market weight').fill('3');
    ws.set(presetGrid('B2B software'));
    await page.clock.runFor(5_500);
    const box = page.locator('.conflict');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.textContent()).toMatch(/^The weights sheet changed since you opened it/);
    expect(await page.getByText('the weights sheet changed since you opened it (see Weights)').count()).toBe(
      1,
    );
    expect(await page.getByLabel('Market weight').inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Reload theirs' }).click();
    await expect.poll(() => page.getByLabel('Price weight').inputValue()).toBe('2');
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
  });

  it("shows the weights sheet's current name", async () => {
    const ws = sheet(presetGrid('Balanced'));
    await openFakeSidebar(page, {
      state: initialState({ weights: { ...ws.state(), sheetName: 'Team weights' } }),
    });
    await expect.poll(() => page.locator('.saved-in').isVisible()).toBe(true);
    expect(await page.locator('.saved-in').textContent()).toBe("Saved in 'Team weights'");
  });
});
