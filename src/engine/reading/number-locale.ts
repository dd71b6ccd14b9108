// How a spreadsheet's locale writes a decimal number: with a decimal point (en_US 1,234.5) or a decimal
// comma (de_DE 1.234,5). Sheets reports its locale as a language code, optionally with a country code
// ("en", "fil", "de_CH"): https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
// (getSpreadsheetLocale). The table follows CLDR's number symbols for the locales Sheets offers.

/** The character that separates the fraction: "." or ",". */
export type DecimalMark = '.' | ',';

/** Languages whose numbers use a decimal comma (CLDR), unless their country is listed below. */
const COMMA_LANGUAGES = new Set(
  (
    'af az be bg bs ca cs da de el es et eu fi fo fr gl hr hu hy id is it ka kk ky lb lt lv mk nb nl nn no ' +
    'pl pt ro ru sk sl sq sr sv tr uk uz vi'
  ).split(' '),
);

/** Languages whose numbers use a decimal point (CLDR). */
const POINT_LANGUAGES = new Set(
  'en ja zh ko th he iw hi bn gu kn ml mr ta te ur ms fil tl ga cy mt sw zu am my km lo ne pa si'.split(' '),
);

/** Countries whose writing differs from their language's: Swiss German and Italian, Latin American Spanish. */
const POINT_REGIONS = new Set([
  'de_CH',
  'de_LI',
  'it_CH',
  'es_MX',
  'es_US',
  'es_419',
  'es_DO',
  'es_GT',
  'es_HN',
  'es_NI',
  'es_PA',
  'es_PE',
  'es_PR',
  'es_SV',
]);
const COMMA_REGIONS = new Set(['en_ZA', 'en_DK', 'en_SE', 'en_NL', 'en_DE', 'en_FI', 'en_AT', 'en_BE']);

/**
 * The decimal mark of a locale such as "de_DE", "en-US" or "fr"; null when the locale is unknown or not
 * one DistModel knows, so that a text that reads two ways is refused rather than guessed.
 */
export function decimalMarkOf(locale: string | null | undefined): DecimalMark | null {
  if (typeof locale !== 'string' || locale.trim() === '') return null;
  const [language = '', region = ''] = locale.trim().replace(/-/g, '_').split('_');
  const lang = language.toLowerCase();
  const tag = region ? `${lang}_${region.toUpperCase()}` : lang;
  if (POINT_REGIONS.has(tag)) return '.';
  if (COMMA_REGIONS.has(tag)) return ',';
  if (COMMA_LANGUAGES.has(lang)) return ',';
  if (POINT_LANGUAGES.has(lang)) return '.';
  return null;
}
