// Turns one cell into a level index of a factor, or into a message saying what is accepted.
// Each factor keeps a small cache from cell text to level: a column of 100,000 products holds a handful
// of distinct values, so normalising each value once is what makes block scoring fast.

// Per cell: bound once, as global lookups are slow in the sandbox.
import { formatAmount } from '../basics/number-text';
import { max, round } from '../basics/sandbox-math';
import { describeValue, isBlank, isDate, listChoices, normalizeKey } from '../basics/text';
import { builtInFactor } from '../model/factors';
import { vocabularyOf } from '../model/vocabularies';
import type { DecimalMark } from './number-locale';
import { cellPeriod } from './period';
import { errorValueMessage, errorValueOf, isPlaceholder } from './placeholders';
import { amountHint, readAmountText } from './price';

/** What a cell resolves to: a level index (>= 0), BLANK, or INVALID. */
export const BLANK = -1;
export const INVALID = -2;

export interface LevelMatcher {
  /** Level index, BLANK or INVALID. */
  match(value: unknown): number;
  /** The message for a value match() called INVALID: names the column, the value and what is accepted. */
  explain(value: unknown): string;
  /**
   * How a matched value was read when that is worth saying ("per month, counted as 59.88 a year"), or "".
   * Present only on matchers that can convert (a per-year factor's amounts).
   */
  note?(value: unknown): string;
}

const NUMERIC_TEXT = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/**
 * A number as the sheet shows it: a formula's 2.9999999999999996 is the 3 Sheets displays. Only
 * floating-point noise (a relative 1e-12, far below Sheets' 15 shown digits) is snapped to a whole number.
 */
export function asShown(n: number): number {
  const whole = round(n);
  if (whole === n) return n;
  const size = n < 0 ? -n : n;
  const off = n < whole ? whole - n : n - whole;
  return off <= 1e-12 * max(size, 1) ? whole : n;
}

/** Normalized spelling -> level index, for the labels and for those aliases whose level is among them. */
function levelKeys(
  labels: readonly string[],
  aliases: Readonly<Record<string, string>>,
): Map<string, number> {
  const byKey = new Map<string, number>();
  labels.forEach((label, i) => {
    byKey.set(normalizeKey(label), i);
  });
  for (const [alias, canonical] of Object.entries(aliases)) {
    const index = byKey.get(normalizeKey(canonical));
    // A label always wins over an alias: a table whose levels are "Y" and "N" means its own "N".
    if (index !== undefined && !byKey.has(alias)) byKey.set(alias, index);
  }
  return byKey;
}

/**
 * Levels of a category factor matched by text, with the factor's own aliases and, when its levels include
 * Yes/No or Low/Medium/High, what that vocabulary also accepts (checkboxes, 1 to 5 ratings). A text meaning
 * "not known" ("N/A", "-", "TBD") is blank unless it is one of the factor's levels.
 */
export function categoryMatcher(
  factorName: string,
  labels: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): LevelMatcher {
  const vocabulary = vocabularyOf(labels);
  const byKey = levelKeys(labels, { ...vocabulary?.aliases, ...aliases });
  const level = (name: string) => byKey.get(normalizeKey(name)) ?? INVALID;
  const rating = vocabulary?.rating;
  const fromRating = (value: number): number => {
    const n = asShown(value);
    return rating && Number.isInteger(n) && n >= 1 && n <= 5 ? level(rating(n)) : INVALID;
  };
  // "3" typed in a text-formatted cell, or imported from a CSV, is the number the message offers.
  const fromNumericText = (text: string): number =>
    NUMERIC_TEXT.test(text) ? fromRating(Number(text)) : INVALID;
  const readText = (text: string): number => {
    if (text.trim() === '') return BLANK;
    if (errorValueOf(text)) return INVALID;
    const known = byKey.get(normalizeKey(text));
    if (known !== undefined) return known;
    return isPlaceholder(text) ? BLANK : fromNumericText(text);
  };
  const cache = new Map<string, number>();
  const fromText = (text: string): number => {
    let index = cache.get(text);
    if (index === undefined) {
      index = readText(text);
      if (cache.size < 10_000) cache.set(text, index);
    }
    return index;
  };
  const accepted = rating ? [...labels, 'a number from 1 to 5'] : labels;
  const hint = vocabulary?.checkbox ? ' (a checkbox works too)' : '';
  // Issue 8: a built-in level the table lacks is the table's fault (see missingCategoryLevel below).
  const missingLevel = missingCategoryLevel(factorName, labels, (l, a) => categoryMatcher(factorName, l, a));
  return {
    match(value) {
      if (typeof value === 'string') return fromText(value);
      if (value === null || value === undefined) return BLANK;
      if (typeof value === 'boolean' && vocabulary?.checkbox) return level(vocabulary.checkbox(value));
      if (typeof value === 'number') return fromRating(value);
      return INVALID;
    },
    explain(value) {
      const error = errorValueOf(value);
      if (error) return errorValueMessage(factorName, error);
      const lacking = missingLevel?.(value);
      if (lacking) return missingLevelMessage(factorName, value, lacking);
      return `${factorName}: ${describeValue(value)} is not accepted; use ${listChoices(accepted)}${hint}.`;
    },
  };
}

