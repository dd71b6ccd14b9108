// The row under the user's cursor, for the sidebar's live preview: its table's header, its values as
// plain cells and the product's name. A few small reads: the top rows (for the header) and the row itself.
import { mapHeader, type Scorer } from '../engine';
import type { ActiveRow } from '../shared/sidebar-contract';
import { findProductTable, HEADER_SCAN_ROWS, readingOf, toPlainCell, toPlainRow } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `scorer` names the columns to look for: the stored weights', so a table of custom factors is found. */
export function readActiveRow(ss: Spreadsheet, scorer: Scorer): ActiveRow | null {
  const sheet = ss.getActiveSheet();
  const cell = sheet.getActiveCell();
  if (!cell) return null;
  const row = cell.getRow();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1 || row > lastRow) return null;
  const top = sheet.getRange(1, 1, Math.min(HEADER_SCAN_ROWS, lastRow), lastColumn).getValues();
  const table = findProductTable(scorer, top);
  if (!table || row <= table.headerRow) return null;
  const rowValues = row <= top.length ? top[row - 1] : sheet.getRange(row, 1, 1, lastColumn).getValues()[0];
  const values = toPlainRow((rowValues ?? []).slice(table.firstColumn - 1, table.lastColumn));
  const headers = toPlainRow(table.headers);
  const productColumn = mapHeader(scorer, headers).productColumn;
  const name = productColumn >= 0 ? toPlainCell(values[productColumn]) : null;
  return {
    sheetName: sheet.getName(),
    row,
    headers,
    values,
    product: name === null ? '' : String(name),
    locale: readingOf(ss).locale ?? null,
  };
}
