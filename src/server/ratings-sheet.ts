// "Set up ratings": a sheet where several people rate the same products, one row per product and rater
// (Product, Rater, then every built-in column with its dropdown), a frozen header, a basic filter on the
// block so each rater can show only their own rows, example ratings by three raters, and a
// DISTMODEL_CONSENSUS formula beside them reading the shared weights.
//
// The filter is the sheet's basic filter (Range.createFilter), the only kind Apps Script's Spreadsheet
// service makes; filter views, which each person keeps to themselves, need the Sheets API and a wider
// scope than spreadsheets.currentonly, so docs/consensus.md tells raters how to save one from it.
import { BUILT_IN_FACTORS, PRODUCT_COLUMN, RATER_COLUMN } from '../engine';
import { columnLetters } from '../shared/a1';
import type { SetupResult } from '../shared/sidebar-contract';
import { EXAMPLES, type Example, factorDropdowns } from './product-sheet';
import { freeSheetName } from './sheets';
import { ensureWeightsStore, WEIGHTS_RANGE_NAME } from './weights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RATINGS_SHEET_NAME = 'Ratings';

const RATINGS_HEADERS: readonly string[] = [
  PRODUCT_COLUMN.name,
  RATER_COLUMN.name,
  ...BUILT_IN_FACTORS.map((f) => f.name),
];

/** A product the example raters see differently enough to change the answer. */
const CALIBRATION: Example = {
  Product: 'Field calibration service (example)',
  'Product type': 'Service',
  Price: 3000,
  'See before buying': 'Yes',
  Control: 'High',
  Reach: 'Medium',
  Market: 'Niche',
  'Local service': 'Yes',
  'Purchase frequency': 'Rare',
};

/**
 * Three raters, two products: a dispute that changes the answer (Finance sees many consumer buyers where
 * Sales and Product see a few businesses) and one that does not.
 */
const EXAMPLE_RATINGS: readonly (readonly [product: Example, rater: string, own: Example])[] = [
  [CALIBRATION, 'Sales (example)', { Customer: 'B2B', Complexity: 'High', Buyers: 'Few' }],
  [CALIBRATION, 'Product (example)', { Customer: 'Both', Complexity: 'High', Buyers: 'Few' }],
  [CALIBRATION, 'Finance (example)', { Customer: 'B2C', Complexity: 'Medium', Buyers: 'Many' }],
  [EXAMPLES[1] as Example, 'Sales (example)', { Customer: 'B2B' }],
  [EXAMPLES[1] as Example, 'Product (example)', {}],
  [EXAMPLES[1] as Example, 'Finance (example)', { Customer: 'B2C' }],
];

function exampleRatings(): (string | number)[][] {
  return EXAMPLE_RATINGS.map(([product, rater, own]) => {
    const example: Example = { ...product, Rater: rater, ...own };
    return RATINGS_HEADERS.map((h) => example[h] ?? '');
  });
}

/** The consensus formula: the whole block (open-ended, so new rows count) with the shared weights. */
export function ratingsFormula(): string {
  return `=DISTMODEL_CONSENSUS(A1:${columnLetters(RATINGS_HEADERS.length)}, ${WEIGHTS_RANGE_NAME})`;
}

/** Creates the ratings sheet and activates it; its name is "Ratings", or "Ratings 2" and on when taken. */
export function setUpRatingsSheet(ss: Spreadsheet): SetupResult {
  ensureWeightsStore(ss);
  const name = freeSheetName(ss, RATINGS_SHEET_NAME);
  const sheet = ss.insertSheet(name);
  const rows = [[...RATINGS_HEADERS], ...exampleRatings()];
  sheet.getRange(1, 1, rows.length, RATINGS_HEADERS.length).setValues(rows);
  factorDropdowns(sheet, 3);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, sheet.getMaxRows(), RATINGS_HEADERS.length).createFilter();
  // One empty column between the ratings and the consensus, which has one row per product, not per rating.
  sheet.getRange(1, RATINGS_HEADERS.length + 2).setFormula(ratingsFormula());
  sheet.activate();
  return { sheetName: name };
}