/** How a numeric column's cells are read: the spreadsheet's decimal mark, and the header's unit. */
export interface AmountOptions {
  /**
   * The decimal mark of the spreadsheet's locale; null when unknown (text that reads two ways is refused).
   * Asked only when a text amount is read.
   */
  readonly mark: () => DecimalMark | null;
  /** What one unit of the column is worth: 1000 for a header "Price (k$)". */
  readonly scale: number;
  /** Set when the header's unit cannot be read: every value of the column gets this message. */
  readonly unitProblem: string | null;
  /** The period the header gives for a per-year factor ("per month": 12 a year); absent for none. */
  readonly period?: { readonly perYear: number; readonly name: string };
}

const PLAIN_AMOUNTS: AmountOptions = { mark: () => null, scale: 1, unitProblem: null };

// Six decimals: an ambiguous text amount such as "1,234567" must show every digit of both readings.
const formatNumber = (n: number) => formatAmount(n, 6);

/**
 * Levels of a numeric factor: each level is a lower bound, a value takes the largest bound not above it.
 * Numbers are read as they are; text with the spreadsheet's decimal mark (see price.ts); both in the
 * header's unit.
 */
export function numericMatcher(
  factorName: string,
  bounds: readonly number[],
  options: AmountOptions = PLAIN_AMOUNTS,
): LevelMatcher {
  const { mark, scale, unitProblem } = options;
  // Price and Customer value count per year: an amount given per month is converted, never taken as is.
  const perYearFactor = builtInFactor(factorName)?.perYear === true;
  const headerPerYear = perYearFactor ? (options.period?.perYear ?? 1) : 1;
  // Bounds sorted ascending with their level indexes, so a value scans from the top.
  const order = bounds.map((bound, index) => ({ bound, index })).sort((a, b) => a.bound - b.bound);
  const sortedBounds = order.map((o) => o.bound);
  const sortedIndex = order.map((o) => o.index);
  const lowest = sortedBounds[0] ?? 0;
  const fromAmount = (raw: number, perYear = headerPerYear): number => {
    // `amount - amount !== 0` is Number.isFinite without a global lookup (slow in Apps Script's sandbox).
    if (raw - raw !== 0) return INVALID;
    const amount = asShown(raw * scale * perYear);
    if (amount < lowest) return INVALID;
    for (let i = sortedBounds.length - 1; i >= 0; i--) {
      if (amount >= (sortedBounds[i] as number)) return sortedIndex[i] as number;
    }
    return INVALID;
  };
  const readText = (text: string): number => {
    if (errorValueOf(text)) return INVALID;
    const reading = readAmountText(text, mark());
    if (reading.ok) return fromAmount(reading.amount);
    const period = perYearFactor ? periodicAmount(text) : null;
    if (period) return fromAmount(period.amount, period.perYear);
    return isPlaceholder(text) ? BLANK : INVALID;
  };
  /** "4,99 €/Monat" as 4.99 and 12 a year; null when the text gives no period or no amount before it. */
  const periodicAmount = (text: string) => {
    const period = cellPeriod(text);
    if (!period) return null;
    const reading = readAmountText(period.amount, mark());
    return reading.ok ? { amount: reading.amount, perYear: period.perYear, name: period.name } : null;
  };
  const notes = new Map<string, string>();
  const noteOf = (value: unknown): string => {
    const key = typeof value === 'string' ? value : typeof value === 'number' ? `#${value}` : '';
    let note = notes.get(key);
    if (note !== undefined) return note;
    note = '';
    const cell = typeof value === 'string' ? periodicAmount(value) : null;
    const raw = cell ? cell.amount : typeof value === 'number' ? value : parseAmountText(value);
    const perYear = cell ? cell.perYear : headerPerYear;
    if (perYear !== 1 && raw !== null) {
      const said = cell
        ? `${describeValue(value)} is ${cell.name}`
        : `${formatNumber(raw)} is ${options.period?.name} (the header says so)`;
      note = `${factorName}: ${said}, counted as ${formatNumber(asShown(raw * scale * perYear))} a year.`;
    }
    if (notes.size < 10_000) notes.set(key, note);
    return note;
  };
  const parseAmountText = (value: unknown): number | null => {
    if (typeof value !== 'string') return null;
    const reading = readAmountText(value, mark());
    return reading.ok ? reading.amount : null;
  };
  const cache = new Map<string, number>();
  const explainText = (value: string): string => {
    const reading = readAmountText(value, mark());
    if (reading.ok) return belowLowest(value, asShown(reading.amount * scale * headerPerYear));
    if (!perYearFactor && cellPeriod(value)) {
      return `${factorName}: ${describeValue(value)} gives a period; this column takes one plain amount, such as 1200.`;
    }
    if (reading.reason === 'ambiguous') {
      const [point, comma] = reading.readings.map(formatNumber);
      return `${factorName}: ${describeValue(value)} reads as ${point} or as ${comma}, and no locale says which (the spreadsheet's, or the command line's --locale); write it without separators or as a number.`;
    }
    return `${factorName}: ${describeValue(value)} is not an amount; use ${amountHint(mark())}.`;
  };
  // Issue 8: an amount a built-in factor covers but the table's bands do not is the table's fault.
  const floor = builtInLowestBound(factorName);
  const belowLowest = (value: unknown, amount: number) =>
    floor !== null && amount >= floor && amount < lowest
      ? missingBandMessage(factorName, value, lowest, floor)
      : `${factorName}: ${describeValue(value)} is below the lowest level (${lowest}); use an amount of at least ${lowest}.`;
  const matcher: LevelMatcher = {
    match(value) {
      if (typeof value === 'number') return unitProblem === null ? fromAmount(value) : INVALID;
      if (value === null || value === undefined || isBlank(value)) return BLANK;
      if (unitProblem !== null) return typeof value === 'string' && isPlaceholder(value) ? BLANK : INVALID;
      if (typeof value === 'string') {
        let index = cache.get(value);
        if (index === undefined) {
          index = readText(value);
          if (cache.size < 10_000) cache.set(value, index);
        }
        return index;
      }
      return INVALID;
    },
    explain(value) {
      if (unitProblem !== null) return unitProblem;
      const error = errorValueOf(value);
      if (error) return errorValueMessage(factorName, error);
      if (typeof value === 'string') return explainText(value);
      if (typeof value === 'number' && value - value === 0) {
        return belowLowest(value, asShown(value * scale * headerPerYear));
      }
      const what = isDate(value) ? 'a date' : describeValue(value);
      return `${factorName}: ${what} is not an amount; use ${amountHint(mark())}.`;
    },
  };
  if (perYearFactor) matcher.note = noteOf;
  return matcher;
}

