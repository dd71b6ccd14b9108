// How a block's cells are read beyond the weights: the spreadsheet's locale (for text amounts) and the
// units its headers give ("Price (k$)"). Binding these to a compiled table gives the scorer that block is
// scored with; without a locale or units it is the compiled table itself.

import type { Scorer } from '../scoring/scorer';
import type { ColumnMap } from './columns';
import { columnUnit, unitProblemMessage } from './header-units';
import { numericMatcher } from './levels';
import { type DecimalMark, decimalMarkOf } from './number-locale';

/** What the caller knows about the spreadsheet the cells come from. */
export interface Reading {
  /**
   * Spreadsheet.getSpreadsheetLocale(), such as "de_DE"; null or absent when unknown. A function is asked
   * once, and only when a text amount needs it: a custom function then makes no service call for a table
   * of plain numbers.
   */
  readonly locale?: string | null | (() => string | null);
}

/** The decimal mark of a reading's locale, asked for at most once. */
function markOfReading(reading: Reading): () => DecimalMark | null {
  const { locale } = reading;
  if (typeof locale !== 'function') {
    const mark = decimalMarkOf(locale);
    return () => mark;
  }
  let known: { mark: DecimalMark | null } | null = null;
  return () => {
    known ??= { mark: decimalMarkOf(locale()) };
    return known.mark;
  };
}

/**
 * The scorer for one block: numeric factors read text in the locale's decimal mark and in their header's
 * unit. `header` is the block's header row (null without one); columns come from mapHeader on it.
 */
export function bindReading(
  scorer: Scorer,
  columns: ColumnMap,
  header: readonly unknown[] | null,
  reading: Reading = {},
): Scorer {
  const mark = markOfReading(reading);
  const lazy = typeof reading.locale === 'function';
  let changed = false;
  const factors = scorer.factors.map((factor, f) => {
    const table = scorer.table.factors.find((t) => t.name === factor.name);
    if (table?.kind !== 'numeric') return factor;
    const cell = header?.[columns.factorColumn[f] as number];
    const unit = columnUnit(factor.name, cell);
    if (!lazy && mark() === null && unit.ok && unit.scale === 1 && !unit.period) return factor;
    changed = true;
    const unitProblem = unit.ok ? null : unitProblemMessage(factor.name, String(cell), unit.unit);
    const matcher = numericMatcher(factor.name, table.bounds, {
      mark,
      scale: unit.ok ? unit.scale : 1,
      unitProblem,
      ...(unit.ok && unit.period ? { period: unit.period } : {}),
    });
    return { ...factor, matcher };
  });
  return changed ? { ...scorer, factors } : scorer;
}
