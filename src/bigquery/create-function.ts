// The SQL that creates DistModel's JavaScript UDF in a BigQuery dataset. Syntax and types follow
// BigQuery's "User-defined functions" page (cloud.google.com/bigquery/docs/user-defined-functions) and the
// CREATE FUNCTION statement (cloud.google.com/bigquery/docs/reference/standard-sql/data-definition-language):
// `CREATE [OR REPLACE] FUNCTION dataset.name(params) RETURNS type LANGUAGE js AS r"""code"""`, JSON and
// STRING arguments, a STRUCT of STRING and FLOAT64 fields returned as a JavaScript object.
import { HOST_FIELDS } from '../engine/hosts';

/**
 * BigQuery's limit on a function's definition body, in bytes: "Definition body too long: N; maximum
 * allowed: 32768 bytes" (the error BigQuery gives; the UDF page's limits put inline code at 32 KB).
 */
export const MAX_BODY_BYTES = 32_768;

/** The dataset the SQL names unless told otherwise, as in the usage example. */
export const DEFAULT_DATASET = 'ds';

const PLAIN_DATASET = /^[A-Za-z_][A-Za-z0-9_]{0,1023}$/;
// A project ID is 6 to 30 lowercase letters, digits and hyphens, starting with a letter.
const PROJECT_DATASET = /^[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z_][A-Za-z0-9_]{0,1023}$/;

/**
 * The function's qualified name: "ds.distmodel", or "`my-project.ds`.distmodel" with a project.
 * @throws Error when `dataset` is not a dataset name (letters, digits, underscores) or project.dataset.
 */
export function functionName(dataset: string): string {
  if (PLAIN_DATASET.test(dataset)) return `${dataset}.distmodel`;
  if (PROJECT_DATASET.test(dataset)) return `\`${dataset}\`.distmodel`;
  throw new Error(
    `dataset: "${dataset}" is not a BigQuery dataset name; use letters, digits and underscores (my_dataset), optionally after a project ID (my-project.my_dataset).`,
  );
}

/** Bytes of `text` in UTF-8, counted by hand: Apps Script, which also builds this SQL, has no TextEncoder. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The STRUCT the function returns, from the engine's list of result fields. */
export function returnType(): string {
  return `STRUCT<${HOST_FIELDS.map((f) => `${f.name} ${f.type}`).join(', ')}>`;
}

/**
 * The whole .sql file: a comment with the usage example, then CREATE OR REPLACE FUNCTION with `body`
 * inline as a raw string.
 * @throws Error when the body is over MAX_BODY_BYTES, holds `"""` (it would end the raw string), or the
 *   dataset is not a dataset name.
 */
export function createFunctionSql(body: string, dataset: string = DEFAULT_DATASET): string {
  const name = functionName(dataset);
  const bytes = utf8Bytes(body);
  if (bytes > MAX_BODY_BYTES)
    throw new Error(`The function body is ${bytes} bytes; BigQuery accepts at most ${MAX_BODY_BYTES}.`);
  if (body.includes('"""')) throw new Error('The function body holds """, which would end its raw string.');
  const table = dataset.includes('.') ? `\`${dataset}.products\`` : `${dataset}.products`;
  return [
    '-- DistModel as a BigQuery function: the same engine as the DISTMODEL formula, one product per call.',
    '-- Run this once in the dataset, then score a table (blank weights = the Balanced preset):',
    `--   SELECT p.*, ${name}(TO_JSON(p), '') AS d FROM ${table} p`,
    "-- The weights argument may also be a preset name ('B2B software') or a weights table as CSV text.",
    `-- Function body: ${bytes} bytes (BigQuery's limit: ${MAX_BODY_BYTES}).`,
    `CREATE OR REPLACE FUNCTION ${name}(product JSON, weights STRING)`,
    `RETURNS ${returnType()}`,
    'LANGUAGE js',
    `AS r"""${body}""";`,
    '',
  ].join('\n');
}

/** The function body of an SQL file written by createFunctionSql: the text of its raw string. */
export function bodyOf(sql: string): string {
  const start = sql.indexOf('AS r"""');
  const end = sql.lastIndexOf('""";');
  if (start < 0 || end < start) throw new Error('No LANGUAGE js body (AS r"""...""") in this SQL.');
  return sql.slice(start + 'AS r"""'.length, end);
}
