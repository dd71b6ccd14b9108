// The function body carries the engine deflated and base64-encoded: BigQuery takes at most 32 KB of inline
// JavaScript (docs/bigquery.md), and the engine minified is larger. On the first call in a JavaScript
// environment the body inflates it (fflate, a well-kept pure-JS zlib) and evaluates it once; later calls
// reuse what it built. Whether BigQuery's JavaScript allows the Function constructor is live check 37.
import { toByteArray } from 'base64-js';
import { inflateSync, strFromU8 } from 'fflate';

/**
 * Inflates `payload` (base64 of deflated UTF-8 source that defines the global `name`) and evaluates it,
 * returning that global's value.
 * @throws Error when the payload is not valid deflated base64, or the source fails to run.
 */
export function unpack(payload: string, name: string): unknown {
  const source = strFromU8(inflateSync(toByteArray(payload)));
  return new Function(`${source}\nreturn ${name};`)();
}
