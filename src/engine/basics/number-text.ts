// Numbers in sentences, "1,234.5": what toLocaleString('en-US', { maximumFractionDigits: 2 }) gives, without
// its cost (Intl formatting takes microseconds per call, and a "whatif" column makes several per row).

import { abs, round } from './sandbox-math';

/**
 * `n` rounded to `digits` decimals (2 unless given), trailing zeros dropped, thousands separated by commas:
 * 2000 -> "2,000". Plain arithmetic and text, no Intl: hosts such as BigQuery's JavaScript may lack it.
 */
export function formatAmount(n: number, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = round(n * scale) / scale;
  const [whole = '', fraction] = `${abs(rounded)}`.split('.');
  // Integers above 1e21 print in exponent form; amounts and weights never come near it.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded < 0 ? '-' : '';
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}
