// Reads amounts the way people type them in a sheet: 1200, "1,200", "$12,000", "12k", "1.5M", "500 EUR",
// "€1.200,50", "1 200". A text is read with the spreadsheet's decimal mark; a text that can only be read one
// way ("1,234.50", "0,375") is read that way; one that reads two ways ("12.000": 12 or 12,000) and no
// locale settles it is refused, never guessed. The currency around an amount is dropped: amounts are
// compared as given, so a table keeps one currency.
import type { DecimalMark } from './number-locale';

/** What a text amount came to: a number, or why it is not one. */
export type AmountReading =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly reason: 'not-amount' }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly readings: readonly [number, number] };

const SUFFIX: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  tsd: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  billion: 1e9,
};

/** Currency signs (regex source, lower case) of the currencies most tables use. */
export const CURRENCY_SIGNS =
  'us\\$|ca\\$|c\\$|a\\$|au\\$|nz\\$|hk\\$|s\\$|r\\$|\\$|€|£|¥|₹|₩|₽|₺|₪|₫|₱|₦|fr\\.|kr|zł|kč';
/** Their ISO 4217 codes, lower case. */
export const CURRENCY_CODES =
  'usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|nzd|sek|nok|dkk|pln|czk|huf|inr|brl|mxn|zar|sgd|hkd|krw|try|rub|ils|aed|sar';
const CURRENCIES = `${CURRENCY_SIGNS}|${CURRENCY_CODES}`;
const SUFFIXES = Object.keys(SUFFIX)
  .filter((s) => s !== '')
  .sort((a, b) => b.length - a.length)
  .join('|');
/** sign? currency? sign? number suffix? currency? : the number part is checked by readDigits. */
const SHAPE = new RegExp(
  `^([+-]?)\\s*(?:(${CURRENCIES})\\s*)?([+-]?)\\s*([0-9][0-9.,'’\\s]*|[.,][0-9]+)\\s*(${SUFFIXES})?\\.?\\s*(?:(${CURRENCIES}))?$`,
);

const MAX_AMOUNT_TEXT = 60;

/** Spaces that group digits: plain, no-break (fr_FR) and narrow no-break. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Digits written with `mark` as the decimal separator and any other of . , ' ’ or a space as the
 * thousands separator (one kind per number, groups of three); NaN when they are not written so.
 */
function readDigits(text: string, mark: DecimalMark): number {
  const body = text.replace(SPACES, ' ');
  const point = body.lastIndexOf(mark);
  const whole = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1);
  if (point >= 0 && !/^[0-9]+$/.test(fraction)) return Number.NaN;
  if (whole.includes(mark)) return Number.NaN;
  if (whole === '') return point >= 0 ? Number(`0.${fraction}`) : Number.NaN;
  const groups = whole.split(/[.,'’ ]/);
  const separators = new Set(whole.replace(/[0-9]/g, ''));
  if (separators.size > 1) return Number.NaN;
  const [first = '', ...rest] = groups;
  if (!/^[0-9]+$/.test(first)) return Number.NaN;
  if (rest.length > 0) {
    // Grouped: 1-3 digits, not a leading zero ("0,375" is no thousands), then groups of exactly three.
    if (first.length > 3 || first.startsWith('0')) return Number.NaN;
    if (!rest.every((g) => /^[0-9]{3}$/.test(g))) return Number.NaN;
  }
  return Number(`${groups.join('')}${point >= 0 ? `.${fraction}` : ''}`);
}

function sameAmount(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * Reads a text amount with the spreadsheet's decimal mark (null: unknown). Currency signs and codes
 * (before or after), a sign, and a multiplier suffix (k, M, bn, Mio, Mrd...) are allowed around it.
 */
export function readAmountText(text: string, mark: DecimalMark | null): AmountReading {
  // No amount is this long; the cap keeps the pattern's work bounded on a pasted paragraph.
  if (text.length > MAX_AMOUNT_TEXT) return { ok: false, reason: 'not-amount' };
  const match = SHAPE.exec(text.trim().toLowerCase());
  if (!match) return { ok: false, reason: 'not-amount' };
  const [, sign1 = '', before, sign2 = '', digits = '', suffix = '', after] = match;
  if ((before && after) || (sign1 && sign2)) return { ok: false, reason: 'not-amount' };
  const scale = (SUFFIX[suffix] ?? 1) * (sign1 === '-' || sign2 === '-' ? -1 : 1);
  const point = readDigits(digits.trim(), '.');
  const comma = readDigits(digits.trim(), ',');
  let amount: number;
  if (mark === '.' && !Number.isNaN(point)) amount = point;
  else if (mark === ',' && !Number.isNaN(comma)) amount = comma;
  else if (Number.isNaN(point)) amount = comma;
  else if (Number.isNaN(comma) || sameAmount(point, comma)) amount = point;
  else return { ok: false, reason: 'ambiguous', readings: [point * scale, comma * scale] };
  if (Number.isNaN(amount)) return { ok: false, reason: 'not-amount' };
  // "-0" is 0, not -0, which would print as "-0" in a message.
  const value = amount * scale;
  return { ok: true, amount: value === 0 ? 0 : value };
}

/** The amount a cell means, or NaN when it is not one (or, as text, reads two ways). */
export function parseAmount(value: unknown, mark: DecimalMark | null = null): number {
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const reading = readAmountText(value, mark);
  return reading.ok ? reading.amount : Number.NaN;
}

/** Examples of amounts for a message, written as the spreadsheet writes them. */
export function amountHint(mark: DecimalMark | null): string {
  return mark === ','
    ? 'a number such as 1200, or text such as "12.000 €", "12k" or "1,5M"'
    : 'a number such as 1200, or text such as "$12,000", "12k" or "1.5M"';
}

export const AMOUNT_HINT = amountHint('.');
