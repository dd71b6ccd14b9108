// What may cross google.script.run, with Apps Script's rules (developers.google.com/apps-script/guides/html/
// communication, "Parameters and return values"): primitives, null, plain objects and arrays of them.
// A Date, a function, a DOM node or a circular object makes the request fail; `undefined` inside an array
// becomes null. Used by the sidebar shim (arguments) and by the server (return values), so both sides
// apply one rule.

export class IllegalValueError extends Error {
  constructor(readonly path: string) {
    // The message the real client library gives when an argument cannot be sent.
    super(`Failed due to illegal value in property: ${path}`);
    this.name = 'IllegalValueError';
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  // Objects made in another realm (the script's vm context) have that realm's Object.prototype.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A copy of `value` that only holds legal values, or an IllegalValueError naming the first bad one. */
export function toScriptValue(value: unknown, path = '0', seen: Set<object> = new Set()): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return value;
  if (type === 'number') return Number.isFinite(value) ? value : null;
  if (type !== 'object') throw new IllegalValueError(path);
  const obj = value as object;
  if (seen.has(obj)) throw new IllegalValueError(path);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return obj.map((item, i) => toScriptValue(item, String(i), seen));
    if (!isPlainObject(obj)) throw new IllegalValueError(path);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(obj)) {
      // An undefined property is dropped, as JSON does; only array slots turn into null.
      if (item !== undefined) out[key] = toScriptValue(item, key, seen);
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}

/**
 * The value a success handler receives: a copy of the function's result. A result holding anything but
 * plain data (a Date from getValues(), say) reaches the browser as null, as it does from Apps Script.
 */
export function toReturnValue(value: unknown): unknown {
  try {
    return toScriptValue(value);
  } catch {
    return null;
  }
}

/** A name google.script.run may call: not private (`name_`), and a real identifier. */
export function isCallableName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith('_');
}
