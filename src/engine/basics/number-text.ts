// Numbers in sentences, "1,234.5": what toLocaleString('en-US', { maximumFractionDigits: 2 }) gives, without
// its cost (Intl formatting takes microseconds per call, and a "whatif" column makes several per row).

import { abs, isFiniteNumber, round } from './sandbox-math';

/** Groups the digits of a whole number written out in full: "2000" -> "2,000". */
function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `n` rounded to `digits` decimals (2 unless given), trailing zeros dropped, thousands separated by commas:
 * 2000 -> "2,000". Plain arithmetic and text, no Intl: hosts such as BigQuery's JavaScript may lack it.
 */
export function formatAmount(n: number, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = round(n * scale) / scale;
  const [whole = '', fraction] = `${abs(rounded)}`.split('.');
  // Integers above 1e21 print in exponent form; amounts and weights never come near it.
  const sign = rounded < 0 ? '-' : '';
  return fraction ? `${sign}${grouped(whole)}.${fraction}` : `${sign}${grouped(whole)}`;
}

/**
 * `n` exactly as it is (the shortest decimal that reads back as the same number), thousands separated:
 * 0.5749 -> "0.5749", 2000 -> "2,000". For figures a sentence states as facts (a level's bounds, a weight
 * now), where rounding would make the sentence false between the rounded and the real figure.
 */
export function formatExact(n: number): string {
  const text = `${abs(n)}`;
  // NaN, Infinity and exponent forms ("1e+21", "1e-7") have no digits to group.
  if (!isFiniteNumber(n) || text.includes('e')) return `${n}`;
  const [whole = '', fraction] = text.split('.');
  const sign = n < 0 ? '-' : '';
  return fraction ? `${sign}${grouped(whole)}.${fraction}` : `${sign}${grouped(whole)}`;
}
