// Builds DistModel's BigQuery function: the UDF body (src/bigquery/udf.ts and the engine, bundled and
// minified) inside the CREATE FUNCTION text of src/bigquery/create-function.ts. Used by build.mjs (which
// writes dist/bigquery/distmodel.sql) and by the command line's `distmodel sql`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { deflateSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = '__distmodelUdf';

// Whether Intl exists in BigQuery's JavaScript is not documented (docs/live-checks.md): the body must not
// reach for it, nor for the locale methods that use it.
const LOCALE_APIS = /\bIntl\b|toLocale[A-Za-z]*String|localeCompare/;

/**
 * Fails the build when `code` names Intl or a locale method.
 * @throws Error naming what it found.
 */
export function assertNoLocaleApis(code) {
  const found = code.match(LOCALE_APIS);
  if (found) throw new Error(`The BigQuery function body uses ${found[0]}, which BigQuery may lack.`);
}

async function bundle(entry, options) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    charset: 'utf8',
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text;
}

/**
 * The function body: the bundle, kept on the global object after the first call (BigQuery evaluates the
 * body on every call), then the call itself with the SQL arguments `product` and `weights`.
 * @throws Error when the bundle uses Intl or a locale method.
 */
export async function udfBody() {
  const code = await bundle('src/bigquery/udf.ts', {
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  assertNoLocaleApis(code);
  // Deflated and base64-encoded (src/bigquery/unpack.ts): the engine minified is over BigQuery's 32 KB.
  const packed = Buffer.from(deflateSync(Buffer.from(code, 'utf8'), { level: 9 })).toString('base64');
  const unpacker = await bundle('src/bigquery/unpack.ts', {
    format: 'iife',
    globalName: '__distmodelUnpack',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  assertNoLocaleApis(unpacker);
  return [
    'var g=typeof globalThis==="object"?globalThis:this;',
    `if(!g.${GLOBAL}){${unpacker.trim()}g.${GLOBAL}=__distmodelUnpack.unpack("${packed}","${GLOBAL}");}`,
    `return g.${GLOBAL}.distmodelUdf(product,weights);`,
  ].join('\n');
}

/** src/bigquery/create-function.ts, bundled and loaded here (this script runs under plain node). */
async function sqlModule() {
  const code = await bundle('src/bigquery/create-function.ts', {
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
  });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The whole .sql text for `dataset` (default "ds").
 * @throws Error when the body is over BigQuery's 32 KB, uses Intl, or the dataset name is not one.
 */
export async function bigQuerySql(dataset) {
  const [body, sql] = await Promise.all([udfBody(), sqlModule()]);
  return sql.createFunctionSql(body, dataset ?? sql.DEFAULT_DATASET);
}
