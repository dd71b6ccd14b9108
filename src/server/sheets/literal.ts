// Text written as text. Range.setValues reads a string as typed input: "=IMPORTXML(...)" becomes a live
// formula, "+Reach..." a formula Sheets tries to compute, "1/2" a date, "'note" loses its apostrophe. A
// leading apostrophe makes Sheets keep the rest as plain text and is not shown (docs/live-checks.md, 36).

/**
 * Text that setValues could read as something other than itself: a formula (=, +, -, @), a number, a date
 * or an amount (a digit, ".", "(", a currency sign first), TRUE/FALSE, leading space or an apostrophe
 * (which Sheets would swallow).
 */
const READS_AS_MORE = /^(?:[=+\-@'.(\d$€£¥\s]|(?:true|false)$)/i;

/**
 * A value as setValues must be given it to land in the cell unchanged: text that could be read as a
 * formula, number, date or boolean gets the apostrophe that keeps it text; anything else as it is.
 */
export function literalCell<T>(value: T): T | string {
  return typeof value === 'string' && READS_AS_MORE.test(value) ? `'${value}` : value;
}

/** A grid (rows x columns) of literal cells, for one setValues. */
export function literalGrid<T>(grid: readonly (readonly T[])[]): (T | string)[][] {
  return grid.map((row) => row.map(literalCell));
}
