// Values crossing between the formula engine and a custom function, converted as Sheets converts them:
// arguments arrive as "" for empty, Dates for date-formatted numbers, ranges as 2-D arrays; a result
// becomes a grid of engine-ready values.
// https://developers.google.com/apps-script/guides/sheets/functions#arguments
import type { CellError, SimpleCellAddress } from 'hyperformula';
import type { CellFormats } from './cell-formats';
import { dateToSerial, isDate, serialToDate } from './cell-values';
import { EmptyValue, type EngineArg } from './custom-function-plugin';
import { isEngineError, toSheetsError } from './sheets-errors';
import { cellKey } from './spills';

/**
 * The arguments as the function receives them, or the first engine error among them (it propagates). An
 * error cell inside a range propagates too, or with rangeErrors 'as-text' arrives as its text ("#N/A").
 */
export function toScriptArgs(
  args: readonly EngineArg[],
  formats: CellFormats,
  rangeErrors: 'propagate' | 'as-text' = 'propagate',
): unknown[] | { error: unknown } {
  const converted: unknown[] = [];
  for (const arg of args) {
    const value =
      arg.kind === 'range'
        ? rangeArg(arg.rows, arg.start, formats, rangeErrors)
        : scalarArg(arg.value, arg.address, formats);
    if (isEngineError(value)) return { error: value };
    converted.push(value);
  }
  return converted;
}

/** A range argument as Sheets passes it: rows of values, "" for empty cells, Dates for date cells. */
function rangeArg(
  rows: unknown[][],
  start: SimpleCellAddress | undefined,
  formats: CellFormats,
  rangeErrors: 'propagate' | 'as-text',
): unknown {
  const out: unknown[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const converted: unknown[] = [];
    for (let c = 0; c < row.length; c++) {
      const address = start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined;
      const v = scalarArg(row[c], address, formats);
      if (isEngineError(v) && rangeErrors === 'propagate') return v;
      converted.push(isEngineError(v) ? errorText(v) : v);
    }
    out.push(converted);
  }
  return out;
}

/** An error cell's text as getValues shows it ("#N/A"). */
function errorText(error: CellError): string {
  return toSheetsError(error as never).type;
}

function scalarArg(value: unknown, address: SimpleCellAddress | undefined, formats: CellFormats): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (isEngineError(value)) return value;
  // The engine wraps some numbers (dates, currencies) in an object that keeps the number in `val`.
  const number = typeof value === 'object' && 'val' in value ? (value as { val: number }).val : value;
  if (
    typeof number === 'number' &&
    address &&
    formats.isDate(cellKey(address.sheet, address.row, address.col))
  )
    return serialToDate(number);
  return number;
}

/**
 * A custom function's return value as a grid of engine-ready values (a 1-D array is one column).
 * Dates become serial numbers and give their cell a date format, so they read back as Dates.
 */
export function resultGrid(result: unknown, at: SimpleCellAddress, formats: CellFormats): unknown[][] {
  // Arrays from the script's realm fail the engine's `instanceof Array`: copy them into this realm.
  const rows = Array.isArray(result)
    ? Array.from(result, (row) => (Array.isArray(row) ? Array.from(row) : [row]))
    : [[result]];
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((row, r) =>
    Array.from({ length: width }, (_v, c) => {
      const v = row[c];
      if (!isDate(v)) return toLiteral(v);
      formats.markDate(cellKey(at.sheet, at.row + r, at.col + c));
      return dateToSerial(v);
    }),
  );
}

/** A spilled value as the engine should store it: text stays text ("=x" or "12" are not parsed). */
function toLiteral(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  return `'${String(v)}`;
}

/** The anchor cell's own value, returned from the plugin (not parsed by the engine). */
export function fromLiteral(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'string' && v.startsWith("'")) return v.slice(1);
  return v;
}

/** What a thrown value shows as the #ERROR! tooltip (scripts may throw non-Errors, from another realm). */
export function errorMessage(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err)
    return String((err as { message: unknown }).message);
  return String(err);
}
