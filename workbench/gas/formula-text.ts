import { columnLetters, columnNumber } from '../../src/shared/a1';
// Sheets formula text -> HyperFormula formula text, for the two places their syntax differs:
// - Open ranges: Sheets reads "A2:L" and "A:L" as every row of the sheet's grid, blanks included
//   (https://developers.google.com/apps-script/guides/sheets/functions: a range arrives as a 2-D array).
//   HyperFormula has no "A2:L" and sizes "A:L" by content, so both become "A2:L<maxRows>".
// - TRUE and FALSE are literals in Sheets, functions TRUE()/FALSE() in HyperFormula.
// The formula as the user typed it is kept separately, so getFormulas returns Sheets' text unchanged.

/** Grid rows of a sheet (undefined: the formula's own sheet), or undefined when no such sheet exists. */
export type SheetRows = (sheet: string | undefined) => number | undefined;

const OPEN_RANGE =
  /(^|[^\w$.'!])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?\d+)?:(\$?)([A-Za-z]{1,3})(?![\w$(!])/g;
const BOOLEAN_LITERAL = /(^|[^\w$.'!])(TRUE|FALSE)(?![\w$.(!])/gi;

function unquote(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function translateSegment(segment: string, rowsOf: SheetRows): string {
  const ranges = segment.replace(
    OPEN_RANGE,
    (
      whole,
      lead: string,
      sheet: string | undefined,
      d1: string,
      c1: string,
      r1: string | undefined,
      d2,
      c2,
    ) => {
      const rows = rowsOf(unquote(sheet));
      if (rows === undefined) return whole;
      const start = r1 ?? '1';
      return `${lead}${sheet ?? ''}${d1}${c1}${r1 === undefined ? '$' : ''}${start}:${d2}${c2}$${rows}`;
    },
  );
  return ranges.replace(
    BOOLEAN_LITERAL,
    (_w, lead: string, word: string) => `${lead}${word.toUpperCase()}()`,
  );
}

/** Translates a formula ("=..."); text inside string literals is left alone. */
export function toEngineFormula(formula: string, rowsOf: SheetRows): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : translateSegment(part, rowsOf))).join('');
}

const CELL_REF = /(?<![\w.'"])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/**
 * The formula a cell `rows` below and `columns` right of the first one gets when one formula is set on a
 * whole range (Range.setFormula): relative references shift, $-anchored ones stay, as in Sheets.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (_w, dc: string, col: string, dr: string, row: string) => {
            const c = dc ? col : columnLetters(columnNumber(col) + columns);
            const r = dr ? row : String(Number(row) + rows);
            return `${dc}${c}${dr}${r}`;
          }),
    )
    .join('');
}
