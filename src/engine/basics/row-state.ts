// Rows nobody has started: a checkbox column holds FALSE on every row of the sheet, and a formula filled
// down a column shows 0 (or "") on every row, so an empty row of such a table is not empty to the eye of a
// formula. Such a row is no product: it gets a blank result and is not counted.

/** What a sheet puts in a row by itself: an unchecked checkbox, a filled-down formula's 0, empty text. */
function isFilledIn(cell: unknown): boolean {
  return cell === false || cell === 0;
}

/**
 * Whether every cell of the row is blank, an unchecked checkbox (FALSE) or a 0, with at least one FALSE or
 * 0: the values a sheet fills in by itself. A row with anything typed in it (a name, a level, TRUE, an
 * amount other than 0) is started; so is a named product whose other cells are all 0.
 */
export function isUnstartedRow(row: readonly unknown[]): boolean {
  let filledIn = false;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isFilledIn(cell)) filledIn = true;
    else if (!(cell === '' || cell === null || cell === undefined)) {
      if (typeof cell !== 'string' || cell.trim() !== '') return false;
    }
  }
  return filledIn;
}
