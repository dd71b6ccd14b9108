// What a user's typing (or a CSV field) becomes in a cell, as in Sheets: "=..." a formula; a leading
// apostrophe forces text (the apostrophe is not part of the value); numbers are read in the spreadsheet's
// locale (de_DE: "4.500" is 4500 and "4,5" is 4.5; en_US: "4.500" is 4.5 and "4,500" is 4500), with
// percentages and currency as numfmt's parser reads them; TRUE/FALSE are booleans; an empty entry clears
// the cell; anything else stays text.
import { getLocale, parseNumber } from 'numfmt';

/** Cell content in Range.setValue's terms: a number, a boolean, "=..." a formula, "" to clear, or text
 * (text marked with a leading apostrophe is kept as text, never read as a number or a date). */
export type TypedContent = string | number | boolean;

/** The locale every formula engine reading of text follows (the stand-in's HyperFormula reads "1.5" as
 * 1.5 whatever the spreadsheet's locale). */
const ENGINE_LOCALE = 'en-US';

/** Sheets' locale code ("de_DE") as the BCP 47 tag numfmt takes ("de-DE"). */
function bcp47(locale: string): string {
  return locale.replace('_', '-');
}

/** The number `text` is in `locale` ("de_DE" form), or null when it is not one there. Sources: numfmt's
 * parseNumber (group and decimal separators, sign, exponent, percent and currency of the locale). */
export function localeNumber(text: string, locale: string): number | null {
  return parseNumber(text.trim(), { locale: bcp47(locale) })?.value ?? null;
}

/** Text the engine would read as a number although the spreadsheet's locale does not ("1.5" in de_DE)
 * gets Sheets' forced-text apostrophe, so it is stored as the text it is. */
function keptAsText(text: string): string {
  return localeNumber(text, ENGINE_LOCALE) === null ? text : `'${text}`;
}

/**
 * A formula typed in a locale whose decimal mark is a comma (de_DE, fr_FR...), where Sheets separates
 * arguments with ";" and writes 1,5 for 1.5: the same formula with "," and "." (what the formula engine
 * reads). String literals are left alone. Other locales: the formula as typed.
 */
export function formulaInLocale(formula: string, locale: string): string {
  if ((getLocale(bcp47(locale))?.decimal ?? '.') !== ',') return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\d),(\d)/g, '$1.$2').replaceAll(';', ',')))
    .join('');
}

/**
 * What typing `text` into a cell stores, in the spreadsheet's `locale` ("de_DE" form, Workbook.locale).
 * A forced-text entry ("'12.000") is returned as typed: the apostrophe tells the workbook it is text.
 */
export function typedInput(text: string, locale: string): TypedContent {
  if (text.startsWith('=')) return formulaInLocale(text, locale);
  if (text.startsWith("'")) return text;
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const number = localeNumber(trimmed, locale);
  if (number !== null) return number;
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  return keptAsText(text);
}

/**
 * The entry that typing again stores `value` unchanged, for the cell editor, or null for other values
 * (dates): a number with the locale's decimal separator ("4,5" in de_DE), and text with Sheets'
 * apostrophe in front where typing it bare would make a number, a boolean or a formula.
 */
export function typeable(value: unknown, locale: string): string | null {
  if (typeof value === 'number') return String(value).replace('.', getLocale(bcp47(locale))?.decimal ?? '.');
  if (typeof value !== 'string' || value === '') return null;
  const retyped = value.startsWith('=') || value.startsWith("'") || typedInput(value, locale) !== value;
  return retyped ? `'${value}` : value;
}
