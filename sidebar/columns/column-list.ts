// The "Columns" list's content: for each header of the selected row's table, what DistModel reads from it
// under the weights being edited (the engine's describeColumns, the same mapping formulas use), in words,
// and which factors a header could be mapped to. Pure: the view is columns-view.ts.
import { type ColumnRole, describeColumns, type Scorer } from '../../src/engine';
import type { ActiveRow } from '../../src/shared/sidebar-contract';
import { num, t } from '../words';

export interface ColumnLine {
  readonly header: string;
  /** What the column is read as, in words: "Customer", "product name", "not read". */
  readonly readAs: string;
  /** Why, or a warning: "also Customer, read from "Segment"", "unit not readable". */
  readonly note: string | null;
  /** Whether DistModel reads nothing from the column. */
  readonly unread: boolean;
  /** The factor the user mapped it to in the weights table ("Product column"), if any. */
  readonly mappedTo: string | null;
}

export interface ColumnList {
  readonly lines: readonly ColumnLine[];
  /** Factors a header can be mapped to: the weights table's factors with a weight above 0. */
  readonly factors: readonly string[];
}

const scaleText = (scale: number) => `× ${num(scale)}`;

function line(header: string, role: ColumnRole, headers: readonly unknown[]): ColumnLine {
  switch (role.kind) {
    case 'product':
      return { header, readAs: t('columns.productName'), note: null, unread: false, mappedTo: null };
    case 'factor': {
      const note = role.problem ?? (role.scale !== 1 ? scaleText(role.scale) : null);
      const mappedTo = role.matchedBy === 'mapped' ? role.factor : null;
      return { header, readAs: role.factor, note, unread: false, mappedTo };
    }
    case 'duplicate': {
      const used = String(headers[role.usedColumn] ?? '');
      const note = t('columns.readFrom', { factor: role.factor, header: used });
      return { header, readAs: t('columns.notRead'), note, unread: true, mappedTo: null };
    }
    case 'off':
      return {
        header,
        readAs: t('columns.notRead'),
        note: t('columns.noWeight', { factor: role.factor }),
        unread: true,
        mappedTo: null,
      };
    case 'ignored':
      return {
        header,
        readAs: t('columns.notRead'),
        note: t('columns.notFactor'),
        unread: true,
        mappedTo: null,
      };
  }
}

/**
 * The list for a row under the draft's compiled table (Store.draftTable); null when there is no row or the
 * draft table cannot be read.
 */
export function columnList(scorer: Scorer | null, row: ActiveRow | null): ColumnList | null {
  if (!row || !scorer) return null;
  const lines = describeColumns(scorer, row.headers).map((d) => line(d.header, d.role, row.headers));
  return { lines, factors: scorer.factors.map((f) => f.name) };
}
