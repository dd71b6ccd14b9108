// Rows nobody has started: a checkbox column holds FALSE on every row of the sheet, so an empty row of a
// table with checkboxes is not empty to the eye of a formula. Such a row is no product: it gets a blank
// result and is not counted.

/**
 * Whether every cell of the row is blank or an unchecked checkbox (FALSE), with at least one FALSE: the
 * values a sheet fills in by itself. A row with anything typed in it (a name, a level, TRUE) is started.
 */
export function isUnstartedRow(row: readonly unknown[]): boolean {
  let unchecked = false;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell === false) unchecked = true;
    else if (!(cell === '' || cell === null || cell === undefined)) {
      if (typeof cell !== 'string' || cell.trim() !== '') return false;
    }
  }
  return unchecked;
}
