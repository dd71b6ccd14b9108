// Text normalisation shared by header, level and preset matching: users type "Product Type",
// "product_type" or " PRODUCT-TYPE " and mean the same thing.

/** Lower-cases and drops everything but letters and digits: "Product Type" = "product_type". */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * normalizeKey without a bracketed part, for product column headers only: "Price (USD)" = "Price". Never for
 * model names, where the bracket is the difference ("Direct (assisted sales)", "Direct (automated purchase)").
 */
export function normalizeHeader(text: string): string {
  // [^()] rather than [^)]: on a cell of 50,000 "(" the latter rescans the rest of the text from every
  // "(" (seconds of work); this stops at the next bracket, so it stays linear.
  return normalizeKey(text.replace(/\([^()]*\)/g, ''));
}

/** Joins choices for a message: "A, B or C". */
export function listChoices(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** How a cell value is quoted in a message, whatever its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (isDate(value)) return 'a date';
  if (Array.isArray(value)) return 'a list of values';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** Dates from Sheets may come from another realm (the vm in tests), so `instanceof Date` is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell Sheets shows as empty: "" from getValues, null/undefined from other callers, or only spaces. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}
