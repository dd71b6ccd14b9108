// "Set up a product sheet": a new sheet with every built-in column, dropdowns for the categorical ones, a
// frozen header, a few example products and a DISTMODEL column reading the shared weights range.
import { BUILT_IN_FACTORS, PRODUCT_COLUMN } from '../engine';
import { columnLetters } from '../shared/a1';
import type { SetupResult } from '../shared/sidebar-contract';
import { freeSheetName } from './sheets';
import { ensureWeightsStore, WEIGHTS_RANGE_NAME } from './weights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PRODUCT_SHEET_NAME = 'Products';

const PRODUCT_HEADERS: readonly string[] = [PRODUCT_COLUMN.name, ...BUILT_IN_FACTORS.map((f) => f.name)];

export type Example = Readonly<Record<string, string | number>>;

/** Four products that land on four different models with the Balanced preset. */
export const EXAMPLES: readonly Example[] = [
  {
    Product: 'Enterprise ERP suite (example)',
    Customer: 'B2B',
    'Product type': 'Software',
    Price: 500000,
    Complexity: 'High',
    'See before buying': 'No',
    Control: 'High',
    Reach: 'Low',
    Market: 'Niche',
    Buyers: 'Few',
    'Local service': 'No',
    'Purchase frequency': 'Rare',
  },
  {
    Product: 'Photo editing app (example)',
    Customer: 'Both',
    'Product type': 'Software',
    Price: 120,
    Complexity: 'Low',
    'See before buying': 'No',
    Control: 'Medium',
    Reach: 'High',
    Market: 'Mass',
    Buyers: 'Many',
    'Local service': 'No',
    'Purchase frequency': 'Occasional',
  },
  {
    Product: 'Farm tractor (example)',
    Customer: 'B2B',
    'Product type': 'Physical',
    Price: 90000,
    Complexity: 'Medium',
    'See before buying': 'Yes',
    Control: 'High',
    Reach: 'Medium',
    Market: 'Niche',
    Buyers: 'Many',
    'Local service': 'Yes',
    'Purchase frequency': 'Rare',
  },
  {
    Product: 'Chocolate bar (example)',
    Customer: 'B2C',
    'Product type': 'Physical',
    Price: 2,
    Complexity: 'Low',
    'See before buying': 'No',
    Control: 'Low',
    Reach: 'High',
    Market: 'Mass',
    Buyers: 'Many',
    'Local service': 'No',
    'Purchase frequency': 'Frequent',
  },
];

function exampleRows(): (string | number)[][] {
  return EXAMPLES.map((example) => PRODUCT_HEADERS.map((h) => example[h] ?? ''));
}

function productSheetFormula(): string {
  return `=DISTMODEL(A1:${columnLetters(PRODUCT_HEADERS.length)}, ${WEIGHTS_RANGE_NAME})`;
}

export function setUpProductSheet(ss: Spreadsheet): SetupResult {
  ensureWeightsStore(ss);
  const name = freeSheetName(ss, PRODUCT_SHEET_NAME);
  const sheet = ss.insertSheet(name);
  const rows = [[...PRODUCT_HEADERS], ...exampleRows()];
  sheet.getRange(1, 1, rows.length, PRODUCT_HEADERS.length).setValues(rows);
  factorDropdowns(sheet, 2);
  sheet.setFrozenRows(1);
  sheet.getRange(1, PRODUCT_HEADERS.length + 1).setFormula(productSheetFormula());
  sheet.activate();
  return { sheetName: name };
}

/**
 * Below the header, from column `first` on, one column per built-in factor in their documented order: a
 * dropdown of its levels for a category factor, a thousands format for a numeric one.
 */
export function factorDropdowns(sheet: GoogleAppsScript.Spreadsheet.Sheet, first: number): void {
  const bodyRows = sheet.getMaxRows() - 1;
  BUILT_IN_FACTORS.forEach((factor, i) => {
    const column = i + first;
    if (factor.kind === 'numeric') {
      sheet.getRange(2, column, bodyRows, 1).setNumberFormat('#,##0');
      return;
    }
    // Invalid entries are allowed (with a warning) because the engine also reads aliases such as "TRUE".
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...factor.levels], true)
      .setAllowInvalid(true)
      .setHelpText(factor.help)
      .build();
    sheet.getRange(2, column, bodyRows, 1).setDataValidation(rule);
  });
}
