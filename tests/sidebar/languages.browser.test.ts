// The built sidebar in each language at its 300 px width, in Chromium, one page load per language with
// every part shown (unsaved changes, a portfolio, the Team view, every <details> open): no message id left
// where a word belongs (a missing key), no English sentence the language words differently, no {placeholder}
// unfilled, no control wider than the sidebar or cutting its own text, and an axe-core audit (WCAG 2.0/2.1
// A and AA: names and labels, contrast of at least 4.5:1, ARIA) with no violation.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { presetScorer, teamView } from '../../src/engine/index';
import { CATALOGUES, en, LANGUAGES, type Language, type MessageKey, translate } from '../../src/i18n';
import type { PortfolioSummary, TeamView } from '../../src/shared/sidebar-contract';
import { describeBrowser, pagePerTest, saveScreenshot } from '../support/browser';
import { initialState, openFakeSidebar } from './fake-server';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDTH = 300;
const SPREADSHEET_LOCALE: { readonly [L in Language]: string } = {
  en: 'en_US',
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  ja: 'ja_JP',
};
const SUMMARY: PortfolioSummary = {
  counts: {
    'Direct (assisted sales)': 1200,
    'Direct (automated purchase)': 7,
    'Authorized dealers': 6,
    'Open resale': 7,
  },
  invalid: 1,
  total: 1221,
  thin: 2,
};
const RATINGS = [
  ['Product', 'Rater', 'Customer', 'Complexity', 'Price', 'Product type'],
  ['Pump', 'Ann', 'B2B', 'High', 3000, 'Service'],
  ['Pump', 'Ben', 'B2C', 'Low', 3000, 'Service'],
];

function team(): TeamView {
  const scorer = presetScorer('Balanced');
  if (!scorer) throw new Error('no Balanced preset');
  return { status: 'ok', sheetName: 'Ratings', ...teamView(scorer, RATINGS, 1) };
}

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/**
 * axe-core's WCAG A/AA violations on the page, as "rule: selector (summary)" lines. Colour contrast, by far
 * the slowest rule on the sidebar's hundreds of grid cells, depends on colours, not words: it is checked
 * in English only (`contrast`), every other rule in every language.
 */
async function axeViolations(page: Page, contrast: boolean): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async (contrast) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: contrast } },
      // Only the violations are wanted: axe then skips collecting every passing node.
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations;
  }, contrast);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${(n.failureSummary ?? '').replace(/\s+/g, ' ')})`),
  );
}

/** Every text the page shows or reads out: text nodes, and aria-label, title and placeholder values. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE', 'TEXTAREA'].includes(parent.tagName))
        texts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (el.hasAttribute(name)) texts.push(el.getAttribute(name) ?? '');
    return texts.map((t) => t.trim()).filter((t) => t !== '');
  });
}

/** Controls and text reaching past the sidebar's right edge, or a button or select cutting its own text. */
function overflowing(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, select, input, label, summary, legend, h2, h3, p, li, th, td',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('.team-scroll, .grid-host')) continue; // scrolled on purpose
      const cut = el.matches('button, select') && el.scrollWidth > el.clientWidth + 1;
      if (box.right > width + 0.5 || cut)
        found.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim()}"`);
    }
    if (document.documentElement.scrollWidth > width)
      found.push(`page ${document.documentElement.scrollWidth}px`);
    return found;
  }, width);
}

const KEYS = Object.keys(en) as MessageKey[];

/** English messages (without placeholders) that `language` words differently: seeing one is a miss. */
function englishOnly(language: Language): Set<string> {
  return new Set(
    KEYS.filter((k) => !en[k].includes('{') && CATALOGUES[language][k] !== en[k]).map((k) => en[k].trim()),
  );
}

/** Enabled, shown controls that Tab should reach (a radio group is one stop: its unchecked radios are not). */
function tabStops(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, summary, a[href]')].filter(
        (el) =>
          el.getBoundingClientRect().width > 0 &&
          !(el as HTMLButtonElement).disabled &&
          !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
      ).length,
  );
}

