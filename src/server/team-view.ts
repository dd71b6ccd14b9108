// The sidebar's Team view: the active sheet's ratings block (Product, Rater and factor columns) read once,
// with the shared weights and the spreadsheet's locale; the product of the row under the cursor side by
// side, and the portfolio. The rules are the engine's (teamView); this only finds the block.
import { raterColumnOf, teamView } from '../engine';
import type { TeamView } from '../shared/sidebar-contract';
import { findProductTable, readingOf, tableRows } from './sheets';
import { storedScorer } from './weights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Team view of the active sheet, or why there is none. */
export function readTeamView(ss: Spreadsheet): TeamView {
  const sheet = ss.getActiveSheet();
  const scorer = storedScorer(ss);
  const values = sheet.getDataRange().getValues();
  const table = findProductTable(scorer, values);
  if (!table || raterColumnOf(table.headers) < 0) {
    return {
      status: 'none',
      message: `"${sheet.getName()}" has no ratings (a header with Product, Rater and factor columns). Use Extensions > DistModel > Set up ratings, or open your ratings sheet.`,
    };
  }
  const grid = [table.headers, ...tableRows(values, table, table.headerRow + 1, table.lastRow)];
  const activeRow = sheet.getActiveCell()?.getRow() ?? 0;
  const data = teamView(scorer, grid, activeRow - table.headerRow, readingOf(ss));
  return { status: 'ok', sheetName: sheet.getName(), ...data };
}
