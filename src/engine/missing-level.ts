// A level a built-in factor knows but the weights table lacks (someone deleted the `Reach | High` row) is a
// fault of the table, not of the product: the row's message says which row the table is missing, instead of
// telling the user their value is not accepted.
import { builtInFactor } from './factors';
import type { LevelMatcher } from './levels';
import { describeValue, normalizeKey } from './text';

/** Builds a matcher over given labels and aliases (levels.ts's categoryMatcher, passed in to avoid a cycle). */
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
