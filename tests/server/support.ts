// Shared set-up for the server tests: the BUILT dist/Code.js loaded into a vm with the in-memory Apps
// Script stand-ins, called by name as google.script.run or a menu click would. Run `npm run build` first.
import { presetTable, weightsTableToGrid } from '../../src/engine';
import type { PlainCell, ScoreRequest } from '../../src/shared/sidebar-contract';
import { type Addon, createEnvironment, type Environment, loadAddon, Workbook } from '../../workbench/gas';
import { readCalibration } from '../support/calibration';
import { PRODUCT_TABLE_HEADER } from '../support/sheet-headers';

/** The Balanced preset as the grid the weights sheet holds. */
export const balanced = (): Grid => weightsTableToGrid(presetTable('Balanced'));

/** A scoreProducts request: a new run over the whole table, as values, unless told otherwise. */
export const request = (over: Partial<ScoreRequest>): ScoreRequest => ({
  scope: 'table',
  mode: 'values',
  overwrite: false,
  jobId: null,
  ...over,
});

/** Whether every cell of a range is empty. */
export function blank(h: Harness, a1: string): boolean {
  return values(h, a1)
    .flat()
    .every((c) => c === '');
}

/** A products table's header as issue #2 spells it (not taken from the engine). */
export const HEADERS: string[] = [...PRODUCT_TABLE_HEADER];

/** The calibration products' cells as a user types them: numbers as numbers. */
const CALIBRATION_ROWS = readCalibration().products.map((p) =>
  p.cells.map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)),
);

/** `count` product rows cycling through the calibration products, so every model appears. */
function productRows(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => {
    const row = [...(CALIBRATION_ROWS[i % CALIBRATION_ROWS.length] as (string | number)[])];
    row[0] = `${row[0]} #${i + 1}`;
    return row;
  });
}

export interface Harness {
  readonly workbook: Workbook;
  readonly env: Environment;
  readonly addon: Addon;
  /** Calls a top-level function of the bundle (google.script.run or a menu click). */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export interface HarnessOptions {
  /** The user running the scripts; ann@example.com unless told. */
  readonly user?: string;
  /** Replaces the built bundle (a test prefix added to it, say). */
  readonly code?: string;
  /** The folder HtmlService templates are read from (a minimal Sidebar.html, say); dist/ unless told. */
  readonly htmlDir?: string;
}

export function harness(
  sheets: Record<string, readonly (readonly unknown[])[]> = { Sheet1: [] },
  { user = 'ann@example.com', code, htmlDir }: HarnessOptions = {},
): Harness {
  const workbook = new Workbook({ sheets });
  const env = createEnvironment({ workbook, authMode: 'FULL', user, htmlDir });
  const addon = loadAddon(env, code === undefined ? undefined : { code });
  return { workbook, env, addon, call: (name, ...args) => addon.call(name, ...args) as never };
}

/** Another execution (same or another user) on the same document, with its own bundle instance. */
export function fork(h: Harness, user = 'bob@example.com'): Harness {
  const env = h.env.fork({ user });
  const addon = loadAddon(env);
  return { workbook: h.workbook, env, addon, call: (name, ...args) => addon.call(name, ...args) as never };
}

/** A products sheet with a header and `rows` product rows. */
export function productsSheet(rows: number): (string | number)[][] {
  return [HEADERS, ...productRows(rows)];
}

export function values(h: Harness, a1: string): unknown[][] {
  return h.workbook.getValues(h.workbook.resolve(a1));
}

export function formulas(h: Harness, a1: string): string[][] {
  return h.workbook.getFormulas(h.workbook.resolve(a1));
}

/** Fails with the path of the first value that would not cross google.script.run unchanged. */
export function nonPlainPath(value: unknown, where = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : where;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) return `${where}[${i}]`;
      const inner = nonPlainPath(value[i], `${where}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) return where;
    if (Object.prototype.toString.call(value) !== '[object Object]') return where;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue; // dropped by google.script.run, as in JSON
      const inner = nonPlainPath(v, `${where}.${k}`);
      if (inner) return inner;
    }
    return null;
  }
  return where;
}

export type Grid = PlainCell[][];

/** The n-th write to the workbook from now on fails, as when Apps Script stops an execution. */
export function killOnWrite(h: Harness, n: number): () => void {
  const original = h.workbook.setContents.bind(h.workbook);
  let writes = 0;
  h.workbook.setContents = (range, grid) => {
    writes++;
    if (writes === n) throw new Error('Exceeded maximum execution time');
    original(range, grid);
  };
  return () => {
    h.workbook.setContents = original;
  };
}
