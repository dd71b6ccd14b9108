// (c) End to end through SQL: the exact body registered in DuckDB (@duckdb/node-api) as a scalar function
// distmodel(product, weights) returning the same STRUCT, called over a table of products as the usage
// example calls it in BigQuery: SELECT p.*, distmodel(TO_JSON(p), '') AS d FROM products p.
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDistmodel } from '../../bench/duckdb-distmodel';
import { builtBody, distmodelFields, productSets } from './support';

type Connection = Awaited<ReturnType<DuckDBInstance['connect']>>;
let connection: Connection;
let instance: DuckDBInstance;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  registerDistmodel(connection, builtBody());
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

/** A table `products` holding a set, every column as text or a double, as a warehouse table would. */
async function loadTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const types = header.map((_, c) => (rows.every((r) => typeof r[c] === 'number') ? 'DOUBLE' : 'VARCHAR'));
  const columns = header.map((h, c) => `"${h.replaceAll('"', '""')}" ${types[c]}`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE products (${columns})`);
  const appender = await connection.createAppender('products');
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (types[c] === 'DOUBLE') appender.appendDouble(cell as number);
      else appender.appendVarchar(String(cell));
    });
    appender.endRow();
  }
  appender.closeSync();
}

describe('the function body as a SQL function in DuckDB', () => {
  for (const set of productSets()) {
    it(`scores the table of ${set.name} (${set.rows.length}) as DISTMODEL does`, async () => {
      await loadTable(set.header, set.rows);
      const reader = await connection.runAndReadAll(
        "SELECT p.*, distmodel(to_json(p), '') AS d FROM products p",
      );
      const got = reader.getRowObjectsJS().map((row) => row.d);
      expect(got).toEqual(distmodelFields(set));
      // The products' own columns come back beside the result, untouched.
      const first = reader.getRowObjectsJS()[0] as Record<string, unknown>;
      expect(first[set.header[0] as string]).toBe(set.rows[0]?.[0]);
    });
  }

  it('gives a bad row its message and scores the rest', async () => {
    const set = productSets()[0];
    if (!set) throw new Error('no calibration products');
    const bad = set.header.map((h, c) => (h === 'Customer' ? 'Martians' : (set.rows[0]?.[c] ?? '')));
    await loadTable(set.header, [bad, ...set.rows.slice(1, 3)]);
    const reader = await connection.runAndReadAll('SELECT distmodel(to_json(p), NULL) AS d FROM products p');
    const models = reader.getRowObjectsJS().map((row) => (row.d as { model: string }).model);
    expect(models[0]).toMatch(/^Customer: "Martians" is not accepted/);
    expect(models.slice(1)).toEqual(
      distmodelFields({ ...set, rows: set.rows.slice(1, 3) }).map((f) => f.model),
    );
  });
});
