// What Sheets keeps per cell besides its content: the number format (which also decides whether a number
// reads back as a Date) and the extras the add-on sets and reads back. Kept beside the formula engine,
// which has no formats, keyed by engine cell key.
import { DEFAULT_DATE_FORMAT, isDateFormat } from './cell-values';
import { type Area, cellKey, decodeKey } from './spills';

/** Extras Sheets keeps per cell that the add-on sets and reads back. */
export interface CellExtras {
  readonly validation: Map<number, unknown>;
}

/** The value type of one kind of extra; null means "not set". */
export type ExtraValue<K extends keyof CellExtras> =
  CellExtras[K] extends Map<number, infer V> ? V | null : never;

export class CellFormats {
  private readonly formats = new Map<number, string>();
  readonly extras: CellExtras = { validation: new Map() };

  numberFormat(key: number): string | undefined {
    return this.formats.get(key);
  }

  /** True when no cell has a number format: reading values can then skip the per-cell date check. */
  isEmpty(): boolean {
    return this.formats.size === 0;
  }

  isDate(key: number): boolean {
    return isDateFormat(this.formats.get(key));
  }

  /** A Date written to a cell is stored as a number; a date format (unless it has one) makes it read back as a Date. */
  markDate(key: number): void {
    if (!this.isDate(key)) this.formats.set(key, DEFAULT_DATE_FORMAT);
  }

  /** Sets the formats of `area` from its top-left; "" and "General" remove a format, as in Sheets. */
  setNumberFormats(area: Area, formats: readonly (readonly string[])[]): void {
    formats.forEach((row, r) => {
      row.forEach((f, c) => {
        const key = cellKey(area.sheet, area.row + r, area.col + c);
        if (f === '' || f === 'General') this.formats.delete(key);
        else this.formats.set(key, f);
      });
    });
  }

  /** Number formats set on one engine sheet, as 0-based [row, col, format]. */
  *numberFormatsOn(sheet: number): Generator<[row: number, col: number, format: string]> {
    for (const [key, format] of this.formats) {
      const cell = decodeKey(key);
      if (cell.sheet === sheet) yield [cell.row, cell.col, format];
    }
  }

  /** Follows the engine's renumbering of its sheets (a rebuild after a sheet was removed). */
  renumberSheets(ids: ReadonlyMap<number, number>): void {
    for (const map of [this.formats, this.extras.validation] as Map<number, unknown>[]) {
      const entries = [...map];
      map.clear();
      for (const [key, value] of entries) map.set(renumberKey(key, ids), value);
    }
  }

  /** Drops every format and extra of one engine sheet (the sheet was removed). */
  forgetSheet(sheet: number): void {
    for (const map of [this.formats, this.extras.validation] as Map<number, unknown>[]) {
      for (const key of map.keys()) if (decodeKey(key).sheet === sheet) map.delete(key);
    }
  }

  /** 0-based [row, col, value] of every extra of one kind set on one engine sheet. */
  *extrasOn<K extends keyof CellExtras>(
    kind: K,
    sheet: number,
  ): Generator<[row: number, col: number, value: unknown]> {
    for (const [key, value] of this.extras[kind] as Map<number, unknown>) {
      const cell = decodeKey(key);
      if (cell.sheet === sheet) yield [cell.row, cell.col, value];
    }
  }

  setExtra<K extends keyof CellExtras>(kind: K, area: Area, value: ExtraValue<K>): void {
    const map = this.extras[kind] as Map<number, unknown>;
    for (const key of keysOf(area)) {
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
  }

  extra<K extends keyof CellExtras>(kind: K, area: Area): ExtraValue<K>[][] {
    const map = this.extras[kind] as Map<number, unknown>;
    return mapArea(area, (key) => map.get(key) ?? null) as ExtraValue<K>[][];
  }

  /** Moves formats and extras with inserted (`delta` > 0) or deleted (`delta` < 0) rows or columns
   * starting at 0-based `from` on one engine sheet; those of deleted cells go. */
  shift(sheet: number, dimension: 'rows' | 'columns', from: number, delta: number): void {
    for (const map of [this.formats, this.extras.validation] as Map<number, unknown>[]) {
      const moved: [number, unknown][] = [];
      for (const [key, value] of map) {
        const cell = decodeKey(key);
        const at = dimension === 'rows' ? cell.row : cell.col;
        if (cell.sheet !== sheet || at < from) continue;
        map.delete(key);
        if (delta < 0 && at < from - delta) continue;
        const row = dimension === 'rows' ? cell.row + delta : cell.row;
        const col = dimension === 'columns' ? cell.col + delta : cell.col;
        moved.push([cellKey(sheet, row, col), value]);
      }
      for (const [key, value] of moved) map.set(key, value);
    }
  }

  /** Range.clear's formats: number formats go; data validation is not a format and stays. */
  clear(area: Area): void {
    for (const key of keysOf(area)) this.formats.delete(key);
  }
}

/** A cell key moved to its sheet's new engine id (unchanged when the sheet kept its id). */
export function renumberKey(key: number, ids: ReadonlyMap<number, number>): number {
  const cell = decodeKey(key);
  const sheet = ids.get(cell.sheet);
  return sheet === undefined ? key : cellKey(sheet, cell.row, cell.col);
}

function* keysOf(area: Area): Generator<number> {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) yield cellKey(area.sheet, r, c);
  }
}

function mapArea<T>(area: Area, read: (key: number) => T): T[][] {
  return Array.from({ length: area.rows }, (_row, r) =>
    Array.from({ length: area.cols }, (_v, c) => read(cellKey(area.sheet, area.row + r, area.col + c))),
  );
}
