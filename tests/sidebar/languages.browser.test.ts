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

/** axe-core's WCAG A/AA violations on the page, as "rule: selector (summary)" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
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
  await page.locator('.unsaved:not([hidden])').waitFor();
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
    '%s: no missing key, no English left, every placeholder filled, nothing wider than 300 px',
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
            thin: translate('de', 'summary.thin', { thin: '2', scored: '1.220' }),
            problems: translate('de', 'summary.problems', { count: '1' }),
            time: texts.join(' ').match(/\d\d:\d\d/)?.[0] ?? '',
          }),
        );
      expect(await overflowing(page, WIDTH)).toEqual([]);
      await saveScreenshot(page, `sidebar-language-${language}`);
    },
  );
});
