// A1 notation, 1-based as in Apps Script. Shared by the server (cells it names in messages), the stand-ins
// and the workbench, so every part of the project writes addresses the same way.

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

/** "A" -> 1, "AA" -> 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3" for one cell, "B3:D9" for a block, as Range.getA1Notation writes them (no sheet name). */
export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/**
 * Quotes a sheet name when Sheets would ("'My sheet'!A1"), doubling embedded quotes: anything but letters,
 * digits and underscores, or a name that reads like a cell ("Q1").
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "'DistModel weights'!C7" or "Products!M1:T29". */
export function sheetA1(sheetName: string, row: number, column: number, numRows = 1, numColumns = 1): string {
  return `${quoteSheetName(sheetName)}!${formatA1(row, column, numRows, numColumns)}`;
}

/** A block as Range.getA1Notation gives it; `lastRow` null when it runs to the sheet's end ("A:G", "A2:G"). */
export interface A1Area {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number | null;
  readonly lastColumn: number;
}

/**
 * "A1:G1000", "A:G", "B3" (no sheet name) -> the block; null when it is not one ("1:3", a name). Sheets may
 * write a whole-column range either way (docs/live-checks.md), so both are read.
 */
export function parseA1Area(a1: string): A1Area | null {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.trim());
  if (!m) return null;
  const [, c1 = '', r1 = '', c2, r2] = m;
  const row = r1 === '' ? 1 : Number(r1);
  const end = c2 === undefined ? r1 : (r2 ?? '');
  return {
    row,
    column: columnNumber(c1),
    lastRow: end === '' ? null : Number(end),
    lastColumn: columnNumber(c2 ?? c1),
  };
}
