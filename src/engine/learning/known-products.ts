// DISTMODEL_FIT's inputs read and checked: the products block (read exactly as DISTMODEL reads it, by the
// starting table's columns, custom factors included) and the column of models the team already uses for
// each of them. Only rows with a known model take part; anything that would make the fit learn from a wrong
// reading is a CallError naming the row.
import { CallError } from '../basics/call-error';
import { describeValue, isBlank, listChoices, normalizeKey } from '../basics/text';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES, MODEL_IDS } from '../model/models';
import { countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { createWorkspace, scoreInto } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';

/** Products with a known model: the fit's training data. */
export interface KnownProducts {
  /** The starting table's scorer: the products' columns and levels are read with it. */
  readonly scorer: Scorer;
  /**
   * A scorer with the start's factors (the start, or a table fitted from it) bound to the block's reading
   * (locale, header units), so its rows are read exactly as DISTMODEL reads them.
   */
  readonly readAs: (scorer: Scorer) => Scorer;
  /** The products block's data rows that have a known model, as given (cells in the block's columns). */
  readonly rows: readonly (readonly unknown[])[];
  /** Column of each compiled factor in the block (-1: the block lacks it), as mapHeader gives it. */
  readonly columns: Int32Array;
  /** Known model index (MODEL_IDS order) of each row. */
  readonly models: Int32Array;
  /** Level index of each row's factors (BLANK for a blank one): [row * factors + factor]. */
  readonly levels: Int32Array;
}

const MODEL_BY_KEY = new Map<string, number>();
MODEL_IDS.forEach((id, m) => {
  MODEL_BY_KEY.set(normalizeKey(id), m);
  MODEL_BY_KEY.set(normalizeKey(MODEL_DISPLAY_NAMES[m] as string), m);
});

/** A model display name (or id), case- and space-insensitively, as a model index; -1 when it is none. */
export function modelIndexOf(value: unknown): number {
  return typeof value === 'string' ? (MODEL_BY_KEY.get(normalizeKey(value)) ?? -1) : -1;
}

const MODEL_CHOICES = listChoices([...MODEL_DISPLAY_NAMES]);

function toGrid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return Array.from(value, (row) => (Array.isArray(row) ? row : [row]));
}

/** `models` as one cell per data row: a column, with an optional header cell above the data rows. */
function modelColumn(models: unknown, dataRows: number): unknown[] {
  const grid = toGrid(models);
  if (grid.some((row) => row.length > 1)) {
    throw new CallError('models: give one column (such as M2:M29), one cell per product row.');
  }
  const cells = grid.map((row) => row[0]);
  if (cells.length === dataRows + 1 && modelIndexOf(cells[0]) < 0) return cells.slice(1);
  if (cells.length !== dataRows) {
    throw new CallError(
      `models: ${cells.length} rows, but products has ${dataRows} rows below its header; select the same rows for both (such as A1:L29 and M2:M29).`,
    );
  }
  return cells;
}

/** How messages name data row r (0-based, below the header): in a formula, rows of its two ranges. */
export interface RowNames {
  readonly model: (r: number) => string;
  readonly product: (r: number) => string;
}

const RANGE_ROWS: RowNames = {
  model: (r) => `models row ${r + 1}`,
  product: (r) => `products row ${r + 2}`,
};

function productLabel(row: readonly unknown[], productColumn: number, name: string): string {
  const product = productColumn >= 0 ? row[productColumn] : undefined;
  return `${name}${isBlank(product) ? '' : ` (${describeValue(product)})`}`;
}

/**
 * Reads the products block (its first row must be its header) and the models column aligned with its data
 * rows (or with a header cell of its own on top), as DISTMODEL reads a block with `reading`. Rows whose
 * model is blank are left out.
 * Throws CallError: no header, models not one column or not aligned, an unknown model name (naming the
 * row as `rowNames` says), a product with a known model whose cells cannot be read or are all blank.
 */
export function readKnownProducts(
  scorer: Scorer,
  products: unknown,
  models: unknown,
  rowNames: RowNames = RANGE_ROWS,
  reading: Reading = {},
): KnownProducts {
  const grid = toGrid(products);
  const header = grid[0] ?? [];
  if (countKnownHeaders(scorer, header) < HEADER_MIN_MATCHES) {
    throw new CallError(
      'products: the first row must be the header row (such as Product, Customer, Price, ...), so each column is read as DISTMODEL reads it.',
    );
  }
  const columns = mapHeader(scorer, header);
  const { factorColumn, productColumn } = columns;
  const readAs = (s: Scorer) => bindReading(s, columns, header, reading);
  const reader = readAs(scorer);
  const dataRows = grid.slice(1);
  const known = modelColumn(models, dataRows.length);
  const ws = createWorkspace(reader);
  const factorCount = scorer.factors.length;
  const rows: unknown[][] = [];
  const modelList: number[] = [];
  const levelList: number[] = [];
  known.forEach((cell, r) => {
    if (isBlank(cell)) return;
    const m = modelIndexOf(cell);
    if (m < 0) {
      throw new CallError(
        `${rowNames.model(r)}: ${describeValue(cell)} is not a distribution model; use ${MODEL_CHOICES}, or leave it blank.`,
      );
    }
    const row = dataRows[r] as unknown[];
    scoreInto(reader, ws, row, factorColumn);
    if (ws.status === 'invalid') {
      throw new CallError(
        `${productLabel(row, productColumn, rowNames.product(r))}: ${ws.messages.join(' ')}`,
      );
    }
    if (ws.status !== 'scored') {
      throw new CallError(
        `${productLabel(row, productColumn, rowNames.product(r))}: no factor values; a product with a known model needs its factors filled in (or clear its model).`,
      );
    }
    rows.push(row);
    modelList.push(m);
    for (let f = 0; f < factorCount; f++) levelList.push(ws.levelOf[f] as number);
  });
  return {
    scorer,
    readAs,
    rows,
    columns: factorColumn,
    models: Int32Array.from(modelList),
    levels: Int32Array.from(levelList),
  };
}

/** Known products per model, in model order. */
export function countPerModel(models: Int32Array): number[] {
  const counts = new Array<number>(MODEL_COUNT).fill(0);
  for (const m of models) counts[m] = (counts[m] as number) + 1;
  return counts;
}
