// The calibration fixture (a copy of ../shared/data/calibration-products.csv, kept once in the repo as the
// workbench's sample): 28 well-known products in the column layout the add-on reads, each with its
// documented primary model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../workbench/app/csv';
import { SAMPLE_CSV } from '../../workbench/app/sample';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CALIBRATION_FIXTURE = SAMPLE_CSV;
/** Where CI (and the dev machine) keep the shared data, beside the clone. */
export const SHARED_CALIBRATION = path.resolve(REPO_ROOT, '../shared/data/calibration-products.csv');
export const SHARED_DOMAIN_DOC = path.resolve(REPO_ROOT, '../shared/docs/domain.md');
/** The affinity table of that doc, copied into the repo so that a clean clone checks it too. */
export const DOMAIN_TABLE_COPY = path.resolve(REPO_ROOT, 'tests/support/domain-affinity.md');
/** SHA-256 of ../shared/data/calibration-products.csv, which the fixture must be byte for byte. */
export const SHARED_CALIBRATION_SHA256 = '8f31ec996565a7686a11610f9d963fb264594411018783e958adb977038824d3';

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
