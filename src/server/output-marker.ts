// Which columns of a sheet are DistModel's output. A header says what a column is meant to hold, not what
// it holds now: after a blocked spill its top cell shows #REF!, after an error #ERROR!, and a user may type
// over it. So the first output column carries DistModel's developer metadata, which moves with the column
// when columns are inserted or deleted and goes when the column is deleted; a DISTMODEL formula in the
// table's header row marks the output of spreadsheets scored before the metadata.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import { isDistModelFormula } from './cells';
import type { ProductTable } from './product-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OUTPUT_METADATA_KEY = 'distmodel.output';

function outputMarks(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(OUTPUT_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
}

/** The 1-based first output column the sheet's mark names, or null when the sheet has none. */
export function markedOutputColumn(sheet: Sheet): number | null {
  const columns = outputMarks(sheet).flatMap((m) => {
    const range = m.getLocation().getColumn();
    return range ? [range.getColumn()] : [];
  });
  return columns.length === 0 ? null : Math.min(...columns);
}

/** Marks `column` as the first output column of the sheet (one mark per sheet: a table has one output). */
export function markOutputColumn(sheet: Sheet, column: number): void {
  let present = false;
  for (const m of outputMarks(sheet)) {
    if (m.getLocation().getColumn()?.getColumn() === column && !present) present = true;
    else m.remove();
  }
  if (!present) {
    sheet
      .getRange(1, column, sheet.getMaxRows(), 1)
      .addDeveloperMetadata(OUTPUT_METADATA_KEY, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/**
 * Without a mark: the column of a DISTMODEL formula in the table's header row (whatever it displays), or
 * null. One getFormulas of the header row.
 */
export function formulaOutputColumn(sheet: Sheet, table: ProductTable): number | null {
  const width = table.lastColumn - table.firstColumn + 1;
  const [row] = sheet.getRange(table.headerRow, table.firstColumn, 1, width).getFormulas();
  const at = (row ?? []).findIndex(isDistModelFormula);
  return at < 0 ? null : table.firstColumn + at;
}
