// Finds the product table on a sheet from values already read: the header row (the first of the top rows
// naming at least HEADER_MIN_MATCHES known columns, by the engine's countKnownHeaders), the run of
// non-blank header cells around it, and the last row with content. Pure: the caller does the one read.
import {
  countKnownHeaders,
  HEADER_MIN_MATCHES,
  isBlank,
  isUnstartedRow,
  OUTPUT_HEADERS,
  type Scorer,
} from '../../engine';
import { isErrorValue } from './cells';

/** Only the top of a sheet is searched for the header: a title row or two above it is common. */
export const HEADER_SCAN_ROWS = 10;
/** The columns bulk scoring writes beside the table: the engine's 'all' output. */
export const OUTPUT_COLUMNS: readonly string[] = OUTPUT_HEADERS.all;
export const OUTPUT_WIDTH = OUTPUT_COLUMNS.length;

export interface ProductTable {
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based, inclusive. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /**
   * Last row with content in the table's columns (unchecked checkboxes alone are no content); equals
   * headerRow when the table has no rows yet.
   */
  readonly lastRow: number;
  readonly headers: readonly unknown[];
}

/**
 * A header cell DistModel's own output starts with, or an error a formula shows there (a DISTMODEL spill
 * blocked by a typed cell shows #REF!; no product column is headed by an error): the table ends before it.
 */
function startsOutput(cell: unknown): boolean {
  return cell === OUTPUT_COLUMNS[0] || isErrorValue(cell);
}

function findHeaderRow(scorer: Scorer, top: readonly (readonly unknown[])[]): number {
  const limit = Math.min(top.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    if (countKnownHeaders(scorer, top[r] as readonly unknown[]) >= HEADER_MIN_MATCHES) return r;
  }
  return -1;
}

/**
 * The run of non-blank header cells around the first known header, as 0-based inclusive columns; it ends
 * before `outputAt` (0-based first output column), whatever that column's header shows.
 */
function headerSpan(scorer: Scorer, header: readonly unknown[], outputAt: number): [number, number] {
  const known = header.findIndex((cell) => countKnownHeaders(scorer, [cell]) > 0);
  const inTable = (c: number) =>
    c >= 0 && c < header.length && c !== outputAt && !isBlank(header[c]) && !startsOutput(header[c]);
  let first = known;
  while (inTable(first - 1)) first--;
  let last = known;
  while (inTable(last + 1)) last++;
  return [first, last];
}

/**
 * `values` is a sheet's getDataRange().getValues(): row 0 is sheet row 1, column 0 is column A.
 * `outputColumn` (1-based), when known, is where DistModel's output starts: the table ends before it.
 */
export function findProductTable(
  scorer: Scorer,
  values: readonly (readonly unknown[])[],
  outputColumn: number | null = null,
): ProductTable | null {
  const h = findHeaderRow(scorer, values);
  if (h < 0) return null;
  const header = values[h] as readonly unknown[];
  const [first, last] = headerSpan(scorer, header, outputColumn === null ? -1 : outputColumn - 1);
  // The last row someone started: rows below it holding only unchecked checkboxes are no products.
  let lastRow = h;
  for (let r = values.length - 1; r > h && lastRow === h; r--) {
    const cells = (values[r] as readonly unknown[]).slice(first, last + 1);
    if (!cells.every(isBlank) && !isUnstartedRow(cells)) lastRow = r;
  }
  return {
    headerRow: h + 1,
    firstColumn: first + 1,
    lastColumn: last + 1,
    lastRow: lastRow + 1,
    headers: header.slice(first, last + 1),
  };
}

/** Table cells of sheet rows [fromRow, toRow] (1-based, inclusive), sliced to the table's columns. */
export function tableRows(
  values: readonly (readonly unknown[])[],
  table: ProductTable,
  fromRow: number,
  toRow: number,
): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const row = values[r - 1] ?? [];
    rows.push(row.slice(table.firstColumn - 1, table.lastColumn));
  }
  return rows;
}
