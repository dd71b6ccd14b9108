// DISTMODEL_FIT's inputs read and checked: the products block (read exactly as DISTMODEL reads it, by the
// starting table's columns, custom factors included) and the column of models the team already uses for
// each of them. Only rows with a known model take part. A portfolio as teams keep it has rows the fit must
// not learn from (a "TBD" model, a word that is no model, a cell that cannot be read): each such row is left
// out and counted, never a reason to refuse the whole fit. Only a block that cannot be read at all (no
// header, a models range of another shape) is a CallError.
import { CallError } from '../basics/call-error';
import { describeValue, isBlank } from '../basics/text';
import { modelIndexOf } from '../model/model-labels';
import { MODEL_COUNT } from '../model/models';
import { countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from '../reading/columns';
import { errorValueOf, isPlaceholder } from '../reading/placeholders';
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
  /** Data row (0-based, below the header) of each known product, for naming it back to the user. */
  readonly sourceRows: Int32Array;
  /** Each known product's name as its Product cell shows it ('' without one). */
  readonly names: readonly string[];
  /** Rows that name something in the models column but were left out, in row order. */
  readonly skipped: readonly SkippedRow[];
  /** How the block's rows are named in messages. */
  readonly rowNames: RowNames;
}

/** Why a row with something in its models cell was left out of the fit. */
export type SkipReason = 'not-a-model' | 'unreadable' | 'no-factors';

export interface SkippedRow {
  /** Data row, 0-based below the header. */
  readonly row: number;
  readonly reason: SkipReason;
  /** A short sentence naming the row and what is wrong. */
  readonly message: string;
}

export { modelIndexOf };

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

/** A models cell that says "not known": blank, a placeholder ("TBD", "N/A", "-") or an error value ("#N/A"). */
function isUnknownModel(cell: unknown): boolean {
  if (isBlank(cell)) return true;
  return typeof cell === 'string' && (isPlaceholder(cell) || errorValueOf(cell) !== null);
}

/**
 * Reads the products block (its first row must be its header) and the models column aligned with its data
 * rows (or with a header cell of its own on top), as DISTMODEL reads a block with `reading`. Rows whose
 * model is not known (blank, "TBD", "#N/A") are left out silently; rows naming no model, or whose cells
 * cannot be read, are left out and listed in `skipped`.
 * @throws CallError when the block has no header row, or `models` is not one column aligned with it.
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
  const sourceRows: number[] = [];
  const names: string[] = [];
  const skipped: SkippedRow[] = [];
  known.forEach((cell, r) => {
    if (isUnknownModel(cell)) return;
    const row = dataRows[r] as unknown[];
    const m = modelIndexOf(cell);
    if (m < 0) {
      const message = `${rowNames.model(r)}: ${describeValue(cell)} is not a distribution model`;
      skipped.push({ row: r, reason: 'not-a-model', message });
      return;
    }
    scoreInto(reader, ws, row, factorColumn);
    if (ws.status !== 'scored') {
      const label = productLabel(row, productColumn, rowNames.product(r));
      const invalid = ws.status === 'invalid';
      const message = invalid
        ? `${label}: ${ws.messages[0] ?? 'cannot be read'}`
        : `${label}: no factor values`;
      skipped.push({ row: r, reason: invalid ? 'unreadable' : 'no-factors', message });
      return;
    }
    rows.push(row);
    modelList.push(m);
    sourceRows.push(r);
    const name = productColumn >= 0 ? row[productColumn] : '';
    names.push(isBlank(name) ? '' : String(name).slice(0, 80));
    for (let f = 0; f < factorCount; f++) levelList.push(ws.levelOf[f] as number);
  });
  return {
    scorer,
    readAs,
    rows,
    columns: factorColumn,
    models: Int32Array.from(modelList),
    levels: Int32Array.from(levelList),
    sourceRows: Int32Array.from(sourceRows),
    names,
    skipped,
    rowNames,
  };
}

/** Known products per model, in model order. */
export function countPerModel(models: Int32Array): number[] {
  const counts = new Array<number>(MODEL_COUNT).fill(0);
  for (const m of models) counts[m] = (counts[m] as number) + 1;
  return counts;
}
