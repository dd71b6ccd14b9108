// CSV import and export for the active sheet (RFC 4180: comma-separated, double quotes around fields
// holding a comma, a quote or a line break; quotes doubled inside). Parsing is csv-parse's, writing
// csv-stringify's.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isDate } from '../../src/engine';
import { type TypedContent, typedInput } from './typed-input';

export type CsvCell = TypedContent;

/** Splits CSV text into rows of raw field strings (csv-parse). A trailing line break does not add an
 * empty row; a blank line in the middle is kept as an empty row, so rows stay where they were. Throws
 * "CSV line N: ..." for text that is not CSV (a quote never closed). */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(line ? `CSV line ${line}: ${message}` : message);
  }
}

/** Rows of cell contents, each field read as typed in the spreadsheet's `locale` ("de_DE" form; see
 * typedInput: "4.500" is 4500 in de_DE, "'12" stays text), padded to one width so they can be written as
 * one rectangular range. */
export function csvToValues(text: string, locale: string): CsvCell[][] {
  const rows = parseCsv(text);
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => typedInput(r[c] ?? '', locale)));
}

/** A cell as its CSV field's text: dates in ISO form, booleans as Sheets shows them (TRUE). */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString();
  return typeof value === 'boolean' ? String(value).toUpperCase() : String(value);
}

/**
 * CSV text of displayed values (formulas are exported as their results, as Sheets' download does). Text
 * starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (csv-stringify's
 * escape_formulas), so that no field can be read as a formula by whatever opens the file; numbers stay as
 * they are (-3 is a number, not a formula).
 */
export function valuesToCsv(values: readonly (readonly unknown[])[]): string {
  if (values.length === 0) return '';
  const text = values.map((row) => row.map((v) => (typeof v === 'number' ? v : fieldText(v))));
  return stringify(text, { record_delimiter: '\r\n', escape_formulas: true, cast: { number: String } });
}
