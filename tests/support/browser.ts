// Headless Chromium for the browser tests. Where /usr/bin/chromium is missing and CI is not set, the
// browser tests are skipped with a message saying how to enable them; in CI they must run, so a missing
// Chromium fails them instead.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';

const CHROMIUM_PATH = '/usr/bin/chromium';
export const SKIP_MESSAGE =
  `Browser tests skipped: ${CHROMIUM_PATH} not found. Install Chromium to run them ` +
  '(Debian/Ubuntu: sudo apt-get install chromium); in CI (CI=true) they always run.';

/** Whether browser tests run: where Chromium is found, and always in CI (where a missing one fails them). */
export function browserTestsRun(chromiumFound: boolean, env: NodeJS.ProcessEnv): boolean {
  return chromiumFound || env.CI === 'true';
}

const BROWSER_AVAILABLE = browserTestsRun(existsSync(CHROMIUM_PATH), process.env);

/** `describe` for browser tests: skipped, with SKIP_MESSAGE printed once, where no Chromium is found. */
export function describeBrowser(name: string, body: () => void): void {
  if (!BROWSER_AVAILABLE) console.warn(SKIP_MESSAGE);
  describe.skipIf(!BROWSER_AVAILABLE)(name, body);
}

/** Chromium for one test file; in CI without Chromium this fails, saying why, instead of skipping. */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    return Promise.reject(
      new Error(`${CHROMIUM_PATH} is missing, and CI=true requires the browser tests: ${SKIP_MESSAGE}`),
    );
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

const RESULTS_DIR = path.resolve(import.meta.dirname, '..', '..', 'test-results');

/** Saves a full-page screenshot as test-results/NAME.png (a test artifact) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Inside a describeBrowser block: one Chromium for the block and a fresh page of the given viewport for each
 * test, closed after it. Returns the current test's page.
 */
export function pagePerTest(viewport: { width: number; height: number }): () => Page {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await (browser as Browser).newContext({ viewport });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  return () => page as Page;
}
