// (a) The exact SQL body, run as BigQuery runs a JavaScript UDF, in a V8 realm without Intl, agrees with
// DISTMODEL on every calibration and reference product.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertNoLocaleApis } from '../../scripts/bigquery.mjs';
import { createFunctionSql, MAX_BODY_BYTES, utf8Bytes } from '../../src/bigquery/create-function';
import { HOST_FIELDS } from '../../src/engine/index';
import { builtBody, distmodelFields, functionWithoutIntl, productSets, recordOf, SQL_FILE } from './support';

describe('dist/bigquery/distmodel.sql', () => {
  it('creates the function with the STRUCT of the issue and the body inline, under 32 KB', () => {
    const sql = readFileSync(SQL_FILE, 'utf8');
    expect(sql).toContain('CREATE OR REPLACE FUNCTION ds.distmodel(product JSON, weights STRING)');
    expect(sql).toContain(
      'RETURNS STRUCT<model STRING, direct_assisted FLOAT64, direct_automated FLOAT64, authorized_dealers FLOAT64, open_resale FLOAT64, margin FLOAT64, confidence STRING, evidence STRING>',
    );
    expect(sql).toContain('LANGUAGE js');
    expect(sql).toContain("SELECT p.*, ds.distmodel(TO_JSON(p), '') AS d FROM ds.products p");
    const body = builtBody();
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(body).not.toMatch(/\bIntl\b|toLocale|localeCompare/);
  });

  it('fails the build for a body that uses Intl or a locale method', () => {
    for (const code of [
      'new Intl.NumberFormat()',
      'n.toLocaleString()',
      'd.toLocaleDateString()',
      'a.localeCompare(b)',
    ])
      expect(() => assertNoLocaleApis(code), code).toThrow(/BigQuery may lack/);
    expect(() => assertNoLocaleApis('return n.toFixed(1) + internal;')).not.toThrow();
  });

  it('counts the body in UTF-8 bytes, as the limit of BigQuery does', () => {
    for (const text of ['', 'abc', 'é', '€', '𝄞', 'a€𝄞é\n'])
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });

  it('refuses a body over the limit, one that would end its raw string, and a dataset that is no name', () => {
    expect(() => createFunctionSql('x'.repeat(MAX_BODY_BYTES + 1))).toThrow(/at most 32768/);
    expect(() => createFunctionSql('return """;')).toThrow(/raw string/);
    expect(() => createFunctionSql('return 1;', 'my dataset; DROP')).toThrow(/dataset/);
    expect(createFunctionSql('return 1;', 'my-project.sales')).toContain(
      'CREATE OR REPLACE FUNCTION `my-project.sales`.distmodel(',
    );
  });
});

describe('the function body in a realm without Intl', () => {
  const distmodel = functionWithoutIntl(builtBody());

  for (const set of productSets()) {
    it(`agrees with DISTMODEL on every product of ${set.name} (${set.rows.length})`, () => {
      const expected = distmodelFields(set);
      const got = set.rows.map((row) => distmodel(recordOf(set.header, row), ''));
      expect(got).toEqual(expected);
    });
  }

  it('agrees with DISTMODEL under a preset and under a weights table given as CSV text', () => {
    const [set] = productSets();
    if (!set) throw new Error('no calibration products');
    const csvTable =
      'Factor,Level,Weight,Direct (assisted sales),Direct (automated purchase),Authorized dealers,Open resale\nPrice,0,1,-2,1,-2,2\nPrice,2000,1,1,-1,2,-2\nBuyers,Few,2,2,-1,0,-2\nBuyers,Many,2,-2,1,1,2';
    const grid = csvTable.split('\n').map((line) => line.split(','));
    const rows = set.rows.map((row) => recordOf(set.header, row));
    expect(rows.map((r) => distmodel(r, 'B2B software'))).toEqual(distmodelFields(set, 'B2B software'));
    expect(rows.map((r) => distmodel(r, csvTable))).toEqual(distmodelFields(set, grid));
  });

  it('answers bad input with the row message in model and nulls, and never throws', () => {
    const bad = distmodel({ Product: 'X', Customer: 'Martians', Price: 'cheap' }, null) as Record<
      string,
      unknown
    >;
    expect(bad.model).toMatch(/^Customer: "Martians" is not accepted; use B2B, B2C or Both\./);
    expect(String(bad.model).length).toBeLessThan(300);
    for (const field of HOST_FIELDS.slice(1)) expect(bad[field.name]).toBeNull();
    expect((distmodel(null, '') as Record<string, unknown>).model).toBeNull();
    const table = distmodel({ Customer: 'B2B' }, 'Factor,Level\nPrice,0') as Record<string, unknown>;
    expect(table.model).toMatch(/^weights: .*"Weight" is missing/);
  });

  it('reads a product given as JSON text as the same product', () => {
    const record = { Product: 'Slack', Customer: 'B2B', 'Product type': 'Software', Price: 105 };
    expect(distmodel(JSON.stringify(record), '')).toEqual(distmodel(record, ''));
  });
});
