// Finds which column of a products block holds which factor: by header (names and synonyms, case- and
// space-insensitive, any order), or by the fixed order of a row given without a header.
import { BUILT_IN_FACTORS, HEADERLESS_ORDER, PRODUCT_COLUMN } from './factors';
import type { Scorer } from './scorer';
import { normalizeHeader, normalizeKey } from './text';

/** Headers a row must name (factors or the Product column) to be taken as a header row. */
export const HEADER_MIN_MATCHES = 2;

const PRODUCT_KEYS = new Set([PRODUCT_COLUMN.name, ...PRODUCT_COLUMN.synonyms].map(normalizeKey));

/** Every header DistModel knows whatever the weights: a column a table weighs 0 is still a column name. */
const BUILT_IN_KEYS = new Set(BUILT_IN_FACTORS.flatMap((f) => [f.name, ...f.synonyms]).map(normalizeKey));

export interface ColumnMap {
  /** Column index of each compiled factor, -1 when the block has no such column. */
  readonly factorColumn: Int32Array;
  /** Column of the product name, -1 if none. */
  readonly productColumn: number;
}

function keyOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeKey(cell) : '';
}

function headerKeyOf(cell: unknown): string {
  return typeof cell === 'string' ? normalizeHeader(cell) : '';
}

/**
 * Maps header cells to factors, each column used once: first a header that is exactly a factor's name (so a
 * user's own "Price (EUR)" factor keeps its column), then synonyms and headers with a bracketed unit.
 */
export function mapHeader(scorer: Scorer, header: readonly unknown[]): ColumnMap {
  const exact = header.map(keyOf);
  const loose = header.map(headerKeyOf);
  const factorColumn = new Int32Array(scorer.factors.length).fill(-1);
  const used = new Set<number>();
  const claim = (f: number, key: string, keys: readonly string[]) => {
    const c = keys.findIndex((k, i) => k !== '' && k === key && !used.has(i));
    if (c >= 0) {
      factorColumn[f] = c;
      used.add(c);
    }
  };
  scorer.factors.forEach((factor, f) => {
    claim(f, factor.headerKeys[0] as string, exact);
  });
  scorer.factors.forEach((factor, f) => {
    for (const key of factor.headerKeys) {
      if ((factorColumn[f] as number) < 0) claim(f, key, exact);
      if ((factorColumn[f] as number) < 0) claim(f, key, loose);
    }
  });
  const productColumn = loose.findIndex((k, i) => PRODUCT_KEYS.has(k) && !used.has(i));
  return { factorColumn, productColumn };
}

/** How many cells of a row name a column DistModel knows. */
export function countKnownHeaders(scorer: Scorer, row: readonly unknown[]): number {
  const known = new Set<string>([...PRODUCT_KEYS, ...BUILT_IN_KEYS]);
  for (const factor of scorer.factors) for (const key of factor.headerKeys) known.add(key);
  for (const factor of scorer.table.factors) known.add(normalizeKey(factor.name));
  let count = 0;
  for (const cell of row) if (known.has(keyOf(cell)) || known.has(headerKeyOf(cell))) count++;
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
