// A version token for the stored weights table: a hash of its content, computed in plain JS (no
// Utilities service), so two reads of an unchanged sheet give the same token on every server.
import type { PlainCell } from '../../shared/sidebar-contract';
import { textHash } from '../sheets';

/** Trailing blank cells and rows do not change the table, so they do not change its version. */
function trimmed(grid: readonly (readonly PlainCell[])[]): PlainCell[][] {
  const rows = grid.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
    return row.slice(0, end);
  });
  let last = rows.length;
  while (last > 0 && (rows[last - 1] as PlainCell[]).length === 0) last--;
  return rows.slice(0, last);
}

export const MISSING_VERSION = 'none';

export function contentVersion(grid: readonly (readonly PlainCell[])[]): string {
  const text = JSON.stringify(trimmed(grid));
  const a = textHash(text, 0).toString(16).padStart(8, '0');
  const b = textHash(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return `v${text.length.toString(36)}-${a}${b}`;
}
