// The reference set of real products (docs/reference-set.md): data/reference/*.csv plus the 28 calibration
// products, loaded as rows the add-on reads, with the deterministic held-out fifth and the grouped folds
// every figure about the default tables is measured on. Used by tests, `npm run reference` and the script
// that recomputes the confidence constants.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_FACTORS, MODEL_DISPLAY_NAMES, normalizeKey, type PresetName } from '../../src/engine/index';
import { textHash } from '../../src/server/sheets/hash';
import { parseCsv } from '../../workbench/app/csv';
import { REPO_ROOT, readCalibration } from './calibration';

export const REFERENCE_DIR = path.join(REPO_ROOT, 'data/reference');

/** The factor columns, in the add-on's order (the 11 of issue #2, then Delivery and Customer value). */
export const FACTOR_NAMES: readonly string[] = BUILT_IN_FACTORS.map((f) => f.name);

/** The facts a product manager knows of any product: what a row with "the 5 factual columns" holds. */
export const FACTUAL_COLUMNS: readonly string[] = [
  'Customer',
  'Product type',
  'Price',
  'Complexity',
  'See before buying',
];

export interface ReferenceProduct {
  readonly product: string;
  readonly company: string;
  /** Model index (0-3, model order) of the documented primary model. */
  readonly expected: number;
  readonly hard: boolean;
  readonly segment: string;
  readonly source: string;
  /** Factor name -> the cell as written ('' when blank). */
  readonly values: Readonly<Record<string, string>>;
  /** The file it came from, relative to the repo. */
  readonly file: string;
}

function column(header: readonly string[], name: string): number {
  return header.findIndex((h) => normalizeKey(h) === normalizeKey(name));
}

function readFile(file: string): ReferenceProduct[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const at = (name: string) => column(header, name);
  const expectedAt = at('Expected model');
  if (at('Product') < 0 || expectedAt < 0) throw new Error(`${file}: no Product or Expected model column`);
  const rel = path.relative(REPO_ROOT, file);
  return rows
    .slice(1)
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const cell = (name: string) => {
        const i = at(name);
        return i < 0 ? '' : (row[i] ?? '').trim();
      };
      const expected = MODEL_DISPLAY_NAMES.indexOf(cell('Expected model'));
      if (expected < 0)
        throw new Error(`${rel}: "${cell('Expected model')}" is no model (${cell('Product')})`);
      const values: Record<string, string> = {};
      for (const name of FACTOR_NAMES) values[name] = cell(name);
      return {
        product: cell('Product'),
        company: cell('Company'),
        expected,
        hard: /^y/i.test(cell('Hard')),
        segment: cell('Segment'),
        source: cell('Source'),
        values,
        file: rel,
      };
    });
}

/**
 * Every reference product: the files under data/reference (in name order), then the calibration products
 * not already among them (matched by normalized name).
 */
export function readReference(dir = REFERENCE_DIR): ReferenceProduct[] {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
  const products = files.flatMap(readFile);
  const seen = new Set(products.map((p) => normalizeKey(p.product)));
  const calibration = readCalibration();
  for (const p of calibration.products) {
    if (seen.has(normalizeKey(p.product))) continue;
    const values: Record<string, string> = {};
    for (const name of FACTOR_NAMES) {
      const i = calibration.header.indexOf(name);
      values[name] = i < 0 ? '' : (p.cells[i] ?? '');
    }
    products.push({
      product: p.product,
      company: '',
      expected: MODEL_DISPLAY_NAMES.indexOf(p.expected),
      hard: false,
      segment: 'calibration',
      source: 'workbench/samples/calibration-products.csv',
      values,
      file: 'workbench/samples/calibration-products.csv',
    });
  }
  return products;
}

const hash = (text: string) => textHash(text);

/**
 * The held-out fifth, fixed before any table was tuned: CRC-32 of the normalized product name, modulo 5,
 * is 0. Never tune on these; report them beside the cross-validated figure.
 */
export function isHeldOut(product: ReferenceProduct): boolean {
  return hash(normalizeKey(product.product)) % 5 === 0;
}

/** The product's factor values, normalized: identical profiles (variants of one product) share it. */
export function profileKey(product: ReferenceProduct): string {
  return FACTOR_NAMES.map((name) => normalizeKey(product.values[name] ?? '')).join('|');
}

/** The cross-validation fold (0 to k-1) of a product: from its profile, so a profile sits in one fold. */
export function foldOf(product: ReferenceProduct, k = 5): number {
  return hash(profileKey(product)) % k;
}

/** A product with only `columns` kept (the others blank). */
export function keepOnly(product: ReferenceProduct, columns: readonly string[]): ReferenceProduct {
  const values: Record<string, string> = {};
  for (const name of FACTOR_NAMES) values[name] = columns.includes(name) ? (product.values[name] ?? '') : '';
  return { ...product, values };
}

/** The products as one block the add-on reads: a header row (Product, the factors), then one row each. */
export function referenceBlock(products: readonly ReferenceProduct[]): string[][] {
  return [
    ['Product', ...FACTOR_NAMES],
    ...products.map((p) => [p.product, ...FACTOR_NAMES.map((name) => p.values[name] ?? '')]),
  ];
}

/** The reference set's Segment values each preset is for. */
export const PRESET_SEGMENTS: Readonly<Record<Exclude<PresetName, 'Balanced'>, readonly string[]>> = {
  'B2B software': ['B2B software'],
  'Consumer packaged goods': ['consumer goods', 'food'],
  'Luxury and prestige goods': ['fashion', 'vehicles'],
  'Industrial equipment': ['industrial goods', 'B2B hardware', 'B2B supplies', 'agriculture'],
};
