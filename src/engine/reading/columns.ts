// Finds which column of a products block holds which factor: by header (names, the user's own header
// mappings from the weights table, synonyms; case-, space- and word-order-insensitive, any order), or by
// the fixed order of a row given without a header.

import { normalizeHeader, normalizeKey } from '../basics/text';
import { BUILT_IN_FACTORS, HEADERLESS_ORDER, PRODUCT_COLUMN } from '../model/factors';
import type { Scorer } from '../scoring/scorer';
import { headerWordsKey } from './header-words';
import { withoutPeriod } from './period';

/** Headers a row must name (factors or the Product column) to be taken as a header row. */
export const HEADER_MIN_MATCHES = 2;

const PRODUCT_NAMES = [PRODUCT_COLUMN.name, ...PRODUCT_COLUMN.synonyms];
const PRODUCT_KEYS = new Set(PRODUCT_NAMES.map(normalizeKey));
const PRODUCT_WORDS = new Set(PRODUCT_NAMES.map(headerWordsKey));

/** Every header DistModel knows whatever the weights: a column a table weighs 0 is still a column name. */
const BUILT_IN_KEYS = new Set(BUILT_IN_FACTORS.flatMap((f) => [f.name, ...f.synonyms]).map(normalizeKey));
const BUILT_IN_WORDS = new Set(BUILT_IN_FACTORS.flatMap((f) => [f.name, ...f.synonyms]).map(headerWordsKey));

/** How a column was recognised: its factor's name, the user's mapping, a synonym, or the same words. */
export type ColumnMatch = 'name' | 'mapped' | 'synonym' | 'words';

export interface ColumnMap {
  /** Column index of each compiled factor, -1 when the block has no such column. */
  readonly factorColumn: Int32Array;
  /** Column of the product name, -1 if none. */
  readonly productColumn: number;
  /** Per compiled factor, how its column was found; null when it was not (or the block has no header). */
  readonly matchedBy?: readonly (ColumnMatch | null)[];
}

function keyOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeKey(cell) : '';
}

// A period after the name ("Price / month", "Price €/mo") is the column's unit, not part of its name.
function headerKeyOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeHeader(withoutPeriod(cell)) : '';
}

function wordsOf(cell: unknown): string {
  return typeof cell === 'string' ? headerWordsKey(withoutPeriod(cell)) : '';
}

/**
 * The product-table headers the weights table maps to each compiled factor (its optional "Product column"
 * column), normalized; empty lists when it maps none.
 */
export function mappedHeaderKeys(scorer: Scorer): string[][] {
  return scorer.factors.map((factor) => {
    const table = scorer.table.factors.find((t) => t.name === factor.name);
    return (table?.columns ?? []).map(normalizeKey).filter((k) => k !== '');
  });
}

/**
 * Maps header cells to factors, each column used once, in rounds: a header the weights table maps to a
 * factor (the user's explicit word wins); a header that is exactly a factor's name (so a user's own
 * "Price (EUR)" factor keeps its column); synonyms and headers with a bracketed unit; last, headers with the same words in another order.
 */
export function mapHeader(scorer: Scorer, header: readonly unknown[]): ColumnMap {
  const exact = header.map(keyOf);
  const loose = header.map(headerKeyOf);
  const words = header.map(wordsOf);
  const factorColumn = new Int32Array(scorer.factors.length).fill(-1);
  const matchedBy: (ColumnMatch | null)[] = scorer.factors.map(() => null);
  const used = new Set<number>();
  const claim = (f: number, key: string, keys: readonly string[], how: ColumnMatch) => {
    if ((factorColumn[f] as number) >= 0 || key === '') return;
    const c = keys.findIndex((k, i) => k === key && !used.has(i));
    if (c >= 0) {
      factorColumn[f] = c;
      matchedBy[f] = how;
      used.add(c);
    }
  };
  // The user's explicit mapping first: "Cost" mapped to Price wins over a (perhaps blank) column named Price.
  const mapped = mappedHeaderKeys(scorer);
  mapped.forEach((keys, f) => {
    for (const key of keys) {
      claim(f, key, exact, 'mapped');
      claim(f, key, loose, 'mapped');
    }
  });
  scorer.factors.forEach((factor, f) => {
    claim(f, factor.headerKeys[0] as string, exact, 'name');
  });
  scorer.factors.forEach((factor, f) => {
    for (const key of factor.headerKeys) {
      claim(f, key, exact, 'synonym');
      claim(f, key, loose, 'synonym');
    }
  });
  scorer.factors.forEach((_factor, f) => {
    for (const name of factorNames(scorer, f)) claim(f, headerWordsKey(name), words, 'words');
  });
  let productColumn = loose.findIndex((k, i) => PRODUCT_KEYS.has(k) && !used.has(i));
  if (productColumn < 0) productColumn = words.findIndex((k, i) => PRODUCT_WORDS.has(k) && !used.has(i));
  return { factorColumn, productColumn, matchedBy };
}

/** A compiled factor's name and, for a built-in one, its synonyms, as written. */
export function factorNames(scorer: Scorer, f: number): readonly string[] {
  const factor = scorer.factors[f];
  if (!factor) return [];
  const builtIn = BUILT_IN_FACTORS.find((b) => normalizeKey(b.name) === normalizeKey(factor.name));
  return builtIn ? [factor.name, ...builtIn.synonyms] : [factor.name];
}

/** How many cells of a row name a column DistModel knows. */
export function countKnownHeaders(scorer: Scorer, row: readonly unknown[]): number {
  const known = new Set<string>([...PRODUCT_KEYS, ...BUILT_IN_KEYS]);
  for (const factor of scorer.factors) for (const key of factor.headerKeys) known.add(key);
  for (const factor of scorer.table.factors) known.add(normalizeKey(factor.name));
  for (const keys of mappedHeaderKeys(scorer)) for (const key of keys) known.add(key);
  const knownWords = new Set<string>([...PRODUCT_WORDS, ...BUILT_IN_WORDS]);
  for (const factor of scorer.table.factors) knownWords.add(headerWordsKey(factor.name));
  let count = 0;
  for (const cell of row) {
    if (known.has(keyOf(cell)) || known.has(headerKeyOf(cell))) count++;
    else if (wordsOf(cell) !== '' && knownWords.has(wordsOf(cell))) count++;
  }
  return count;
}

/**
 * Columns of a block without a header: the built-in factors in their documented order. A row one cell
 * wider than that starts with the product name, so a whole table row (A:L) can be passed as it is.
 */
export function mapHeaderless(scorer: Scorer, width: number): ColumnMap {
  const offset = width > HEADERLESS_ORDER.length ? 1 : 0;
  const order = HEADERLESS_ORDER.map(normalizeKey);
  const factorColumn = new Int32Array(scorer.factors.length).fill(-1);
  scorer.factors.forEach((factor, f) => {
    const i = order.indexOf(factor.headerKeys[0] as string);
    if (i >= 0) factorColumn[f] = i + offset;
  });
  return { factorColumn, productColumn: offset === 1 ? 0 : -1 };
}
