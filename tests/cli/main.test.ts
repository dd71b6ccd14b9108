// (d) The command line on CSV files: `distmodel score` writes DISTMODEL's cells beside each product, bad
// rows get the formula's messages and the run goes on, wrong calls exit 2 with a message; `distmodel sql`
// prints the function's SQL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { distmodel, OUTPUT_HEADERS, presetTable, weightsTableToGrid } from '../../src/engine/index';
import { parseCsv } from '../../workbench/app/csv';
import { CALIBRATION_FIXTURE, REPO_ROOT, readCalibration } from '../support/calibration';

const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-cli-'));

function file(name: string, text: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

async function run(
  args: string[],
  stdin = '',
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  stderr.on('data', (c) => errors.push(String(c)));
  const input = new PassThrough();
  input.end(stdin);
  const code = await main(args, { stdout, stderr, stdin: input, env });
  return { code, out: chunks.join(''), err: errors.join('') };
}

const toCsv = (rows: readonly (readonly unknown[])[]) =>
  rows
    .map((r) =>
      r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : c)).join(','),
    )
    .join('\n');

describe('distmodel score', () => {
  const { header, products } = readCalibration();
  const products_csv = file('products.csv', toCsv([header, ...products.map((p) => p.cells)]));

  it('writes each product with the cells DISTMODEL gives it, for every output', async () => {
    for (const output of ['model', 'scores', 'all'] as const) {
      const { code, out, err } = await run(['score', products_csv, '--output', output]);
      expect(code).toBe(0);
      const rows = parse(out, { cast: false }) as string[][];
      expect(rows[0]).toEqual([...header, ...OUTPUT_HEADERS[output]]);
      const expected = distmodel([header, ...products.map((p) => p.cells)], '', output).slice(1);
      const shown = expected.map((r) =>
        r.map((c) => (typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : String(c))),
      );
      expect(rows.slice(1).map((r) => r.slice(header.length))).toEqual(shown);
      expect(rows.slice(1).map((r) => r.slice(0, header.length))).toEqual(products.map((p) => p.cells));
      expect(err).toContain(`Scored ${products.length} product(s).`);
    }
  });

  // The repo's copy of the shared calibration file (pinned to it by hash), so a clean clone runs it too.
  it('reads the calibration file as it is (its Expected model column is simply not read)', async () => {
    const { code, out } = await run(['score', CALIBRATION_FIXTURE]);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    const expectedAt = rows[0]?.indexOf('Expected model') ?? -1;
    const agree = rows.slice(1).filter((r) => r[expectedAt] === r.at(-1)).length;
    expect(agree).toBeGreaterThan(rows.length / 2);
  });

  it('gives a bad row the formula message, a broken CSV line a warning, and scores the rest', async () => {
    const bad = file(
      'bad.csv',
      `Product,Customer,Price\nGood,B2B,500000\nBad,Martians,cheap\nStray,Mar"s,5\nAfter,B2C,9\n"Never closed,B2C,5\n`,
    );
    const { code, out, err } = await run(['score', bad]);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    const formula = distmodel(
      [
        ['Product', 'Customer', 'Price'],
        ['Bad', 'Martians', 'cheap'],
      ],
      '',
      'model',
    );
    expect(rows.find((r) => r[0] === 'Bad')?.[3]).toBe(formula[1]?.[0]);
    expect(rows.find((r) => r[0] === 'Bad')?.[3]).toMatch(/^Customer: "Martians" is not accepted/);
    expect(rows.find((r) => r[0] === 'Stray')?.[3]).toMatch(/^Customer: "Mar"s" is not accepted/);
    expect(rows.find((r) => r[0] === 'After')?.[3]).toBe(
      distmodel(
        [
          ['Product', 'Customer', 'Price'],
          ['After', 'B2C', 9],
        ],
        '',
        'model',
      )[1]?.[0],
    );
    expect(err).toMatch(/line \d+: not read as CSV/);
    expect(err).toMatch(/with a message instead of a model/);
  });

  it('reads weights from a CSV file or a preset, and text amounts in the given locale', async () => {
    const table = weightsTableToGrid(presetTable('Industrial equipment'));
    const weights = file('weights.csv', toCsv(table));
    const viaFile = await run(['score', products_csv, '--weights', weights, '--output', 'scores']);
    const viaPreset = await run([
      'score',
      products_csv,
      '--preset',
      'Industrial equipment',
      '--output',
      'scores',
    ]);
    expect(viaFile.code).toBe(0);
    expect(viaFile.out).toBe(viaPreset.out);
    const german = file('de.csv', 'Product,Customer,Price\nA,B2B,"1,500"\n');
    const de = parseCsv((await run(['score', german, '--locale', 'de_DE', '--output', 'all'])).out);
    expect(de[1]?.[3]).toBe(
      distmodel(
        [
          ['Product', 'Customer', 'Price'],
          ['A', 'B2B', 1.5],
        ],
        '',
        'model',
      )[1]?.[0],
    );
    const unknown = parseCsv((await run(['score', german, '--output', 'all'])).out);
    expect(unknown[1]?.[3]).toMatch(/^Price: "1,500" reads as 1,500 or as 1\.5/);
    // With no locale anywhere, the message says where one can be given.
    expect(unknown[1]?.[3]).toContain('--locale');
  });

  it('reads the README\'s "$12,000" in the environment\'s locale when --locale is not given', async () => {
    const dollars = file('usd.csv', 'Product,Customer,Price\nA,B2B,"$12,000"\n');
    const plain = file('plain.csv', 'Product,Customer,Price\nA,B2B,12000\n');
    const want = parseCsv((await run(['score', plain, '--output', 'all'])).out)[1]?.slice(3);
    for (const env of [{ LANG: 'en_US.UTF-8' }, { LC_ALL: 'en_GB' }, { LANG: 'C', LC_NUMERIC: 'en_US' }]) {
      const got = parseCsv((await run(['score', dollars, '--output', 'all'], '', env)).out)[1]?.slice(3);
      expect(got).toEqual(want);
    }
    // A flag beats the environment: in German "$12,000" is twelve dollars.
    const de = parseCsv((await run(['score', dollars, '--locale', 'de_DE'], '', { LANG: 'en_US' })).out);
    expect(de[1]?.[3]).toBe(
      parseCsv((await run(['score', file('twelve.csv', 'Product,Customer,Price\nA,B2B,12\n')])).out)[1]?.[3],
    );
  });

  it('keeps a ragged row whole: short rows padded, surplus cells after the results', async () => {
    const ragged = file('ragged.csv', 'Product,Customer,Price\nShort,B2B\nLong,B2B,500000,extra\n');
    const rows = parseCsv((await run(['score', ragged])).out);
    expect(rows[1]).toEqual(['Short', 'B2B', '', 'Direct (assisted sales)']);
    expect(rows[2]).toEqual(['Long', 'B2B', '500000', 'Direct (assisted sales)', 'extra']);
  });

  it('reads products from standard input with -', async () => {
    const { code, out } = await run(['score', '-'], 'Product,Customer,Price\nA,B2B,500000\n');
    expect(code).toBe(0);
    expect(parseCsv(out)[1]).toEqual(['A', 'B2B', '500000', 'Direct (assisted sales)']);
  });

  it('exits 2 with a message for a wrong call, writing no results', async () => {
    const cases: [string[], RegExp][] = [
      [['score'], /give one products CSV file/],
      [['score', path.join(dir, 'missing.csv')], /cannot read the file/],
      [['score', products_csv, '--preset', 'Nope'], /neither a weights table range nor a preset/],
      [['score', products_csv, '--output', 'everything'], /output: "everything" is not accepted/],
      [['score', products_csv, '--weights', file('w.csv', 'Factor,Level\nPrice,0\n')], /"Weight" is missing/],
      [['score', products_csv, '--weights', 'a.csv', '--preset', 'Balanced'], /not both/],
      [['score', file('nohead.csv', 'a,b\n1,2\n')], /first line .* names 0 known column/],
      [['score', products_csv, '--colour'], /Unknown option/],
      [['frobnicate'], /Unknown command/],
      [['sql', '--dataset', 'bad name'], /not a BigQuery dataset name/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
      expect(out).not.toContain('Distribution model');
    }
  });
});

describe('distmodel sql', () => {
  it('prints the CREATE FUNCTION statement for the dataset given', async () => {
    const { code, out } = await run(['sql', '--dataset', 'sales']);
    expect(code).toBe(0);
    expect(out).toContain('CREATE OR REPLACE FUNCTION sales.distmodel(product JSON, weights STRING)');
    expect(out).toContain("SELECT p.*, sales.distmodel(TO_JSON(p), '') AS d FROM sales.products p");
  });
});

describe('bin/distmodel.mjs, as npx distmodel runs it', () => {
  it('scores a CSV file from a fresh process', () => {
    const products = file('one.csv', 'Product,Customer,Price\nA,B2B,500000\n');
    const out = execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'bin/distmodel.mjs'), 'score', products],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(parseCsv(out)[1]).toEqual(['A', 'B2B', '500000', 'Direct (assisted sales)']);
  });
});