/** How many different elements real Tab presses focus, going `presses` times through the page. */
async function reachedByTab(page: Page, presses: number): Promise<number> {
  await page.evaluate(() => {
    const reached = new Set<EventTarget>();
    (window as unknown as { reached: Set<EventTarget> }).reached = reached;
    document.addEventListener('focusin', (e) => {
      if (e.target) reached.add(e.target);
    });
  });
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => (window as unknown as { reached: Set<EventTarget> }).reached.size);
}

/** The sidebar in `language` with unsaved changes, a portfolio, the Team view and every <details> open. */
async function openEverything(page: Page, language: Language): Promise<string[]> {
  const state = initialState({
    language,
    words: CATALOGUES[language],
    locale: SPREADSHEET_LOCALE[language],
  });
  const handlers = { getPortfolioSummary: async () => SUMMARY, getTeamView: async () => team() };
  const s = await openFakeSidebar(page, { state, handlers });
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.getByLabel(translate(language, 'weights.preset'), { exact: true }).selectOption({ index: 2 });
  await page.locator('.unsaved:not(:empty)').waitFor();
  const portfolio = page.getByRole('region', { name: translate(language, 'summary.title') });
  await portfolio.getByRole('button', { name: translate(language, 'summary.refresh') }).click();
  await page.locator('svg.chart').waitFor();
  await page.getByRole('button', { name: translate(language, 'team.show') }).click();
  await page.locator('.team-table').waitFor();
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  return s.errors;
}

describeBrowser('the sidebar in each language: words, width and accessibility audit', () => {
  const pageOf = pagePerTest({ width: WIDTH, height: 800 });
  let page: Page;
  beforeEach(() => {
    page = pageOf();
  });

  it.each(LANGUAGES)(
    '%s: no missing key, no English left, placeholders filled, nothing past 300 px, no axe violation',
    async (language) => {
      expect(await openEverything(page, language)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      const texts = await shownTexts(page);
      const ids = new Set<string>(KEYS);
      expect(texts.filter((t) => t.split(/\s+/).some((word) => ids.has(word)))).toEqual([]);
      expect(texts.filter((t) => /\{\w+\}/.test(t))).toEqual([]);
      if (language !== 'en') {
        const english = englishOnly(language);
        expect(texts.filter((t) => english.has(t))).toEqual([]);
      }
      if (language === 'de')
        expect(texts).toContain(
          translate('de', 'summary.text', {
            total: '1.221',
            // The fake summary names no sheet.
            where: '',
            thin: translate('de', 'summary.thin', { thin: '2', scored: '1.220' }),
            problems: translate('de', 'summary.problems', { count: '1' }),
            time: texts.join(' ').match(/\d\d:\d\d/)?.[0] ?? '',
          }),
        );
      expect(await overflowing(page, WIDTH)).toEqual([]);
      // No select squashed to its arrow beside a long label (a fresh trial's German Learn panel: 14 px).
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('select')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width < 80)
          .map((el) => `${el.id}: ${Math.round(el.getBoundingClientRect().width)} px`),
      );
      expect(narrow).toEqual([]);
      await saveScreenshot(page, `sidebar-language-${language}`);
      expect(await axeViolations(page, language === 'en')).toEqual([]);
      if (language !== 'en') return;
      // Keyboard and screen readers (the layout is the same in every language): the unsaved mark sits in a
      // live region, so it is heard when it appears, and Tab reaches every control.
      const mark = page.locator('.unsaved');
      expect(await mark.evaluate((el) => el.closest('[aria-live]') !== null)).toBe(true);
      expect(await mark.evaluate((el) => el.closest('[aria-hidden="true"]'))).toBeNull();
      const stops = await tabStops(page);
      expect(await reachedByTab(page, stops + 3)).toBeGreaterThanOrEqual(stops);
    },
  );
});
