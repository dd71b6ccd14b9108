// A1 notation as Sheets reads and writes it: "B3", "A2:L", "B:B", "3:5", "'My sheet'!A1:C3".
// Pure functions; rows and columns are 1-based as in Apps Script. Writing addresses is src/shared/a1.ts.
import { columnNumber } from '../../src/shared/a1';

/** A parsed reference; an open end (A2:L, B:B, 3:5) is left undefined until a sheet size closes it. */
export interface A1Ref {
  readonly sheet: string | undefined;
  readonly row: number | undefined;
  readonly column: number | undefined;
  readonly endRow: number | undefined;
  readonly endColumn: number | undefined;
}

/** Splits "'My sheet'!A1:B2" into sheet name and the rest; no "!" means no sheet. */
function splitSheet(a1: string): { sheet: string | undefined; ref: string } {
  const text = a1.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), ref: quoted[2] ?? '' };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { sheet: undefined, ref: text };
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(part: string): { row: number | undefined; column: number | undefined } | null {
  const m = PART.exec(part);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row === 0) return null;
  return { column: m[1] === undefined ? undefined : columnNumber(m[1]), row };
}

/** Parses A1 notation; returns null when it is not a cell or range reference (e.g. a named range). */
export function parseA1(a1: string): A1Ref | null {
  const { sheet, ref } = splitSheet(a1);
  const [first, second, extra] = ref.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parsePart(first);
  if (!start) return null;
  if (second === undefined) {
    if (start.row === undefined || start.column === undefined) return null;
    return { sheet, row: start.row, column: start.column, endRow: start.row, endColumn: start.column };
  }
  const end = parsePart(second);
  if (!end) return null;
  // "A:B" and "3:5" are whole columns / rows; "A2:L" is open at the bottom; "A2:3" is not valid.
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if (!wholeColumns && !wholeRows && (start.column === undefined || end.column === undefined)) return null;
  if (!wholeColumns && !wholeRows && start.row === undefined) return null;
  return {
    sheet,
    row: start.row ?? (wholeColumns ? 1 : undefined),
    column: start.column ?? (wholeRows ? 1 : undefined),
    endRow: end.row,
    endColumn: end.column,
  };
}
