// The server's side of the sidebar's "Larger than a sheet?" section: the SQL built into Code.js, renamed
// for the dataset asked for. The built bundle's getBigQuerySql is checked through dist/Code.js.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../src/bigquery/create-function';
import { bigQuerySql } from '../../src/server/bigquery-sql';
import { loadBundle, readBuiltCode } from '../../workbench/vm';
import { SQL_FILE } from '../bigquery/support';

describe('getBigQuerySql', () => {
  it('hands out the built SQL, for the dataset asked for (blank: ds)', () => {
    const built = readFileSync(SQL_FILE, 'utf8');
    const bundle = loadBundle(readBuiltCode());
    expect(bundle.call('getBigQuerySql', '')).toBe(built);
    const sales = bundle.call('getBigQuerySql', 'sales') as string;
    expect(sales).toContain('CREATE OR REPLACE FUNCTION sales.distmodel(product JSON, weights STRING)');
    expect(bodyOf(sales)).toBe(bodyOf(built));
  });

  it('refuses a dataset that is no name, and says when the build left the SQL out', () => {
    expect(() => bigQuerySql('a; DROP TABLE x', 'AS r"""return 1;""";')).toThrow(
      /not a BigQuery dataset name/,
    );
    expect(() => bigQuerySql('ds', null)).toThrow(/built without its BigQuery function/);
  });
});
