// Reads a ratings block: one row per product and rater, a Product column, a Rater column and the factor
// columns, each row read exactly as DISTMODEL reads a product row (the engine's header mapping, locale,
// units, placeholders and level matching). Rows are grouped by product, in order of first appearance.

import { CallError } from '../basics/call-error';
import { rowMessage } from '../basics/row-message';
import { isUnstartedRow } from '../basics/row-state';
import { clipMessage, isBlank, normalizeHeader, shortText } from '../basics/text';
import { type ColumnMap, countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { createWorkspace, scoreInto } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';

/** The column naming who rated a row: whatever the rater typed there is their name. */
export const RATER_COLUMN = { name: 'Rater', synonyms: ['Rated by', 'Rater name', 'Reviewer'] } as const;

const RATER_KEYS = new Set([RATER_COLUMN.name, ...RATER_COLUMN.synonyms].map(normalizeHeader));

/** One rater's scored row for one product. */
export interface RaterRating {
  /** The name as typed (first spelling seen). */
  readonly rater: string;
  /** 1-based row of the ratings block (its header is row 1). */
  readonly row: number;
  /** Level index per compiled factor; -1 for the rater's blank. */
  readonly levelOf: Int32Array;
  /** Exact score per model (points, model order), as DISTMODEL scores the row. */
  readonly scores: Float64Array;
  /** The model (index) the rater's own row gives. */
  readonly best: number;
  /** Summed weight of the factors the rater knows. */
  readonly knownWeight: number;
}

/** A product's ratings: the rows that count (one per rater) and notes on the rows that do not. */
export interface ProductRatings {
  readonly product: string;
  readonly raters: RaterRating[];
  readonly notes: string[];
}

export interface RatingsBlock {
  /** The scorer bound to the block's reading (locale, header units). */
  readonly scorer: Scorer;
  readonly products: readonly ProductRatings[];
  /** Messages for rows that name no product: they cannot be put under one. */
  readonly orphans: readonly string[];
  /** The product a row of the block names, trimmed; null when it names none. */
  productOf(row: readonly unknown[]): string | null;
}

/** The Rater column of a header row, -1 when there is none. */
export function raterColumnOf(header: readonly unknown[]): number {
  return header.findIndex((cell) => typeof cell === 'string' && RATER_KEYS.has(normalizeHeader(cell)));
}

/** The header's columns, or a CallError saying which column the block lacks. */
function columnsOf(scorer: Scorer, header: readonly unknown[]): { columns: ColumnMap; rater: number } {
  if (countKnownHeaders(scorer, header) < HEADER_MIN_MATCHES) {
    throw new CallError(
      'ratings: start the range at its header row: Product, Rater and the factor columns (such as A1:N).',
    );
  }
  const rater = raterColumnOf(header);
  if (rater < 0) {
    throw new CallError(
      'ratings: the header has no Rater column; add one and type each rater\'s name in it (see "Set up ratings").',
    );
  }
  const columns = mapHeader(scorer, header);
  if (columns.productColumn < 0 || columns.productColumn === rater) {
    throw new CallError('ratings: the header has no Product column; add one naming the product of each row.');
  }
  return { columns, rater };
}

const textOf = (cell: unknown): string => (isBlank(cell) ? '' : String(cell).trim());

/**
 * Reads a ratings grid (rows x columns, header row first) into products, each with one scored row per
 * rater. A rater's blank is that rater's unknown. Rows that cannot count are noted under their product
 * (invalid cells, no rater, not rated yet, rated twice: the later row counts) or, without a product, in
 * `orphans`; they never stop other products. Each message quotes a rater's name short (shortText) and stays
 * under MAX_MESSAGE characters.
 * @throws CallError when the grid has no header row, no Rater column or no Product column.
 */
export function readRatings(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  reading: Reading = {},
): RatingsBlock {
  const header = grid[0] ?? [];
  const { columns, rater: raterColumn } = columnsOf(scorer, header);
  const bound = bindReading(scorer, columns, header, reading);
  const ws = createWorkspace(bound);
  const byKey = new Map<string, ProductRatings>();
  const products: ProductRatings[] = [];
  const orphans: string[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    if (isUnstartedRow(row) || row.every(isBlank)) continue;
    const rowNumber = r + 1;
    const product = textOf(row[columns.productColumn]);
    const rater = textOf(row[raterColumn]);
    if (product === '') {
      const whose = rater === '' ? 'its' : `${shortText(rater)}'s`;
      orphans.push(
        `Ratings row ${rowNumber}: no Product, so ${whose} ratings count for no product; fill the Product column.`,
      );
      continue;
    }
    const key = product.toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { product, raters: [], notes: [] };
      byKey.set(key, entry);
      products.push(entry);
    }
    if (rater === '') {
      entry.notes.push(
        `Row ${rowNumber} has no Rater, so it is left out; type who rated it in the Rater column.`,
      );
      continue;
    }
    scoreInto(bound, ws, row, columns.factorColumn);
    if (ws.status === 'invalid') {
      entry.notes.push(
        clipMessage(`${shortText(rater)} (row ${rowNumber}) left out: ${rowMessage(ws.messages)}`),
      );
      continue;
    }
    if (ws.status !== 'scored') {
      entry.notes.push(`${shortText(rater)} has not rated yet (row ${rowNumber}).`);
      continue;
    }
    const rating: RaterRating = {
      rater,
      row: rowNumber,
      levelOf: Int32Array.from(ws.levelOf, (l) => (l < 0 ? -1 : l)),
      scores: Float64Array.from(ws.scores),
      best: ws.best,
      knownWeight: ws.knownWeight,
    };
    const same = entry.raters.findIndex((x) => x.rater.toLowerCase() === rater.toLowerCase());
    if (same < 0) entry.raters.push(rating);
    else {
      const earlier = entry.raters[same] as RaterRating;
      entry.notes.push(
        `${shortText(earlier.rater)} rated it twice (rows ${earlier.row} and ${rowNumber}): row ${rowNumber} counts.`,
      );
      entry.raters[same] = { ...rating, rater: earlier.rater };
    }
  }
  const productOf = (row: readonly unknown[]) => textOf(row[columns.productColumn]) || null;
  return { scorer: bound, products, orphans, productOf };
}
