// The languages DistModel speaks, and which one a user gets. Apps Script's Session.getActiveUserLocale()
// gives "the language setting of the current user as a string, for example en for English"
// (https://developers.google.com/apps-script/reference/base/session); a region may follow ("pt_BR", "en-GB"),
// so only the language part counts. Anything else, or no answer, is English. Dependency-free, so the
// workbench's language setting offers the same list.

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's own name, for the workbench's setting. */
export const LANGUAGE_NAMES: { readonly [L in Language]: string } = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language for a user locale such as "de", "de_AT", "fr-CA" or "ja"; English for anything else. */
export function languageOf(userLocale: string | null | undefined): Language {
  if (typeof userLocale !== 'string') return DEFAULT_LANGUAGE;
  const language = userLocale.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
