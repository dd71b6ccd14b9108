// Turns one cell into a level index of a factor, or into a message saying what is accepted.
// Each factor keeps a small cache from cell text to level: a column of 100,000 products holds a handful
// of distinct values, so normalising each value once is what makes block scoring fast.
import {
  builtInLowestBound,
  missingBandMessage,
  missingCategoryLevel,
  missingLevelMessage,
} from './missing-level';
import { AMOUNT_HINT, parseAmount } from './price';
import { describeValue, isBlank, isDate, listChoices, normalizeKey } from './text';
import { vocabularyOf } from './vocabularies';

/** What a cell resolves to: a level index (>= 0), BLANK, or INVALID. */
export const BLANK = -1;
export const INVALID = -2;

export interface LevelMatcher {
  /** Level index, BLANK or INVALID. */
  match(value: unknown): number;
  /** The message for a value match() called INVALID: names the column, the value and what is accepted. */
  explain(value: unknown): string;
}

const NUMERIC_TEXT = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

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
 * Yes/No or Low/Medium/High, what that vocabulary also accepts (checkboxes, 1 to 5 ratings).
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
  const fromRating = (n: number): number =>
    rating && Number.isInteger(n) && n >= 1 && n <= 5 ? level(rating(n)) : INVALID;
  // "3" typed in a text-formatted cell, or imported from a CSV, is the number the message offers.
  const fromNumericText = (text: string): number =>
    NUMERIC_TEXT.test(text) ? fromRating(Number(text)) : INVALID;
  const cache = new Map<string, number>();
  const fromText = (text: string): number => {
    let index = cache.get(text);
    if (index === undefined) {
      index = text.trim() === '' ? BLANK : (byKey.get(normalizeKey(text)) ?? fromNumericText(text));
      if (cache.size < 10_000) cache.set(text, index);
    }
    return index;
  };
  const accepted = rating ? [...labels, 'a number from 1 to 5'] : labels;
  const hint = vocabulary?.checkbox ? ' (a checkbox works too)' : '';
  // Issue 8: a built-in level the table lacks is the table's fault (missing-level.ts).
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
      const lacking = missingLevel?.(value);
      if (lacking) return missingLevelMessage(factorName, value, lacking);
      return `${factorName}: ${describeValue(value)} is not accepted; use ${listChoices(accepted)}${hint}.`;
    },
  };
}

/** Levels of a numeric factor: each level is a lower bound, a value takes the largest bound not above it. */
export function numericMatcher(factorName: string, bounds: readonly number[]): LevelMatcher {
  // Bounds sorted ascending with their level indexes, so a value scans from the top.
  const order = bounds.map((bound, index) => ({ bound, index })).sort((a, b) => a.bound - b.bound);
  const sortedBounds = order.map((o) => o.bound);
  const sortedIndex = order.map((o) => o.index);
  const lowest = sortedBounds[0] ?? 0;
  const fromAmount = (amount: number): number => {
    // `amount - amount !== 0` is Number.isFinite without a global lookup (slow in Apps Script's sandbox).
    if (amount - amount !== 0 || amount < lowest) return INVALID;
    for (let i = sortedBounds.length - 1; i >= 0; i--) {
      if (amount >= (sortedBounds[i] as number)) return sortedIndex[i] as number;
    }
    return INVALID;
  };
  const cache = new Map<string, number>();
  return {
    match(value) {
      if (typeof value === 'number') return fromAmount(value);
      if (typeof value === 'string') {
        if (isBlank(value)) return BLANK;
        let index = cache.get(value);
        if (index === undefined) {
          index = fromAmount(parseAmount(value));
          if (cache.size < 10_000) cache.set(value, index);
        }
        return index;
      }
      if (value === null || value === undefined) return BLANK;
      return INVALID;
    },
    explain(value) {
      const amount = typeof value === 'number' || typeof value === 'string' ? parseAmount(value) : Number.NaN;
      const floor = builtInLowestBound(factorName);
      if (Number.isFinite(amount) && floor !== null && amount >= floor && amount < lowest) {
        return missingBandMessage(factorName, value, lowest, floor);
      }
      if (Number.isFinite(amount) && amount < lowest) {
        return `${factorName}: ${describeValue(value)} is below the lowest level (${lowest}); use an amount of at least ${lowest}.`;
      }
      const what = isDate(value) ? 'a date' : describeValue(value);
      return `${factorName}: ${what} is not an amount; use ${AMOUNT_HINT}.`;
    },
  };
}
