// Reads amounts the way people type them in a sheet: 1200, "1,200", "$12,000", "12k", "1.5M", "USD 300".

const SUFFIX: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };
const AMOUNT =
  /^(?:usd|us\$|\$)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(k|m|mm|b|bn)?\s*(?:usd)?$/;

/** The amount a cell means, or NaN when it is not an amount. */
export function parseAmount(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const match = AMOUNT.exec(value.trim().toLowerCase());
  if (!match) return Number.NaN;
  const [, digits = '', suffix = ''] = match;
  const multiplier = SUFFIX[suffix] ?? 1;
  return Number(digits.replace(/,/g, '')) * multiplier;
}

export const AMOUNT_HINT = 'a number such as 1200, or text such as "$12,000", "12k" or "1.5M"';
