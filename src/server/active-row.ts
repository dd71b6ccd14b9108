// The row under the user's cursor, for the sidebar's live preview: its table's header, its values as
// plain cells and the product's name. Each spreadsheet call is a round trip inside Google's servers, so the
// reads are few: the top rows down to the cursor in one block (the header is above the cursor's row) when
// the cursor is near the top, else the header rows and the row apart; and when the sidebar's probe already places the table
// (the cursor still on that sheet, below that header), the row alone.
import { mapHeader, type Scorer } from '../engine';
import type { ActiveRow, PlainCell, RowProbe } from '../shared/sidebar-contract';
import { findProductTable, HEADER_SCAN_ROWS, toPlainCell, toPlainRow } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Up to this row, the header rows and the cursor's row are read as one block (one call instead of two). */
const ONE_BLOCK_ROWS = 100;

/** What reading a row may need besides the sheet, asked for only when needed. */
export interface RowContext {
  /** Scorers naming the columns to look for, tried in order until one finds the table and its product column. */
  readonly scorers: readonly (() => Scorer)[];
  /** The spreadsheet's locale, read only when the probe does not carry it. */
  readonly locale: () => string | null;
}

function isBlankCell(cell: PlainCell): boolean {
  return cell === null || cell === '';
}

function activeRowOf(
  place: Omit<ActiveRow, 'values' | 'product'>,
  cells: readonly unknown[],
): ActiveRow | null {
  const values = toPlainRow(cells);
  // A blank row (below the table, or one not started) is no product to preview.
  if (values.every(isBlankCell)) return null;
  const name = place.productColumn >= 0 ? toPlainCell(values[place.productColumn]) : null;
  return { ...place, values, product: name === null ? '' : String(name) };
}

/** The cursor moved within the table the sidebar shows: only the row is read (one call). */
function rowInShownTable(
  sheet: Sheet,
  shown: ActiveRow,
  row: number,
  locale: string | null,
): ActiveRow | null {
  const [cells = []] = sheet.getSheetValues(row, shown.firstColumn, 1, shown.headers.length);
  return activeRowOf({ ...shown, row, locale }, cells);
}

/**
 * The active row of `sheet`, or null (no product table above the cursor, the header row, a blank row).
 * `probe` is what the sidebar already shows (contract: RowProbe). Calls: 5 with a placing probe; else 6, or 7 below row 100.
 */
export function readActiveRow(sheet: Sheet, probe: RowProbe | null, context: RowContext): ActiveRow | null {
  const sheetName = sheet.getName();
  const row = sheet.getActiveCell().getRow();
  const shown = probe?.shown ?? null;
  const locale = () => (probe?.locale !== undefined ? probe.locale : context.locale());
  if (shown && shown.sheetName === sheetName && row > shown.headerRow)
    return rowInShownTable(sheet, shown, row, locale());
  const lastColumn = sheet.getLastColumn();
  if (row < 2 || lastColumn < 1) return null;
  // One block from row 1 down to the cursor when it is near the top; else the header rows and the row apart.
  const top = sheet.getSheetValues(1, 1, row <= ONE_BLOCK_ROWS ? row : HEADER_SCAN_ROWS, lastColumn);
  for (const scorerOf of context.scorers) {
    const scorer = scorerOf();
    const table = findProductTable(scorer, top);
    if (!table || row <= table.headerRow) continue;
    const headers = toPlainRow(table.headers);
    const productColumn = mapHeader(scorer, headers).productColumn;
    if (productColumn < 0 && scorerOf !== context.scorers.at(-1)) continue;
    const cells = row <= top.length ? top[row - 1] : sheet.getSheetValues(row, 1, 1, lastColumn)[0];
    const { headerRow, firstColumn } = table;
    const place = { sheetName, row, headers, locale: locale(), headerRow, firstColumn, productColumn };
    return activeRowOf(place, (cells ?? []).slice(firstColumn - 1, table.lastColumn));
  }
  return null;
}
