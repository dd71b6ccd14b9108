// What the BigQuery tests share: the exact function body of dist/bigquery/distmodel.sql, the products it
// must score (calibration and, where present, the reference set) as warehouse rows, and DISTMODEL's answer
// for them from the built Code.js.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { bodyOf } from '../../src/bigquery/create-function';
import { HOST_FIELDS, OUTPUT_HEADERS } from '../../src/engine/index';
import { parseCsv } from '../../workbench/app/csv';
import { DIST_DIR, loadBundle, readBuiltCode } from '../../workbench/vm';
import { REPO_ROOT, readCalibration } from '../support/calibration';

export const SQL_FILE = path.join(DIST_DIR, 'bigquery', 'distmodel.sql');

/** The function body exactly as the built .sql file holds it. */
export function builtBody(): string {
  return bodyOf(readFileSync(SQL_FILE, 'utf8'));
}

/** A product as a warehouse row arrives: keyed by header, numbers as numbers (as TO_JSON gives them). */
export type Record_ = Record<string, string | number>;

export interface ProductSet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const typed = (cell: string): string | number => (NUMBER.test(cell.trim()) ? Number(cell) : cell);

function fromCsv(name: string, text: string): ProductSet {
  const [header = [], ...rows] = parseCsv(text).filter((row) => row.some((c) => c.trim() !== ''));
  return { name, header, rows: rows.map((row) => header.map((_, c) => typed(row[c] ?? ''))) };
}

/**
 * The calibration products and every reference set the repo holds (data/reference-products.csv,
 * data/reference/*.csv; none before the reference set is merged), typed as a warehouse holds them.
 */
export function productSets(): ProductSet[] {
  const { header, products } = readCalibration();
  const sets: ProductSet[] = [{ name: 'calibration', header, rows: products.map((p) => p.cells.map(typed)) }];
  const files = [path.join(REPO_ROOT, 'data', 'reference-products.csv')];
  const dir = path.join(REPO_ROOT, 'data', 'reference');
  if (existsSync(dir))
    for (const f of readdirSync(dir)) if (f.endsWith('.csv')) files.push(path.join(dir, f));
  for (const file of files) {
    if (existsSync(file)) sets.push(fromCsv(path.relative(REPO_ROOT, file), readFileSync(file, 'utf8')));
  }
  return sets;
}

export function recordOf(header: readonly string[], row: readonly (string | number)[]): Record_ {
  const record: Record_ = {};
  header.forEach((h, c) => {
    record[h] = row[c] as string | number;
  });
  return record;
}

/**
 * DISTMODEL's "all" output for a set, from the built Code.js, as the UDF's fields: the model, the four
 * scores, the margin, the confidence and the evidence (columns found by header).
 */
export function distmodelFields(set: ProductSet, weights: unknown = ''): Record<string, unknown>[] {
  const bundle = loadBundle(readBuiltCode());
  const out = bundle.call('DISTMODEL', [[...set.header], ...set.rows], weights, 'all') as unknown[][];
  const headers = OUTPUT_HEADERS.all;
  const at = (name: string) => headers.indexOf(name);
  return out.slice(1).map((cells) => {
    const fields: Record<string, unknown> = {};
    HOST_FIELDS.forEach((field, i) => {
      // model and the four scores are the first five columns of "all" in the same order.
      if (i < 5) fields[field.name] = cells[i];
    });
    fields.margin = cells[at('Margin')];
    fields.confidence = cells[at('Confidence')];
    fields.evidence = cells[at('Evidence')];
    return fields;
  });
}

/**
 * The body compiled as BigQuery compiles it (a function of `product` and `weights`) in a fresh V8 realm
 * without Intl, whose locale methods throw: any use of them fails the test.
 */
export function functionWithoutIntl(body: string): (product: unknown, weights: unknown) => unknown {
  const context = vm.createContext({});
  vm.runInContext(
    `delete globalThis.Intl;
     const refuse = (name) => function () { throw new Error(name + ' is not available'); };
     Number.prototype.toLocaleString = refuse('toLocaleString');
     Date.prototype.toLocaleString = refuse('toLocaleString');
     Date.prototype.toLocaleDateString = refuse('toLocaleDateString');
     Array.prototype.toLocaleString = refuse('toLocaleString');
     String.prototype.localeCompare = refuse('localeCompare');`,
    context,
  );
  return vm.runInContext(`(function distmodel(product, weights) {\n${body}\n})`, context);
}
