// Mapping a product-table header to a factor without renaming the column: the weights table's optional
// "Product column" column lists, on a factor's first row, the headers that hold it. The mapping lives in
// the weights table because every DISTMODEL formula reads that table as its `weights` range: a change
// recalculates them all, as a weight change does (custom functions recalculate only when an argument
// changes), and the sidebar, the bulk scoring and the formulas read one and the same mapping.
import { normalizeKey } from '../basics/text';
import {
  findHeaderRow,
  findTableColumns,
  PRODUCT_COLUMN_HEADER,
  splitColumnHeaders,
} from '../model/weights-table';

type Cell = string | number | boolean | null;

/** The grid's rows padded to one width, copied. */
function padded(grid: readonly (readonly Cell[])[], width: number): Cell[][] {
  return grid.map((row) => Array.from({ length: Math.max(width, row.length) }, (_, c) => row[c] ?? ''));
}

/**
 * A weights grid (rows x columns, header row first) in which `header` is read as `factor`, or as nothing of
 * the table's when `factor` is null: the header is taken out of every factor's "Product column" cell and
 * added to the factor's first row, the column created at the right when the table has none. The grid given
 * is not changed. Throws an Error when the grid has no header row or `factor` is not in it.
 */
export function mapColumnInGrid(
  grid: readonly (readonly Cell[])[],
  header: string,
  factor: string | null,
): Cell[][] {
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0) throw new Error('The weights table has no header row.');
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  let columns = findTableColumns(grid[headerRow] as Cell[]);
  const out = padded(grid, columns.productColumn >= 0 ? width : width + 1);
  if (columns.productColumn < 0) {
    (out[headerRow] as Cell[])[width] = PRODUCT_COLUMN_HEADER;
    columns = findTableColumns(out[headerRow] as Cell[]);
  }
  const col = columns.productColumn;
  const key = normalizeKey(header);
  for (let r = headerRow + 1; r < out.length; r++) {
    const row = out[r] as Cell[];
    const kept = splitColumnHeaders(row[col]).filter((h) => normalizeKey(h) !== key);
    if (splitColumnHeaders(row[col]).length !== kept.length) row[col] = kept.join('; ');
  }
  if (factor === null) return out;
  const first = out.findIndex(
    (row, r) => r > headerRow && normalizeKey(String(row[columns.factor] ?? '')) === normalizeKey(factor),
  );
  if (first < 0) throw new Error(`The weights table has no factor "${factor}".`);
  const row = out[first] as Cell[];
  row[col] = [...splitColumnHeaders(row[col]), header.trim()].join('; ');
  return out;
}
