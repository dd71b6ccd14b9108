// Headless Chromium for the sidebar's browser tests. Where Chromium is missing outside CI the tests are
// skipped with a message saying how to get it; in CI (CI=true) they run, and fail if it is missing.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const available = existsSync(CHROMIUM_PATH) || process.env.CI === 'true';
if (!available) {
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it (sudo apt-get install chromium) to run them.`,
  );
}

/** describe for browser tests: skipped (with the message above) when Chromium is missing outside CI. */
export const describeBrowser = available ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results');

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
