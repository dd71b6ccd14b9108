// What runs inside BigQuery: the body of the JavaScript UDF `distmodel(product JSON, weights STRING)`.
// scripts/bigquery.mjs bundles this file (and the engine it imports) into the function's body, which
// BigQuery evaluates on every call: the body keeps the bundle on the global object, so the engine is set
// up once per JavaScript environment and its caches (compiled weights, mapped columns) live across rows.
import { type HostResult, scoreRecord } from '../engine/hosts';

/**
 * One call of the SQL function. `product` is the JSON argument: BigQuery passes a JSON value to JavaScript
 * as the value it holds (an object for TO_JSON(row)); text holding JSON is read too, in case a host passes
 * the JSON's text instead (docs/live-checks.md). `weights` is a weights table as CSV text, a preset name,
 * or blank/NULL for Balanced. Returns the STRUCT's fields (see HOST_FIELDS); never throws for bad input.
 */
export function distmodelUdf(product: unknown, weights: unknown): HostResult {
  let record = product;
  if (typeof record === 'string') {
    try {
      record = JSON.parse(record);
    } catch {
      record = { Product: record };
    }
  }
  const table = typeof weights === 'string' ? weights : '';
  return scoreRecord(record as Record<string, unknown> | null, table);
}
