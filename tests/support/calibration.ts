// The calibration fixture (a copy of ../shared/data/calibration-products.csv): 28 well-known products in the
// column layout the add-on reads, each with its documented primary model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CALIBRATION_FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/calibration-products.csv');
/** Where CI (and the dev machine) keep the shared data, beside the clone. */
export const SHARED_CALIBRATION = path.resolve(REPO_ROOT, '../shared/data/calibration-products.csv');
export const SHARED_DOMAIN_DOC = path.resolve(REPO_ROOT, '../shared/docs/domain.md');

/** A minimal RFC 4180 reader (the fixture may one day quote a product name with a comma): quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CalibrationProduct {
  readonly product: string;
  readonly expected: string;
  /** The row as the add-on reads it: Product, then the eleven factor columns. */
  readonly cells: readonly string[];
}

export interface Calibration {
  /** Product plus the factor headers (the "Expected model" column dropped). */
  readonly header: readonly string[];
  readonly products: readonly CalibrationProduct[];
}

export function readCalibration(file = CALIBRATION_FIXTURE): Calibration {
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const expectedAt = header.indexOf('Expected model');
  if (expectedAt < 0) throw new Error(`${file}: no "Expected model" column`);
  const keep = (row: readonly string[]) => row.filter((_, i) => i !== expectedAt);
  return {
    header: keep(header),
    products: rows
      .filter((row) => row.some((cell) => cell.trim() !== ''))
      .map((row) => {
        if (row.length !== header.length) throw new Error(`${file}: ragged row ${row.join(',')}`);
        return { product: row[0] as string, expected: row[expectedAt] as string, cells: keep(row) };
      }),
  };
}

/** Four numbers in model order [assisted, automated, dealers, open resale]. */