// A level a built-in factor knows but the weights table lacks (someone deleted the `Reach | High` row) is a
// fault of the table, not of the product: the row's message says which row the table is missing, instead of
// telling the user their value is not accepted.

/** Builds a matcher over given labels and aliases (categoryMatcher, passed in so tests can give their own). */
type MatcherOf = (labels: readonly string[], aliases?: Readonly<Record<string, string>>) => LevelMatcher;

/**
 * For a built-in category factor whose table lacks some of its canonical levels: the missing level a value
 * means ("5" and "hi" mean High), or null. Null for custom factors and for tables that have every level.
 */
export function missingCategoryLevel(
  factorName: string,
  labels: readonly string[],
  matcherOf: MatcherOf,
): ((value: unknown) => string | null) | null {
  const builtIn = builtInFactor(factorName);
  if (builtIn?.kind !== 'category') return null;
  const have = new Set(labels.map(normalizeKey));
  const missing = builtIn.levels.filter((level) => !have.has(normalizeKey(level)));
  if (missing.length === 0) return null;
  let full: LevelMatcher | null = null;
  return (value) => {
    full ??= matcherOf(builtIn.levels, builtIn.aliases);
    const level = builtIn.levels[full.match(value)];
    return level !== undefined && missing.includes(level) ? level : null;
  };
}

/** The lowest bound a built-in numeric factor has (Price: 0), or null for a factor of the user's own. */
export function builtInLowestBound(factorName: string): number | null {
  const builtIn = builtInFactor(factorName);
  if (builtIn?.kind !== 'numeric') return null;
  return Math.min(...builtIn.levels.map(Number));
}

/** `Reach: "High" is missing from the weights table; add a Reach | High row.` */
export function missingLevelMessage(factorName: string, value: unknown, level: string): string {
  const said =
    typeof value === 'string' && normalizeKey(value) === normalizeKey(level)
      ? `"${level}" is`
      : `${describeValue(value)} means ${level}, which is`;
  return `${factorName}: ${said} missing from the weights table; add a ${factorName} | ${level} row.`;
}

/** `Price: 20 is below the weights table's lowest Price level (50); add a Price | 0 row.` */
export function missingBandMessage(
  factorName: string,
  value: unknown,
  lowest: number,
  floor: number,
): string {
  return `${factorName}: ${describeValue(value)} is below the weights table's lowest ${factorName} level (${lowest}); add a ${factorName} | ${floor} row.`;
}
