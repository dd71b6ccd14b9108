// What DistModel makes of each column of a product table's header: the product name, a factor (and how it
// was recognised), a second column for a factor another column already holds, a factor the weights turn
// off, or a column it does not read. Shown to users so that no column is ignored silently.

import { isBlank, normalizeHeader, normalizeKey } from '../basics/text';
import { BUILT_IN_FACTORS } from '../model/factors';
import type { Scorer } from '../scoring/scorer';
import { type ColumnMatch, factorNames, mapHeader, mappedHeaderKeys } from './columns';
import { columnUnit } from './header-units';
import { headerWordsKey } from './header-words';

export type ColumnRole =
  | { readonly kind: 'product' }
  /** `scale`: what one unit of the column is worth (1000 for "Price (k$)"); `problem`: its unit is refused. */
  | {
      readonly kind: 'factor';
      readonly factor: string;
      readonly matchedBy: ColumnMatch;
      readonly scale: number;
      readonly problem: string | null;
    }
  /** Another column already holds this factor (`usedColumn`); this one is not read. */
  | { readonly kind: 'duplicate'; readonly factor: string; readonly usedColumn: number }
  /** A built-in factor the weights table leaves out or weighs 0. */
  | { readonly kind: 'off'; readonly factor: string }
  | { readonly kind: 'ignored' };

export interface ColumnDescription {
  /** 0-based column in the header row. */
  readonly column: number;
  readonly header: string;
  readonly role: ColumnRole;
}

function matchesFactor(scorer: Scorer, f: number, cell: string, mapped: readonly string[]): boolean {
  const exact = normalizeKey(cell);
  const loose = normalizeHeader(cell);
  const keys = new Set([...(scorer.factors[f]?.headerKeys ?? []), ...mapped]);
  if (keys.has(exact) || keys.has(loose)) return true;
  const words = headerWordsKey(cell);
  return words !== '' && factorNames(scorer, f).some((n) => headerWordsKey(n) === words);
}

function builtInNamed(cell: string): string | null {
  const loose = normalizeHeader(cell);
  const words = headerWordsKey(cell);
  for (const factor of BUILT_IN_FACTORS) {
    const names = [factor.name, ...factor.synonyms];
    if (names.some((n) => normalizeKey(n) === loose || (words !== '' && headerWordsKey(n) === words)))
      return factor.name;
  }
  return null;
}

function unreadRole(scorer: Scorer, cell: string, factorColumn: Int32Array): ColumnRole {
  const mapped = mappedHeaderKeys(scorer);
  for (let f = 0; f < scorer.factors.length; f++) {
    const used = factorColumn[f] as number;
    if (used >= 0 && matchesFactor(scorer, f, cell, mapped[f] ?? [])) {
      return { kind: 'duplicate', factor: scorer.factors[f]?.name ?? '', usedColumn: used };
    }
  }
  const builtIn = builtInNamed(cell);
  const scored =
    builtIn !== null && scorer.factors.some((f) => normalizeKey(f.name) === normalizeKey(builtIn));
  return builtIn !== null && !scored ? { kind: 'off', factor: builtIn } : { kind: 'ignored' };
}

/**
 * Each non-blank header cell (a row of 1 x columns) with what DistModel reads from its column under these
 * weights: the same mapping DISTMODEL and the sidebar use (mapHeader), described for people.
 */
export function describeColumns(scorer: Scorer, header: readonly unknown[]): ColumnDescription[] {
  const columns = mapHeader(scorer, header);
  const factorAt = new Map<number, number>();
  columns.factorColumn.forEach((c, f) => {
    if (c >= 0) factorAt.set(c, f);
  });
  const out: ColumnDescription[] = [];
  header.forEach((cell, column) => {
    if (isBlank(cell)) return;
    const text = String(cell);
    const f = factorAt.get(column);
    let role: ColumnRole;
    if (f !== undefined) {
      const factor = scorer.factors[f];
      const table = scorer.table.factors.find((t) => t.name === factor?.name);
      const how = columns.matchedBy?.[f] ?? 'name';
      const unit = table?.kind === 'numeric' ? columnUnit(table.name, text) : { ok: true as const, scale: 1 };
      role = {
        kind: 'factor',
        factor: factor?.name ?? '',
        matchedBy: how,
        scale: unit.ok ? unit.scale : 1,
        problem: unit.ok ? null : `the unit "${unit.unit}" cannot be read`,
      };
    } else if (column === columns.productColumn) {
      role = { kind: 'product' };
    } else {
      role = unreadRole(scorer, text, columns.factorColumn);
    }
    out.push({ column, header: text, role });
  });
  return out;
}
