// Numbers in sentences, "1,234.5": what toLocaleString('en-US', { maximumFractionDigits: 2 }) gives, without
// its cost (Intl formatting takes microseconds per call, and a "whatif" column makes several per row).

import { abs, round } from './sandbox-math';

/** `n` rounded to 2 decimals, trailing zeros dropped, thousands separated by commas: 2000 -> "2,000". */
export function formatAmount(n: number): string {
  const rounded = round(n * 100) / 100;
  const [whole = '', fraction] = `${abs(rounded)}`.split('.');
  // Integers above 1e21 print in exponent form; amounts and weights never come near it.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded < 0 ? '-' : '';
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}
