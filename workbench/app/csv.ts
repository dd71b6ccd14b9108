// CSV import and export for the active sheet (RFC 4180: comma-separated, double quotes around fields
// holding a comma, a quote or a line break; quotes doubled inside).
import { isDate } from '../../src/engine/text';

export type CsvCell = string | number | boolean;

/** Splits CSV text into rows of raw field strings. A trailing line break does not add an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** A typed field as Sheets' import would read it: numbers and TRUE/FALSE converted, the rest kept as text. */
function csvFieldValue(field: string): CsvCell {
  const trimmed = field.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  return field;
}

/** Rows of typed values, padded to one width so they can be written as one rectangular range. */
export function csvToValues(text: string): CsvCell[][] {
  const rows = parseCsv(text);
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => csvFieldValue(r[c] ?? '')));
}

function formatField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = isDate(value)
    ? value.toISOString()
    : typeof value === 'boolean'
      ? String(value).toUpperCase()
      : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text of displayed values (formulas are exported as their results, as Sheets' download does). */
export function valuesToCsv(values: readonly (readonly unknown[])[]): string {
  return values.map((row) => row.map(formatField).join(',')).join('\r\n') + (values.length ? '\r\n' : '');
}
