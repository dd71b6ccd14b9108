// Deciding together end to end (issue #21), in the workbench in Chromium: Set up ratings from the menu,
// three raters type their own rows, DISTMODEL_CONSENSUS spills the team's answer, and the sidebar's Team
// panel shows the selected product's raters side by side with the disputes highlighted and the portfolio
// with the answer-changing disputes first. Expected results come from the engine, never typed in by hand.
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verdictText } from '../../sidebar/team';
import { distmodelConsensus, resolveWeights, teamView } from '../../src/engine';
import type { TeamProduct } from '../../src/shared/sidebar-contract';
import { WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { describeBrowser, saveScreenshot } from '../support/browser';
import {
  cell,
  openWorkbench,
  runAddonMenuItem,
  selectCell,
  sidebarFrame,
  typeInto,
  typeRow,
  type WorkbenchPage,
} from './support/workbench';

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

/**
 * Two products three raters see differently, typed from column A: Product, Rater, Customer, Product type,
 * Price, Complexity, See before buying, Control, Reach, Market, Buyers, Local service (the rest left blank,
 * each rater's unknown). On the thermostat, Complexity moves one rater; on the hose, Reach moves none.
 */
const TYPED: readonly (readonly (string | number)[])[] = [
  ['Smart thermostat', 'Maya', 'B2C', 'Physical', 199, 'High', 'No', 'Medium', 'High', 'Mass', 'Many', 'Yes'],
  ['Smart thermostat', 'Omar', 'B2C', 'Physical', 199, 'Low', 'No', 'Medium', 'High', 'Mass', 'Many', 'Yes'],
  [
    'Smart thermostat',
    'Lena',
    'B2C',
    'Physical',
    149,
    'Medium',
    'No',
    'Medium',
    'High',
    'Mass',
    'Many',
    'No',
  ],
  ['Garden hose', 'Maya', 'B2C', 'Physical', 25, 'Low', 'No', 'Low', 'High', 'Mass', 'Many', 'No'],
  ['Garden hose', 'Omar', 'B2C', 'Physical', 25, 'Low', 'No', 'Low', 'Medium', 'Mass', 'Many', 'No'],
  ['Garden hose', 'Lena', 'B2C', 'Physical', 25, 'Low', 'No', 'Low', 'High', 'Mass', 'Many', 'No'],
];
const FIRST_TYPED_ROW = 8;

describeBrowser('deciding together in the workbench', () => {
  let ctx: WorkbenchPage;
  let page: Page;
  let sidebar: FrameLocator;

  const session = () => ctx.workbench.session;
  const weights = () => session().values(`'${WEIGHTS_SHEET_NAME}'!A1:G80`);
  const ratings = () => session().values('Ratings!A1:O40');

  beforeAll(async () => {
    ctx = await openWorkbench();
    page = ctx.page;
  });

  afterAll(async () => {
    await ctx?.close();
  });

  test('Set up ratings, three raters fill rows, the consensus spills, the Team view shows it', async () => {
    await runAddonMenuItem(page, 'DistModel', 'Set up ratings');
    await page.locator('#tabs .tab[aria-selected="true"]', { hasText: 'Ratings' }).waitFor();
    await eventually(async () => (await session().formulas('Ratings!Q1'))[0]?.[0]).toBe(
      '=DISTMODEL_CONSENSUS(A1:O, DistModelWeights)',
    );

    // Each rater types their own rows below the examples, as they would in the shared sheet.
    for (const [i, row] of TYPED.entries()) await typeRow(page, `A${FIRST_TYPED_ROW + i}`, row);
    // Below the team's answer: each rater's own model (a new sheet has 26 columns, as in Sheets).
    await typeInto(page, 'Q20', '=DISTMODEL_CONSENSUS(A1:O, DistModelWeights, "raters")');

    const grid = await ratings();
    expect(
      grid.slice(FIRST_TYPED_ROW - 1, FIRST_TYPED_ROW - 1 + TYPED.length).map((r) => r.slice(0, 12)),
    ).toEqual(TYPED);
    const weightsGrid = await weights();
    const expected = distmodelConsensus(grid, weightsGrid);
    expect(expected.map((r) => r[0])).toEqual([
      'Product',
      expect.stringContaining('(example)'),
      expect.stringContaining('(example)'),
      'Smart thermostat',
      'Garden hose',
    ]);
    await eventually(() => session().values(`Ratings!Q1:Z${expected.length}`)).toEqual(expected);
    const raters = distmodelConsensus(grid, weightsGrid, 'raters');
    await eventually(() => session().values(`Ratings!Q20:T${19 + raters.length}`)).toEqual(raters);
    const thermostat = expected[3] as unknown[];
    // Which disputes change the answer is the weights' call (derived above); some must, for the portfolio.
    expect(expected.slice(1).some((row) => row[5] === true)).toBe(true);
    await eventually(() => cell(page, 'Q4').textContent()).toBe('Smart thermostat');

    // The Team view of the thermostat, selected by its first rating row.
    await selectCell(page, `C${FIRST_TYPED_ROW}`);
    await runAddonMenuItem(page, 'DistModel', 'Open DistModel');
    sidebar = sidebarFrame(page);
    await sidebar.locator('main[aria-busy="false"]').waitFor();
    await sidebar.getByRole('button', { name: 'Show raters' }).click();
    const view = teamView(resolveWeights(weightsGrid), grid, FIRST_TYPED_ROW - 1);
    const product = view.product;
    expect(product?.product).toBe('Smart thermostat');
    const table = sidebar.locator('.team-table');
    await eventually(() => table.locator('thead th').allTextContents()).toEqual([
      'Factor',
      'Maya',
      'Omar',
      'Lena',
    ]);
    const disputed = product?.factors.filter((f) => f.disputed) ?? [];
    expect(disputed.map((f) => f.factor)).toEqual(expect.arrayContaining(['Complexity', 'Local service']));
    // Disputed factors come first, marked in words and highlighted in colour.
    expect(await table.locator('tbody tr.disputed th').allTextContents()).toEqual(
      disputed.map((f) => `${f.factor} disputed`),
    );
    const marked = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.classList.contains('disputed')));
    expect(marked.indexOf(false)).toBe(disputed.length);
    const background = (selector: string) =>
      table
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('tbody tr.disputed td')).not.toBe(await background('tbody tr:not(.disputed) td'));
    expect(
      await table.locator('tbody tr.disputed', { hasText: 'Complexity' }).locator('td').allTextContents(),
    ).toEqual(['High', 'Low', 'Medium']);
    expect(await table.locator('tr.own-model td').allTextContents()).toEqual(
      product?.raters.map((r) => r.model),
    );
    expect(await sidebar.locator('.team-verdict').textContent()).toBe(verdictText(product as TeamProduct));
    if (thermostat[5] === true) expect(product?.toSettle).toBe(thermostat[6]);

    // The portfolio: answer-changing disputes first, marked.
    const items = sidebar.locator('.team-portfolio li');
    expect(await items.allTextContents()).toEqual(
      view.portfolio.map(
        (r) => `${r.product}: ${r.model}, ${r.agreeing}${r.disputed ? ` (${r.disputed})` : ''}`,
      ),
    );
    const changing = await items.evaluateAll((lis) => lis.map((li) => li.classList.contains('changes')));
    expect(changing).toEqual(view.portfolio.map((r) => r.changesAnswer));
    expect(changing.indexOf(false)).toBeGreaterThan(0);
    expect(changing.slice(changing.indexOf(false))).not.toContain(true);
    await saveScreenshot(page, 'team-workbench');

    // Moving the cursor to the hose's rows, the Team view follows it.
    await selectCell(page, `C${FIRST_TYPED_ROW + 4}`);
    await eventually(() => sidebar.locator('.team-table caption').textContent()).toBe(
      "Garden hose: each rater's levels",
    );
    const hose = teamView(resolveWeights(weightsGrid), grid, FIRST_TYPED_ROW + 3).product;
    expect(await sidebar.locator('.team-verdict').textContent()).toBe(verdictText(hose as TeamProduct));
  }, 300_000);
});
