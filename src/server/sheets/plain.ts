// Only plain data crosses google.script.run: a Date would arrive as null and undefined in an array as
// null, so the server converts before returning rather than letting the sidebar guess.
import { isDate } from '../../engine';
import type { PlainCell } from '../../shared/sidebar-contract';

export function toPlainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return String(value);
}

export function toPlainRow(row: readonly unknown[]): PlainCell[] {
  return Array.from(row, toPlainCell);
}

export function toPlainGrid(grid: readonly (readonly unknown[])[]): PlainCell[][] {
  return grid.map(toPlainRow);
}
