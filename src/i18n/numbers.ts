// Numbers inside sentences, written as the spreadsheet's locale writes them (1,234.5 in en_US, 1.234,5 in
// de_DE, 1 234,5 in fr_FR), so a message reads like the cells around it. Intl.NumberFormat is part of
// ECMAScript's Intl API, which browsers and Apps Script's V8 runtime provide (docs/live-checks.md,
// 42-market2). Building a formatter is far slower than using one, so each is built once.

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** "de_DE" -> "de-DE", the BCP 47 form Intl takes. */
function bcp47(locale: string): string {
  return locale.trim().replace(/_/g, '-');
}

function build(tag: string, digits: number | undefined): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions =
    digits === undefined
      ? { maximumFractionDigits: 3 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits };
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
  const tag = locale ? bcp47(locale) : 'en-US';
  const id = `${tag}|${digits ?? ''}`;
  let formatter = FORMATTERS.get(id);
  if (!formatter) {
    formatter = build(tag, digits);
    FORMATTERS.set(id, formatter);
  }
  return formatter.format(value);
}
