// The sample workbook the workbench opens on: the 28 calibration products (workbench/samples/
// calibration-products.csv, without its "Expected model" column), a DISTMODEL column spilling beside them,
// and the Balanced weights table in the sheet and named range the add-on's sidebar manages, so a weight
// changed by hand or in the sidebar recalculates the column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { presetTable, weightsTableToGrid } from '../../src/engine';
import { columnLetters } from '../../src/shared/a1';
import { WEIGHTS_RANGE_NAME, WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { type CsvCell, csvToValues } from './csv';

export const SAMPLE_CSV = path.resolve(import.meta.dirname, '..', 'samples', 'calibration-products.csv');
const PRODUCTS_SHEET = 'Products';
const EXPECTED_COLUMN = 'Expected model';

export interface SampleWorkbook {
  readonly sheets: Record<string, unknown[][]>;
  readonly namedRanges: { readonly name: string; readonly sheet: string; readonly a1: string }[];
  readonly activeSheet: string;
  readonly selection: string;
}

export interface SampleProducts {
  /** The product table as the workbench loads it: header first, without the "Expected model" column. */
  readonly table: CsvCell[][];
  /** Each product's "Expected model" (what the calibration says DISTMODEL must answer), row by row. */
  readonly expected: string[];
}

export function sampleProducts(csvPath: string = SAMPLE_CSV): SampleProducts {
  const rows = csvToValues(readFileSync(csvPath, 'utf8'), 'en_US');
  const at = (rows[0] ?? []).indexOf(EXPECTED_COLUMN);
  if (at < 0) return { table: rows, expected: [] };
  return {
    table: rows.map((r) => r.filter((_, i) => i !== at)),
    expected: rows.slice(1).map((r) => String(r[at] ?? '')),
  };
}

export function sampleWorkbook(csvPath: string = SAMPLE_CSV): SampleWorkbook {
  const products = sampleProducts(csvPath).table;
  const width = products[0]?.length ?? 0;
  const weights = weightsTableToGrid(presetTable('Balanced'));
  // Whole columns, as the add-on sets it: rows added below the table count.
  const weightsA1 = `A:${columnLetters(weights[0]?.length ?? 1)}`;
  // An open range (A1:L) as Sheets users write it: a product typed in the next row is scored at once.
  const productsA1 = `A1:${columnLetters(width)}`;
  // The formula sits in the first row right of the table; its result starts with its own header row.
  // Every row gets the extra column (empty below the formula, where the result spills): a rectangle.
  const formula = `=DISTMODEL(${productsA1}, ${WEIGHTS_RANGE_NAME})`;
  const withFormula = products.map((r, i) => [...r, i === 0 ? formula : '']);
  return {
    sheets: { [PRODUCTS_SHEET]: withFormula, [WEIGHTS_SHEET_NAME]: weights },
    namedRanges: [{ name: WEIGHTS_RANGE_NAME, sheet: WEIGHTS_SHEET_NAME, a1: weightsA1 }],
    activeSheet: PRODUCTS_SHEET,
    selection: 'A2',
  };
}
