// Issue #12 in the built sidebar (dist/Sidebar.html) in headless Chromium: "Learn from my products" finds
// the column of known models, shows agreement before and after on unseen products and the affinity cells
// that would change, and applies the fit through saveWeights with the version it started from.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { fittedGrid, learnWeights } from '../../../src/engine/index';
import { fitResult } from '../../../src/server/learning/fit-grid';
import type {
  FitResult,
  FitSourceResult,
  SaveResult,
  WeightsGrid,
} from '../../../src/shared/sidebar-contract';
import { describeBrowser, pagePerTest, saveScreenshot as screenshot } from '../../support/browser';
import { plantedSet } from '../../support/planted';
import { openFakeSidebar, presetGrid, storedWeights } from '../fake-server';

const SOURCE: FitSourceResult = {
  status: 'ok',
  sheetName: 'Team',
  rows: 600,
  columns: [
    { column: 13, header: 'Known model', named: 600 },
    { column: 14, header: 'Owner', named: 0 },
  ],
  suggested: 13,
};

type Fitted = Extract<FitResult, { status: 'fitted' }>;
/** Fits by strength: a fit of 600 products takes seconds, and tests only read the answer. */
const fits = new Map<number, Fitted>();

/** What the server answers for the planted team portfolio: the engine's real fit. */
function plantedFit(strength: number): Fitted {
  const known = fits.get(strength);
  if (known) return known;
  const set = plantedSet(600, 8);
  const result = learnWeights(set.products, set.models, 'Balanced', strength);
  const fit = fitResult(result, fittedGrid(result), 'v1', (r) => r + 2) as Fitted;
  fits.set(strength, fit);
  return fit;
}

const fitSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Learn from my products' }) });

