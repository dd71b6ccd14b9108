// Types of scripts/bigquery.mjs, for the command line (src/cli/main.ts) that loads it.

/** The UDF body: the engine bundled, kept on the global object, then the call. */
export function udfBody(): Promise<string>;

/** The whole CREATE FUNCTION text for `dataset` ("ds" unless given). */
export function bigQuerySql(dataset?: string): Promise<string>;

/** Throws when `code` names Intl or a locale method (toLocaleString, localeCompare...). */
export function assertNoLocaleApis(code: string): void;
