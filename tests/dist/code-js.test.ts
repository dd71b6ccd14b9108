// The built dist/Code.js, run as Apps Script runs it: loaded into a V8 context holding only the ECMAScript
// built-ins, its top-level functions called by name with arguments shaped as Sheets passes them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_HEADERS } from '../../src/engine/index';
import { DIST_DIR, type LoadedBundle, loadBundle, readBuiltCode } from '../../workbench/vm';
import { REPO_ROOT, readCalibration } from '../support/calibration';
import { domainGrid } from '../engine/support';
import { plantedSet } from '../support/planted';
import { WEIGHTS_TABLE_HEADER } from '../support/sheet-headers';

const CUSTOM_FUNCTIONS = [
  'DISTMODEL',
  'DISTMODEL_CONSENSUS',
  'DISTMODEL_FIT',
  'DISTMODEL_SENSITIVITY',
  'DISTMODEL_WEIGHTS',
];

let code: string;
let bundle: LoadedBundle;

/** Calibration products as Sheets passes a range: a 2-D array, prices as numbers. */
function calibration(): { header: string[]; rows: (string | number)[][]; expected: string[] } {
  const { header, products } = readCalibration();
  const priceAt = header.indexOf('Price');
  return {
    header: [...header],
    rows: products.map((p) => p.cells.map((v, i) => (i === priceAt ? Number(v) : v))),
    expected: products.map((p) => p.expected),
  };
}

/** Services that record any touch: loading the bundle must not touch one (onOpen may run in AuthMode.NONE). */
function trippedServices(touched: string[]): Record<string, unknown> {
  const names = ['SpreadsheetApp', 'PropertiesService', 'CacheService', 'LockService', 'HtmlService', 'ScriptApp', 'Session'];
  return Object.fromEntries(
    names.map((name) => [
      name,
      new Proxy(
        {},
        {
          get(_t, prop) {
            touched.push(`${name}.${String(prop)}`);
            throw new Error(`${name} touched at load`);
          },
        },
      ),
    ]),
  );
}

beforeAll(() => {
  code = readBuiltCode();
  bundle = loadBundle(code);
});

