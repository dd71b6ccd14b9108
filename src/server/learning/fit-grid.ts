// Pure helpers for learning from the sheet: which columns of a product table may hold the known models,
// how a fitted table keeps the notes a user wrote in the saved table's Note column, and the sidebar's answer.
import {
  FIT_NOTE_PREFIX,
  type FitProduct,
  findHeaderRow,
  findTableColumns,
  fitProducts,
  fitSummary,
  isBlank,
  type LearnResult,
  MODEL_DISPLAY_NAMES,
  mapHeader,
  modelIndexOf,
  NOTE_COLUMN,
  normalizeKey,
  type Scorer,
} from '../../engine';
import type { FitResult, ModelColumn, PlainCell, WeightsGrid } from '../../shared/sidebar-contract';
import type { ProductTable } from '../sheets';

/**
 * The table's columns that are neither a factor the scorer reads nor the product name and in which at least
 * one of the rows `rows` (the table's data rows, sliced to its columns) names a model, with how many do. A
 * column naming none (checkboxes, notes) cannot hold the known models, so it is never offered.
 */
export function modelColumns(
  scorer: Scorer,
  table: ProductTable,
  rows: readonly (readonly unknown[])[],
): ModelColumn[] {
  const { factorColumn, productColumn } = mapHeader(scorer, table.headers);
  const used = new Set([...factorColumn, productColumn]);
  const out: ModelColumn[] = [];
  table.headers.forEach((header, c) => {
    if (used.has(c)) return;
    const named = rows.filter((row) => modelIndexOf(row[c]) >= 0).length;
    if (named === 0) return;
    out.push({ column: table.firstColumn + c, header: isBlank(header) ? '' : String(header), named });
  });
  return out;
}

/** The column where most rows name a model; null when no column names any. */
export function suggestedColumn(columns: readonly ModelColumn[]): number | null {
  const best = columns.reduce<ModelColumn | null>((a, b) => (a === null || b.named > a.named ? b : a), null);
  return best && best.named > 0 ? best.column : null;
}

function rowKey(factor: unknown, level: unknown): string {
  return `${normalizeKey(String(factor ?? ''))}|${normalizeKey(String(level ?? ''))}`;
}

/** The user's own notes of a saved table, by factor and level (the fit's earlier notes left out). */
function userNotes(stored: WeightsGrid): Map<string, string> {
  const notes = new Map<string, string>();
  const h = findHeaderRow(stored);
  const header = stored[h];
  if (!header) return notes;
  const cols = findTableColumns(header);
  const noteCol = header.findIndex((cell) => normalizeKey(String(cell ?? '')) === normalizeKey(NOTE_COLUMN));
  if (noteCol < 0 || cols.factor < 0 || cols.level < 0) return notes;
  let factor: PlainCell = '';
  for (const row of stored.slice(h + 1)) {
    if (!isBlank(row[cols.factor])) factor = row[cols.factor] ?? '';
    const note = row[noteCol];
    if (isBlank(note) || String(note).startsWith(FIT_NOTE_PREFIX)) continue;
    notes.set(rowKey(factor, row[cols.level]), String(note));
  }
  return notes;
}

/**
 * The fitted grid (fittedGrid's columns, Note last) with each row's own note from the saved table kept
 * after the fit's: a save writes the Note column whole, and a user's note must not be lost by it.
 */
export function withUserNotes(fitted: WeightsGrid, stored: WeightsGrid): WeightsGrid {
  const notes = userNotes(stored);
  if (notes.size === 0) return fitted;
  const noteAt = (fitted[0]?.length ?? 1) - 1;
  return fitted.map((row, r) => {
    const own = r === 0 ? undefined : notes.get(rowKey(row[0], row[1]));
    if (own === undefined) return row;
    const fitNote = row[noteAt];
    const copy = [...row];
    copy[noteAt] = isBlank(fitNote) ? own : `${fitNote} ${own}`;
    return copy;
  });
}

/**
 * The sidebar's answer for a fit: `grid` is the table to save, `version` the saved table's it started from,
 * `sheetRow` turns a data row of the product table (0-based below its header) into a 1-based sheet row.
 */
export function fitResult(
  result: LearnResult,
  grid: WeightsGrid,
  version: string,
  sheetRow: (dataRow: number) => number,
): FitResult {
  const products = fitProducts(result);
  const onSheet = (p: FitProduct) => ({ ...p, row: sheetRow(p.row) });
  return {
    status: 'fitted',
    verdict: result.verdict,
    summary: fitSummary(result),
    before: result.before,
    after: result.after,
    folds: result.plan.folds,
    leaveOneOut: result.plan.leaveOneOut,
    perModel: result.afterByModel.flatMap((after, m) =>
      after.total === 0
        ? []
        : [
            {
              model: MODEL_DISPLAY_NAMES[m] as string,
              before: result.beforeByModel[m] as typeof after,
              after,
            },
          ],
    ),
    balanced: { before: result.balancedBefore, after: result.balancedAfter },
    hurt: result.hurt.map((m) => MODEL_DISPLAY_NAMES[m] as string),
    skipped: result.known.skipped.length,
    changes: result.changes.map((c) => ({ ...c, model: MODEL_DISPLAY_NAMES[c.model] as string })),
    weightChanges: result.weightChanges,
    stillWrong: products.stillWrong.map(onSheet),
    stillWrongCount: products.stillWrongCount,
    changed: products.changed.map(onSheet),
    changedCount: products.changedCount,
    grid,
    version,
  };
}
