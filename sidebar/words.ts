// The sidebar's words in the user's language, and numbers in sentences as the spreadsheet's locale writes
// them. The server sends the user's catalogue with the initial state (src/i18n), so the page carries no
// catalogue of its own, only the few English words it may need before that (en-startup.ts). A word the
// catalogue lacks (an older server) shows as its message id, which the browser tests look for.
import type { Catalogue, MessageKey } from '../src/i18n/catalogue/en';
import { enStartup } from '../src/i18n/catalogue/en-startup';
import { formatNumber } from '../src/i18n/numbers';
import { fillPlaceholders, type MessageParams } from '../src/i18n/placeholders';
import { isLanguage, type Language } from '../src/shared/languages';

let language: Language = 'en';
let catalogue: Partial<Catalogue> = enStartup;
let numberLocale: string | null = null;

/** Sets the language, its words and the spreadsheet locale every later t() and num() use. */
export function setWords(next: { language?: unknown; words?: unknown; locale?: unknown }): void {
  if (isLanguage(next.language)) language = next.language;
  if (typeof next.words === 'object' && next.words !== null)
    catalogue = { ...enStartup, ...(next.words as Partial<Catalogue>) };
  if (typeof next.locale === 'string' && next.locale !== '') numberLocale = next.locale;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return language;
}

/** The message `key` in the user's language, placeholders filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogue[key] ?? key, params);
}

/** A number inside a sentence, in the spreadsheet's locale ("1.234,5" in de_DE); `digits` decimals. */
export function num(value: number, digits?: number): string {
  return formatNumber(value, numberLocale, digits);
}

/** A decimal the engine wrote as text ("2.35", rounded on purpose) in the spreadsheet's locale, same digits. */
export function decimal(text: string): string {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return text;
  return num(value, text.split('.')[1]?.length ?? 0);
}
