// `npm run bench:bigquery`: DistModel beyond one spreadsheet. Figures only, nothing asserted:
//  1. the host entry point per record, with the column mapping cached per header set (scoreRecord) against
//     mapping it again for every record, paired runs (min/median/max);
//  2. 1 million products (BENCH_ROWS to change) through the command line, CSV file to CSV on /dev/null;
//  3. the same products as a DuckDB table through the BigQuery function body registered as a SQL function.
// Wall-clock rows per second for 2 and 3: they include parsing, process start-up and SQL, as a user waits.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { main } from '../src/cli/main';
import { createRecordScorer, presetScorer, type Scorer, scoreRecord } from '../src/engine';
import { builtBody } from '../tests/bigquery/support';
import { registerDistmodel } from './duckdb-distmodel';
import { pairedRatios, showRatio } from './measure';
import { productTable } from './products';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CHUNK = 10_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-bench-'));

function perRecord(): void {
  const [header = [], ...rows] = productTable(10_000);
  const records = rows.map((row) => Object.fromEntries(header.map((h, c) => [h, row[c]])));
  const balanced = presetScorer('Balanced') as Scorer;
  const cached = () => {
    for (const record of records) scoreRecord(record, '');
  };
  const uncached = () => {
    for (const record of records) createRecordScorer(balanced).score(record);
  };
  const { ratios, a, b } = pairedRatios(uncached, cached, 5);
  const us = (ms: number) => ((ms * 1000) / records.length).toFixed(1);
  console.log(
    `per record: mapped every record ${us(a.median)} us, cached per header set ${us(b.median)} us (median); uncached/cached ${showRatio(ratios)}`,
  );
}

/** A products CSV of `rows` rows (the benchmark's synthetic table, repeated), written in chunks. */
async function productsCsv(rows: number): Promise<string> {
  const file = path.join(dir, 'products.csv');
  const out = createWriteStream(file);
  const [header = [], ...chunk] = productTable(CHUNK);
  out.write(stringify([header]));
  for (let done = 0; done < rows; done += CHUNK) {
    const part = chunk.slice(0, Math.min(CHUNK, rows - done));
    if (!out.write(stringify(part))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

/**
 * Wall and CPU seconds of `fn`. CPU time (this process, DuckDB's threads included) is the figure to trust
 * on a machine shared with other work; wall time is what a user waits.
 */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const rates = (rows: number, t: { wall: number; cpu: number }) =>
  `${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU: ${fmt(rows / t.wall)} rows/s (wall), ${fmt(rows / t.cpu)} rows/s (CPU)`;

/** The command line's own code (src/cli/main.ts, as bin/distmodel.mjs runs it) on the file, output to /dev/null. */
async function throughCli(file: string, rows: number): Promise<void> {
  const stderr = new PassThrough();
  stderr.resume();
  const t = await timed(() =>
    main(['score', file, '--output', 'all', '--no-progress'], {
      stdout: createWriteStream('/dev/null'),
      stderr,
      stdin: process.stdin,
    }),
  );
  const mb = statSync(file).size / 1e6;
  console.log(`CLI, ${fmt(rows)} rows (${mb.toFixed(0)} MB CSV, output all): ${rates(rows, t)}`);
}

async function throughDuckdb(rows: number): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  registerDistmodel(connection, builtBody());
  const [header = [], ...chunk] = productTable(CHUNK);
  const columns = header.map((h, c) => `"${h}" ${typeof chunk[0]?.[c] === 'number' ? 'DOUBLE' : 'VARCHAR'}`);
  await connection.run(`CREATE TABLE products (${columns.join(', ')})`);
  const appender = await connection.createAppender('products');
  for (let done = 0; done < rows; done++) {
    for (const cell of chunk[done % CHUNK] ?? []) {
      if (typeof cell === 'number') appender.appendDouble(cell);
      else appender.appendVarchar(cell);
    }
    appender.endRow();
  }
  appender.closeSync();
  const t = await timed(() =>
    connection.run("CREATE TABLE scored AS SELECT p.*, distmodel(to_json(p), '') AS d FROM products p"),
  );
  const reader = await connection.runAndReadAll('SELECT count(*) AS n, count(d.model) AS scored FROM scored');
  const [counted] = reader.getRowObjectsJS();
  console.log(
    `DuckDB, ${fmt(rows)} rows (SQL function, the exact body): ${rates(rows, t)}; ${String(counted?.scored)} scored`,
  );
  connection.closeSync();
  instance.closeSync();
}

console.log(`DistModel beyond one spreadsheet (node ${process.version}, ${new Date().toISOString()})`);
console.log(`BigQuery function body: ${Buffer.byteLength(builtBody())} bytes (limit 32,768)`);
perRecord();
try {
  const file = await productsCsv(ROWS);
  await throughCli(file, ROWS);
  await throughDuckdb(ROWS);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
