// Numbers inside sentences, written as the spreadsheet's locale writes them (1,234.5 in en_US, 1.234,5 in
// de_DE, 1 234,5 in fr_FR), so a message reads like the cells around it. Intl.NumberFormat is part of
// ECMAScript's Intl API, which browsers and Apps Script's V8 runtime provide.

/** "de_DE" -> "de-DE", the BCP 47 form Intl takes. */
function bcp47(locale: string): string {
  return locale.trim().replace(/_/g, '-');
}

function formatter(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag, options);
  } catch {
    // A locale Intl cannot parse ("xx_YY!") reads as en_US rather than failing a message.
    return new Intl.NumberFormat('en-US', options);
  }
}

/**
 * `value` with `digits` decimals (default: as many as it has, up to 3) in the spreadsheet locale `locale`
 * ("de_DE"; null or unknown: en_US).
 */
export function formatNumber(value: number, locale: string | null | undefined, digits?: number): string {
  const options: Intl.NumberFormatOptions =
    digits === undefined
      ? { maximumFractionDigits: 3 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return formatter(locale ? bcp47(locale) : 'en-US', options).format(value);
}
