// Which columns of a sheet are DistModel's output. A header says what a column is meant to hold, not what
// it holds now: after a blocked spill its top cell shows #REF!, after an error #ERROR!, and a user may type
// over it. So the first output column carries DistModel's developer metadata, which moves with the column
// when columns are inserted or deleted and goes when the column is deleted; a DISTMODEL formula in the
// table's header row marks the output of spreadsheets scored before the metadata.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata

import type { ProductTable } from '../sheets';
import { isDistModelFormula } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OUTPUT_METADATA_KEY = 'distmodel.output';

function outputMarks(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(OUTPUT_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
}

/** Where the output is now, and how far its column moved since it was last written (columns inserted: +). */
export interface MarkedOutput {
  /** 1-based first output column. */
  readonly column: number;
  readonly shift: number;
}

/** The sheet's marked output, or null when the sheet has none. The mark's value is the column it was put on. */
export function markedOutput(sheet: Sheet): MarkedOutput | null {
  const marks = outputMarks(sheet).flatMap((m) => {
    const column = m.getLocation().getColumn()?.getColumn();
    const written = Number(m.getValue());
    return column === undefined ? [] : [{ column, shift: Number.isInteger(written) ? column - written : 0 }];
  });
  marks.sort((a, b) => a.column - b.column);
  return marks[0] ?? null;
}

/** Marks `column` as the first output column of the sheet (one mark per sheet: a table has one output). */
export function markOutputColumn(sheet: Sheet, column: number): void {
  let present = false;
  for (const m of outputMarks(sheet)) {
    if (m.getLocation().getColumn()?.getColumn() === column && !present) {
      present = true;
      if (m.getValue() !== String(column)) m.setValue(String(column));
    } else m.remove();
  }
  if (!present) {
    sheet
      .getRange(1, column, sheet.getMaxRows(), 1)
      .addDeveloperMetadata(
        OUTPUT_METADATA_KEY,
        String(column),
        SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      );
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