describeBrowser('sidebar: learn from my products', () => {
  const pageOf = pagePerTest({ width: 300, height: 900 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it('finds the column, shows agreement before and after and the diff, and applies with the version', async () => {
    const fit = plantedFit(1.5);
    let saved: [WeightsGrid, string] | null = null;
    const s = await openFakeSidebar(page, {
      handlers: {
        getFitSource: () => SOURCE,
        fitWeights: () => fit,
        saveWeights: (grid, version): SaveResult => {
          saved = [grid, version];
          return { status: 'saved', weights: storedWeights(grid, 'v2') };
        },
      },
    });
    const section = fitSection(page);
    expect(await section.getByRole('button', { name: 'Learn' }).isDisabled()).toBe(true);
    await section.getByRole('button', { name: 'Find columns' }).click();
    const column = section.getByLabel('Column with the known model');
    await expect.poll(() => column.inputValue()).toBe('13');
    expect(await column.locator('option:checked').textContent()).toBe(
      'Known model (600 of 600 name a model)',
    );
    await section.getByLabel(/Strength/).selectOption('1.5');
    await section.getByRole('button', { name: 'Learn' }).click();
    await section.locator('.fit-result').waitFor();
    expect(s.callsTo('fitWeights')[0]?.args).toEqual([{ column: 13, strength: 1.5 }]);

    expect(await section.locator('.fit-agreement li').allTextContents()).toEqual([
      `Saved weights: ${fit.before.agree} of 600 (${Math.round(fit.before.agree / 6)}%)`,
      `Fitted weights: ${fit.after.agree} of 600 (${Math.round(fit.after.agree / 6)}%)`,
    ]);
    // Every model on its own, and the user's products the fit still gets wrong or changes, by sheet row.
    expect(await section.locator('.fit-per-model tbody tr').count()).toBe(fit.perModel.length);
    expect(await section.locator('.fit-per-model tbody tr').first().textContent()).toBe(
      `${fit.perModel[0]?.model}${fit.perModel[0]?.before.agree} of ${fit.perModel[0]?.before.total}${fit.perModel[0]?.after.agree} of ${fit.perModel[0]?.after.total}`,
    );
    const wrong = section.locator('details.fit-products', { hasText: 'Still wrong' });
    expect(await wrong.locator('summary').textContent()).toBe(`Still wrong (${fit.stillWrongCount})`);
    await wrong.locator('summary').click();
    const firstWrong = fit.stillWrong[0];
    expect(await wrong.locator('li').first().textContent()).toBe(
      `Row ${firstWrong?.row} ${firstWrong?.product}: sold through ${firstWrong?.known}, the table says ${firstWrong?.table}`,
    );
    const changed = section.locator('details.fit-products', { hasText: 'Answers the fit changes' });
    expect(await changed.locator('summary').textContent()).toBe(
      `Answers the fit changes (${fit.changedCount})`,
    );
    const rows = new Set(fit.changes.map((c) => `${c.factor} ${c.level}`));
    expect(await section.locator('.fit-diff tbody tr').count()).toBe(rows.size);
    expect(await section.locator('.fit-diff td.changed').count()).toBe(fit.changes.length);
    const first = fit.changes[0];
    const cell = section.getByLabel(`${first?.model}: ${first?.from} to ${first?.to}`).first();
    expect(await cell.textContent()).toBe(`${first?.from} → ${first?.to}`);
    await screenshot(page, 'sidebar-fit-result');

    await section.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => section.locator('.status.success').textContent())
      .toMatch(/Saved the fitted weights/);
    expect(saved?.[1]).toBe('v1');
    expect(saved?.[0]).toEqual(fit.grid);
    // The weights panel now shows the fitted affinities as saved, with nothing unsaved.
    expect(await page.locator('.unsaved').isVisible()).toBe(false);
    const level =
      first?.factor === 'Price' ? `from ${Number(first.level).toLocaleString('en-US')}` : first?.level;
    const input = page.getByLabel(`${first?.factor} ${level}: ${first?.model}`);
    expect(await input.inputValue()).toBe(String(first?.to));
    expect(s.errors).toEqual([]);
  });

  it('a conflict on Apply writes nothing, loads their weights and asks to learn again', async () => {
    const fit = plantedFit(1);
    const theirs = storedWeights(presetGrid('B2B software'), 'v9');
    await openFakeSidebar(page, {
      handlers: {
        getFitSource: () => SOURCE,
        fitWeights: () => fit,
        saveWeights: (): SaveResult => ({ status: 'conflict', weights: theirs }),
      },
    });
    const section = fitSection(page);
    await section.getByRole('button', { name: 'Find columns' }).click();
    await expect.poll(() => section.getByLabel('Column with the known model').inputValue()).toBe('13');
    await section.getByRole('button', { name: 'Learn' }).click();
    await section.locator('.fit-result').waitFor();
    await section.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => section.locator('.status.error').textContent())
      .toMatch(
        /the weights in the spreadsheet changed since the fit read them \(saved by someone, or edited on the sheet\)\. Press Learn/,
      );
    expect(await section.locator('.fit-result').isVisible()).toBe(false);
    expect(await page.getByLabel('Price weight').inputValue()).toBe('2');
  });

  it('says so, and offers nothing to apply, when the fit does not beat the saved weights', async () => {
    const fit: FitResult = {
      ...plantedFit(1),
      verdict: 'not-better',
      changes: [],
      summary:
        'Fit: learned from 300 known products, strength 1. The fit does not beat the start, so the table is unchanged.',
    };
    await openFakeSidebar(page, { handlers: { getFitSource: () => SOURCE, fitWeights: () => fit } });
    const section = fitSection(page);
    await section.getByRole('button', { name: 'Find columns' }).click();
    await expect.poll(() => section.getByLabel('Column with the known model').inputValue()).toBe('13');
    await section.getByRole('button', { name: 'Learn' }).click();
    await section.locator('.fit-result').waitFor();
    expect(await section.locator('.fit-result .note').textContent()).toMatch(
      /does not beat your saved weights/,
    );
    expect(await section.locator('.fit-diff').count()).toBe(0);
    expect(await section.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
  });

  it('shows a problem as the server words it, and waits for unsaved weights to be applied first', async () => {
    await openFakeSidebar(page, {
      handlers: {
        getFitSource: () => SOURCE,
        fitWeights: (): FitResult => ({
          status: 'problem',
          message:
            'Team: models: too few known products to learn from (Open resale has 3); each model named needs at least 5.',
        }),
      },
    });
    const section = fitSection(page);
    await section.getByRole('button', { name: 'Find columns' }).click();
    await expect.poll(() => section.getByLabel('Column with the known model').inputValue()).toBe('13');
    await section.getByRole('button', { name: 'Learn' }).click();
    await expect.poll(() => section.locator('.status.error').textContent()).toMatch(/Open resale has 3/);
    await page.getByLabel('Market weight').fill('3');
    expect(await section.locator('.note', { hasText: 'unsaved weight changes' }).isVisible()).toBe(true);
    expect(await section.getByRole('button', { name: 'Learn' }).isDisabled()).toBe(true);
  });
});
