// One way to write a count in the sidebar: with a thousands separator ("12,345 rows"), whatever the
// browser's locale, so every panel reads alike and tests can assert the text.
import { formatAmount } from '../src/engine';

export function formatCount(n: number): string {
  // The engine's number formatting (no Intl: it is far slower per call, and counts are redrawn often).
  return formatAmount(n);
}
