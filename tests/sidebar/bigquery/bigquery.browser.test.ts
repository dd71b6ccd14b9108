// Issue #20 §5 in the built sidebar (dist/Sidebar.html) in headless Chromium: "Larger than a sheet?" asks
// the server for the SQL only when the user wants it, for the dataset they typed, shows it selected to copy,
// and lists the steps to run it and open the result as a connected sheet. A server refusal (a dataset that
// is no name) is said in the section.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { bigQuerySql } from '../../../src/server/bigquery-sql';
import { SQL_FILE } from '../../bigquery/support';
import { describeBrowser, pagePerTest } from '../../support/browser';
import { openFakeSidebar } from '../fake-server';

const section = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Larger than a sheet?' }) });

describeBrowser('sidebar: larger than a sheet', () => {
  const pageOf = pagePerTest({ width: 300, height: 900 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it('fetches the SQL for the dataset on demand, shows it selected with the steps, and says a refusal', async () => {
    const built = readFileSync(SQL_FILE, 'utf8');
    const s = await openFakeSidebar(page, {
      handlers: { getBigQuerySql: (dataset) => bigQuerySql(dataset, built) },
    });
    expect(s.callsTo('getBigQuerySql')).toEqual([]);
    const panel = section(page);
    await panel.getByText('Score millions of products in BigQuery').click();
    const dataset = panel.getByLabel('Dataset');
    const copy = panel.getByRole('button', { name: 'Copy the SQL' });
    await dataset.fill('sales');
    await copy.click();
    const box = panel.getByLabel('SQL of the BigQuery function');
    await expect.poll(() => box.inputValue()).toContain('CREATE OR REPLACE FUNCTION sales.distmodel(');
    expect(s.callsTo('getBigQuerySql')[0]?.args).toEqual(['sales']);
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart);
    expect(selected).toBe((await box.inputValue()).length);
    expect(await panel.locator('.status').textContent()).toMatch(/Copied|Ctrl\+C/);
    const steps = await panel.locator('ol li').allTextContents();
    expect(steps.join(' ')).toMatch(/TO_JSON\(p\).*Connect to BigQuery/);

    // A dataset that is no name: the server refuses, and the section says why.
    await dataset.fill('my dataset');
    await copy.click();
    await expect
      .poll(() => panel.locator('.status.error').textContent())
      .toMatch(/not a BigQuery dataset name/);
  });
});
