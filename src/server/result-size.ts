// A custom function's result has a size limit (scoring/plan/limits.ts): a formula typed over a range too
// large for one result is answered, before any scoring, with how to split it, instead of Google's bare
// "Result too large" after up to 30 s of work.
import { CallError } from '../engine';
import { maxTypedRows, typedSplitRows } from './scoring/plan/limits';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Rows a custom function's range argument holds (a single cell is one). */
export function argumentRows(products: unknown): number {
  return Array.isArray(products) ? products.length : 1;
}

/**
 * Throws a CallError (shown in the cell's tooltip, under 300 characters) when `rows` rows of `width`
 * columns would exceed what one formula may return; `what` names the output ("the \"all\" output").
 */
export function checkResultSize(rows: number, width: number, what: string): void {
  if (rows <= maxTypedRows(width)) return;
  const split = typedSplitRows(width);
  throw new CallError(
    `${fmt(rows)} rows of ${what} (${fmt(width)} columns each) are more than one formula can return in Google Sheets; split the range into formulas of at most ${fmt(split)} rows, or use Score products in the sidebar, which splits it for you.`,
  );
}
