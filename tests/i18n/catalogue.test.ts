// The message catalogues: every key in every language, no placeholder lost or invented, and the language
// chosen from the user's locale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  en,
  formatNumber,
  LANGUAGES,
  languageOf,
  type MessageKey,
  placeholders,
  translate,
} from '../../src/i18n';

const KEYS = Object.keys(en) as MessageKey[];
const OTHERS = LANGUAGES.filter((l) => l !== 'en');

describe('catalogues', () => {
  it.each(OTHERS)('%s has exactly the English keys', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...KEYS].sort());
  });

  it.each(OTHERS)('%s keeps every placeholder of every message, and adds none', (language) => {
    const lost = KEYS.filter(
      (key) =>
        JSON.stringify(placeholders(CATALOGUES[language][key]).sort()) !==
        JSON.stringify(placeholders(en[key]).sort()),
    );
    expect(lost).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty message and none left in English by mistake', (language) => {
    const catalogue = CATALOGUES[language];
    expect(KEYS.filter((key) => catalogue[key].trim() === '')).toEqual([]);
    if (language === 'en') return;
    // Words that read the same in both (a number, "Portfolio", a formula) are few; whole sentences are not.
    const untranslated = KEYS.filter((key) => catalogue[key] === en[key] && en[key].split(' ').length > 3);
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders with the values given, and shows a missing one as {name}', () => {
    expect(translate('de', 'menu.partial', { done: '1.200', total: '3.000' })).toMatch(/^1\.200 von 3\.000 /);
    expect(translate('ja', 'menu.done', { rows: '3' })).toContain('{range}');
  });

  it('fills any value into any message of any language without losing it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...KEYS),
        fc.string({ minLength: 1 }).filter((s) => !/[{}$]/.test(s)),
        (language, key, value) => {
          const names = placeholders(en[key]);
          const text = translate(language, key, Object.fromEntries(names.map((n) => [n, value])));
          expect(placeholders(text).filter((n) => names.includes(n))).toEqual([]);
          for (const _ of names) expect(text).toContain(value);
        },
      ),
    );
  });
});

describe('the user language', () => {
  it.each([
    ['en', 'en'],
    ['de', 'de'],
    ['de_AT', 'de'],
    ['fr-CA', 'fr'],
    ['ES', 'es'],
    ['ja_JP', 'ja'],
    ['pt_BR', 'en'],
    ['', 'en'],
  ])('%s -> %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('is always one DistModel speaks, whatever the locale says', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)), (locale) => {
        expect(LANGUAGES).toContain(languageOf(locale));
      }),
    );
  });
});

describe('numbers in sentences', () => {
  it.each([
    ['en_US', '1,234.5'],
    ['de_DE', '1.234,5'],
    ['es_ES', '1234,5'],
    ['ja_JP', '1,234.5'],
  ])('are written as %s writes them', (locale, text) => {
    expect(formatNumber(1234.5, locale, 1)).toBe(text);
  });

  it('French groups with a narrow no-break space and a decimal comma', () => {
    expect(formatNumber(1234.5, 'fr_FR', 1)).toBe('1\u202f234,5');
  });

  it('an unknown or missing locale reads as en_US', () => {
    expect(formatNumber(2.5, null, 1)).toBe('2.5');
    expect(formatNumber(2.5, 'xx_YY', 1)).toBe('2.5');
  });
});