describe('dist/Code.js as Apps Script loads it', () => {
  it('loads with no require, process or Buffer and touches no service at global scope', () => {
    const touched: string[] = [];
    expect(() => loadBundle(code, trippedServices(touched))).not.toThrow();
    expect(touched).toEqual([]);
    expect(bundle.context.require).toBeUndefined();
    expect(bundle.context.process).toBeUndefined();
    expect(bundle.context.Buffer).toBeUndefined();
  });

  it('holds no module syntax that Apps Script would reject', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares every server entry point as a top-level function', () => {
    const names = bundle.functionNames();
    for (const name of [...CUSTOM_FUNCTIONS, 'onOpen', 'onInstall', 'openSidebar', 'showHelp']) {
      expect(names).toContain(name);
    }
  });

  it.each(CUSTOM_FUNCTIONS)('keeps the whole JSDoc of %s directly above its declaration', (name) => {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\n(function ${name}\\([^)]*\\))`).exec(code);
    expect(match, `JSDoc directly above function ${name}`).not.toBeNull();
    const doc = match?.[1] ?? '';
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/@return /);
    const params = [...doc.matchAll(/@param\s+\{[^}]+\}\s+(\w+)/g)].map((m) => m[1]);
    expect(params.length).toBeGreaterThan(0);
    expect(match?.[2]).toBe(`function ${name}(${params.join(', ')})`);
  });
});

describe('DISTMODEL called as Sheets calls it', () => {
  it('recommends the documented model for every calibration product', () => {
    const { header, rows, expected } = calibration();
    const out = bundle.call('DISTMODEL', [header, ...rows]) as unknown[][];
    expect(out).toHaveLength(rows.length + 1);
    expect(out[0]).toEqual(['Distribution model']);
    expect(out.slice(1).map((r) => r[0])).toEqual(expected);
  });

  it('scores a single row given without a header, product name first', () => {
    const { rows, expected } = calibration();
    const out = bundle.call('DISTMODEL', [rows[0]]) as unknown[][];
    expect(out).toEqual([[expected[0]]]);
  });

  it('takes the weights table DISTMODEL_WEIGHTS spilled, as a range', () => {
    const { header, rows } = calibration();
    const table = bundle.call('DISTMODEL_WEIGHTS', 'Industrial equipment') as unknown[][];
    expect(table[0]?.slice(0, 3)).toEqual(['Factor', 'Level', 'Weight']);
    const viaRange = bundle.call('DISTMODEL', [header, ...rows], table, 'scores');
    const viaName = bundle.call('DISTMODEL', [header, ...rows], 'Industrial equipment', 'scores');
    const balanced = bundle.call('DISTMODEL', [header, ...rows], '', 'scores');
    expect(viaRange).toEqual(viaName);
    expect(viaRange).not.toEqual(balanced);
  });

  it('DISTMODEL_WEIGHTS spills Balanced for a blank argument, and a named preset in any case', () => {
    const balanced = bundle.call('DISTMODEL_WEIGHTS') as unknown[][];
    expect(bundle.call('DISTMODEL_WEIGHTS', '')).toEqual(balanced);
    expect(bundle.call('DISTMODEL_WEIGHTS', '  ')).toEqual(balanced);
    expect(bundle.call('DISTMODEL_WEIGHTS', ' balanced ')).toEqual(balanced);
    expect(bundle.call('DISTMODEL_WEIGHTS', 'b2b SOFTWARE')).not.toEqual(balanced);
  });

  it('passes blank rows of an open range through as blank rows', () => {
    const { header, rows } = calibration();
    const blank = header.map(() => '');
    const out = bundle.call('DISTMODEL', [header, rows[0], blank, blank], undefined, 'all') as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[2]?.every((c) => c === '')).toBe(true);
    expect(out[3]).toHaveLength(OUTPUT_HEADERS.all.length);
  });

  it('puts a bad cell message in its own row and leaves the others alone', () => {
    const { header, rows, expected } = calibration();
    const bad = [...(rows[1] ?? [])];
    bad[header.indexOf('Price')] = 'lots';
    const out = bundle.call('DISTMODEL', [header, rows[0], bad, rows[2]]) as unknown[][];
    expect(out[1]).toEqual([expected[0]]);
    expect(out[2]?.[0]).toMatch(/^Price: "lots" is not an amount/);
    expect(out[3]).toEqual([expected[2]]);
  });

  it('throws an error Sheets can show for a wrong call', () => {
    const { header, rows } = calibration();
    expect(() => bundle.call('DISTMODEL', [header, ...rows], '', 'everything')).toThrow(
      /^DISTMODEL: output: "everything" is not accepted; use "model", "scores", "explain", "all", "flip" or "whatif"/,
    );
    const broken = bundle.call('DISTMODEL_WEIGHTS') as unknown[][];
    const edited = broken.map((r) => [...r]);
    (edited[3] as unknown[])[4] = 'high';
    expect(() => bundle.call('DISTMODEL', [header, ...rows], edited)).toThrow(/row 4, column "Direct \(automated purchase\)"/);
    expect(() => bundle.call('DISTMODEL_WEIGHTS', 'Cheap stuff')).toThrow(/not a preset/);
  });

  it('takes a header row as its 4th argument, through the wrapper, for rows given without it', () => {
    const declared = /\nfunction DISTMODEL\(([^)]*)\)/.exec(code)?.[1]?.split(', ');
    expect(declared).toEqual(['products', 'weights', 'output', 'header']);
    const { header, rows } = calibration();
    const order = header.map((_, i) => i).reverse();
    const reversed = (row: readonly unknown[]) => order.map((i) => row[i]);
    const headed = bundle.call('DISTMODEL', [reversed(header), ...rows.map(reversed)], '', 'all') as unknown[][];
    const block = rows.slice(2, 5).map(reversed);
    const out = bundle.call('DISTMODEL', block, '', 'all', [reversed(header)]);
    expect(out).toEqual(headed.slice(3, 6));
    expect(() => bundle.call('DISTMODEL', block, '', 'all', [['Notes', 'Price']])).toThrow(
      /^DISTMODEL: header: "Notes", "Price" names 1 known column/,
    );
  });

  it('accepts a Date from a cell as a bad value, not a crash', () => {
    const { header, rows } = calibration();
    const dated = [...(rows[0] ?? [])];
    dated[header.indexOf('Price')] = new Date(2026, 0, 1) as unknown as string;
    const out = bundle.call('DISTMODEL', [header, dated]) as unknown[][];
    expect(out[1]?.[0]).toMatch(/^Price: a date is not an amount/);
  });
});

describe('DISTMODEL_FIT called as Sheets calls it', () => {
  it('spills a fitted table that DISTMODEL takes as weights, beating Balanced on unseen products', () => {
    // Planted on the documented domain table, and fitted from it (the planted truth's own start).
    const train = plantedSet(600, 8);
    const unseen = plantedSet(1000, 99, 0);
    const start = domainGrid();
    const fitted = bundle.call('DISTMODEL_FIT', train.products, train.models, start) as unknown[][];
    expect(fitted[0]).toEqual([...WEIGHTS_TABLE_HEADER, 'Note']);
    expect(String(fitted[1]?.[7])).toMatch(
      /cross-validation grouped by product profile\) the fit agrees with \d+ of 600 \(\d+%; 95% interval/,
    );
    const agree = (weights: unknown) =>
      (bundle.call('DISTMODEL', unseen.products, weights) as unknown[][])
        .slice(1)
        .filter((row, i) => row[0] === unseen.truth[i]).length;
    expect(agree(fitted)).toBeGreaterThan(agree(start));
    // The same call gives the same table (the vm is one machine; the engine test checks re-runs too).
    expect(bundle.call('DISTMODEL_FIT', train.products, train.models, start, 1)).toEqual(fitted);
  });

  it('leaves the calibration table unchanged and says why', () => {
    const { header, rows, expected } = calibration();
    const out = bundle.call('DISTMODEL_FIT', [header, ...rows], expected.map((m) => [m])) as unknown[][];
    const balanced = bundle.call('DISTMODEL_WEIGHTS') as unknown[][];
    expect(out.map((row) => row.slice(0, 7))).toEqual(balanced);
    expect(String(out[1]?.[7])).toContain('28 of 28 (100%; 95% interval 88% to 100%), the start with 28 of 28 (100%)');
  });

  it('throws a message Sheets can show for bad input', () => {
    const { header, rows, expected } = calibration();
    const models = expected.map((m) => [m]);
    expect(() => bundle.call('DISTMODEL_FIT', [header, ...rows], models.slice(1))).toThrow(
      /^DISTMODEL_FIT: models: 27 rows, but products has 28 rows/,
    );
    // A word that names no model leaves its row out, counted in the note (issue #18): never a thrown error.
    models[3] = ['Mail order'];
    const out = bundle.call('DISTMODEL_FIT', [header, ...rows], models) as unknown[][];
    expect(String(out[1]?.[7])).toContain('1 rows left out (models row 4: "Mail order" is not a distribution model)');
  });
});

describe('what a push sends', () => {
  it('ships a V8 manifest with only the minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/urlFetchWhitelist|external_request|urlfetch/i);
  });

  it('pushes exactly Code.js, appsscript.json and Sidebar.html from dist/', () => {
    const clasp = path.join(REPO_ROOT, 'node_modules/.bin/clasp');
    if (!existsSync(clasp)) throw new Error('clasp is not installed: run npm ci');
    const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: REPO_ROOT, encoding: 'utf8' }));
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });
});

describe('what would change it (issue #11), called as Sheets calls it', () => {
  it('DISTMODEL "flip" and "whatif" spill one row per calibration product under their own header', () => {
    const { header, rows } = calibration();
    const flip = bundle.call('DISTMODEL', [header, ...rows], '', 'flip') as unknown[][];
    expect(flip).toHaveLength(rows.length + 1);
    expect(flip[0]).toEqual([...OUTPUT_HEADERS.flip]);
    expect(flip.every((r) => r.length === 3)).toBe(true);
    const whatif = bundle.call('DISTMODEL', [header, ...rows], '', 'whatif') as unknown[][];
    expect(whatif.slice(1).every((r) => /changes? it/.test(String(r[0])))).toBe(true);
  });

  it('DISTMODEL_SENSITIVITY spills a header and two numbers per factor; a bad weights argument is an error', () => {
    const { header, rows } = calibration();
    const out = bundle.call('DISTMODEL_SENSITIVITY', [header, ...rows]) as unknown[][];
    expect(out).toHaveLength(rows.length + 1);
    expect(out[0]?.slice(0, 3)).toEqual(['Distribution model', 'Robust', 'Customer weight from']);
    // 2 + 2 x the Balanced table's 13 factors (the eleven and Delivery, Customer value).
    for (const row of out.slice(1)) {
      expect(row).toHaveLength(2 + 2 * 13);
      expect(typeof row[1]).toBe('boolean');
      expect(row.slice(2).every((c) => typeof c === 'number' || c === 'no limit')).toBe(true);
    }
    expect(() => bundle.call('DISTMODEL_SENSITIVITY', [header, ...rows], 'Nope')).toThrow(
      /^DISTMODEL_SENSITIVITY: weights:/,
    );
  });
  it('DISTMODEL_CONSENSUS spills one row per product from the raters\' rows; no Rater column is an error', () => {
    const { header, rows } = calibration();
    const ratings = [
      ['Rater', ...header],
      ...rows.slice(0, 5).flatMap((row) => [
        ['Ann', ...row],
        ['Ben', ...row],
      ]),
    ];
    const out = bundle.call('DISTMODEL_CONSENSUS', ratings) as unknown[][];
    const alone = bundle.call('DISTMODEL', [header, ...rows.slice(0, 5)]) as unknown[][];
    expect(out[0]?.slice(0, 4)).toEqual(['Product', 'Distribution model', 'Raters', 'Agreeing']);
    expect(out.slice(1).map((r) => r[1])).toEqual(alone.slice(1).map((r) => r[0]));
    expect(out.slice(1).every((r) => r[2] === 2 && r[3] === '2 of 2' && r[5] === false)).toBe(true);
    expect(() => bundle.call('DISTMODEL_CONSENSUS', [header, ...rows])).toThrow(
      /^DISTMODEL_CONSENSUS: ratings: the header has no Rater column/,
    );
  });
});
