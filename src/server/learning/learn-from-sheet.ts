// "Learn from my products" in the sidebar: the product table on the active sheet, a column of it holding
// the model each product is sold through, and the saved weights table as the start. Reads only: the fitted
// table is saved by saveWeights, with the version read here, so a concurrent save is caught as for any
// weights edit.
import {
  CallError,
  compileWeights,
  fittedGrid,
  learnFrom,
  parseStrength,
  parseWeightsTable,
  readKnownProducts,
  type Scorer,
} from '../../engine';
import type { FitRequest, FitResult, FitSourceResult } from '../../shared/sidebar-contract';
import { findProductTable, type ProductTable, readingOf, tableRows, toPlainGrid } from '../sheets';
import { detectionScorer, readStoredGrid, readWeightsState } from '../weights';
import { fitResult, modelColumns, suggestedColumn, withUserNotes } from './fit-grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NO_TABLE =
  'No product table on this sheet: select a sheet whose header row names the factors (Customer, Price, ...).';

interface SheetTable {
  readonly sheetName: string;
  readonly table: ProductTable;
  /** The table's data rows, sliced to its columns. */
  readonly rows: unknown[][];
}

/** One getValues of the active sheet, and the product table on it as `scorer` reads columns. */
function readSheetTable(ss: Spreadsheet, scorer: Scorer): SheetTable | null {
  const sheet = ss.getActiveSheet();
  const values = sheet.getDataRange().getValues();
  const table = findProductTable(scorer, values);
  if (!table) return null;
  const rows = tableRows(values, table, table.headerRow + 1, table.lastRow);
  return { sheetName: sheet.getName(), table, rows };
}

export function fitSource(ss: Spreadsheet): FitSourceResult {
  const scorer = detectionScorer(readStoredGrid(ss));
  const found = readSheetTable(ss, scorer);
  if (!found) return { status: 'no-table', message: NO_TABLE };
  const columns = modelColumns(scorer, found.table, found.rows);
  return {
    status: 'ok',
    sheetName: found.sheetName,
    rows: found.rows.length,
    columns,
    suggested: suggestedColumn(columns),
  };
}

function problem(message: string): FitResult {
  return { status: 'problem', message };
}

/** Fits the saved table to the products whose model the chosen column names. */
export function fitFromSheet(ss: Spreadsheet, request: unknown): FitResult {
  const { column, strength } = (request ?? {}) as Partial<FitRequest>;
  const state = readWeightsState(ss);
  const parsed = parseWeightsTable(state.grid);
  if (!parsed.ok) {
    return problem('The saved weights table has problems; fix them in Weights before learning from it.');
  }
  const scorer = compileWeights(parsed.table);
  const found = readSheetTable(ss, scorer);
  if (!found) return problem(NO_TABLE);
  const { table, rows, sheetName } = found;
  const index = typeof column === 'number' ? column - table.firstColumn : -1;
  if (!modelColumns(scorer, table, rows).some((c) => c.column === column)) {
    return problem('Choose the column that holds each product\'s model (press "Find columns" again).');
  }
  const header = String(table.headers[index] ?? '');
  const sheetRow = (r: number) => table.headerRow + 1 + r;
  const names = {
    model: (r: number) => `Row ${sheetRow(r)}, column "${header}"`,
    product: (r: number) => `Row ${sheetRow(r)}`,
  };
  try {
    const chosen = parseStrength(strength);
    const models = rows.map((row) => [row[index]]);
    const known = readKnownProducts(scorer, [table.headers, ...rows], models, names, readingOf(ss));
    const result = learnFrom(known, chosen);
    const grid = withUserNotes(toPlainGrid(fittedGrid(result)), toPlainGrid(state.grid));
    return fitResult(result, grid, state.version, sheetRow);
  } catch (err) {
    // The engine names the formula's arguments; here they are the sheet's table and the chosen column.
    if (err instanceof CallError) {
      return problem(`${sheetName}: ${err.message.replace(/^models: /, `column "${header}": `)}`);
    }
    throw err;
  }
}
