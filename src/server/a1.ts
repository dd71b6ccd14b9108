// A1 notation for the cells the server names in its results (problems, ranges to confirm).

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** Sheet names with anything but letters, digits and underscores are quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetCellA1(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${cellA1(row, column)}`;
}

export function sheetRangeA1(
  sheetName: string,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string {
  return `${quoteSheetName(sheetName)}!${rangeA1(row, column, numRows, numColumns)}`;
}
