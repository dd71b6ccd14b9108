// The BigQuery function's SQL for the sidebar's "Larger than a sheet?" section. scripts/build.mjs puts the
// built SQL into Code.js as the constant DISTMODEL_BIGQUERY_SQL (esbuild define), so the sidebar fetches it
// on demand instead of carrying 32 KB it rarely needs. The add-on only hands out text: it calls nothing in
// Google Cloud and needs no scope for it.
import { bodyOf, createFunctionSql, DEFAULT_DATASET } from '../bigquery/create-function';

// Replaced by the built SQL text when bundled; undeclared (typeof gives "undefined") in unbundled tests.
declare const DISTMODEL_BIGQUERY_SQL: string | undefined;

function builtSql(): string | null {
  return typeof DISTMODEL_BIGQUERY_SQL === 'string' ? DISTMODEL_BIGQUERY_SQL : null;
}

/**
 * The CREATE FUNCTION text for `dataset` (blank: "ds"), built from `built` (the SQL of the build).
 * @throws Error when this copy was built without the SQL, or the dataset is not a BigQuery dataset name.
 */
export function bigQuerySql(dataset: unknown, built: string | null = builtSql()): string {
  if (built === null) throw new Error('this copy of DistModel was built without its BigQuery function');
  const name = typeof dataset === 'string' && dataset.trim() !== '' ? dataset.trim() : DEFAULT_DATASET;
  return createFunctionSql(bodyOf(built), name);
}
