// Text normalisation shared by header, level and preset matching: users type "Product Type",
// "product_type" or " PRODUCT-TYPE " and mean the same thing.

/** Lower-cases and drops everything but letters and digits: "Product Type" = "product_type". */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * normalizeKey without a bracketed part, for product column headers only: "Price (USD)" = "Price [USD]" =
 * "Price". Never for model names, where the bracket is the difference ("Direct (assisted sales)",
 * "Direct (automated purchase)").
 */
export function normalizeHeader(text: string): string {
  // [^()] rather than [^)]: on a cell of 50,000 "(" the latter rescans the rest of the text from every
  // "(" (seconds of work); this stops at the next bracket, so it stays linear.
  return normalizeKey(text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ''));
}

/** The longest a message may be: it must read in a cell and in the sidebar (issue #17). */
export const MAX_MESSAGE = 299;

/** Choices a message names before it counts the rest: a factor of 1,000 levels must not give a page. */
const SHOWN_CHOICES = 8;

/** A piece of the user's text as a message quotes it: at most 40 characters. */
export function shortText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Joins choices for a message: "A, B or C"; past SHOWN_CHOICES, "A, B, ... or 992 more". */
export function listChoices(items: readonly string[], last = 'or'): string {
  const shown = items.slice(0, SHOWN_CHOICES).map(shortText);
  if (items.length > SHOWN_CHOICES) return `${shown.join(', ')} ${last} ${items.length - SHOWN_CHOICES} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}

/**
 * A message cut to MAX_MESSAGE characters at a word, ending "...": the last guard behind every producer
 * (each quotes at most a short piece of the input, but a row or a table can have many problems).
 */
export function clipMessage(message: string): string {
  if (message.length <= MAX_MESSAGE) return message;
  const cut = message.slice(0, MAX_MESSAGE - 3);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_MESSAGE / 2 ? cut.slice(0, space) : cut}...`;
}

/** How a cell value is quoted in a message, whatever its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${shortText(value)}"`;
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
