// google.script.run only carries primitives, null, plain objects and arrays: a Date fails the call and
// `undefined` inside an array silently becomes null. Checking before sending turns that into a clear error
// at the line that caused it instead of a lost or altered value on the server.

/** The path of the first value that would not cross google.script.run unchanged, or null when all is plain. */
export function findNonPlain(value: unknown, path = 'argument'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} (${value})`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) return `${path}[${i}] (undefined)`;
      const bad = findNonPlain(item, `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === undefined) continue;
      const bad = findNonPlain(item, `${path}.${key}`);
      if (bad) return bad;
    }
    return null;
  }
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  return `${path} (${kind === 'Object' ? 'a class instance' : `a ${kind}`})`;
}
