// What DistModel last wrote into a sheet's output columns, kept in document properties. A column header
// says where the output goes, not who wrote each cell under it: a value a user typed over a frozen result
// is theirs. So every write records a fingerprint of the rows as DistModel left them, and a later run
// treats a non-blank cell that no longer matches as the user's. One fingerprint per output column and
// block of rows (one row per block up to MAX_BLOCKS rows) keeps the record within the 9 KB a property
// value may hold; in a larger table a changed cell makes its column's cells in that block the user's.
import { readJson, writeJson } from './document-store';
import { fnv1a } from './hash';
import { toPlainCell } from './plain';
import { OUTPUT_WIDTH as WIDTH } from './product-table';

const PREFIX = 'distmodel.output.';
/** Four base-36 characters per fingerprint (1.7 million values). */
const HASH_CHARS = 4;
/** As many blocks as keep the fingerprints of every output column within 8 KB of the 9 KB a value holds. */
const MAX_BLOCKS = Math.floor(8000 / (WIDTH * HASH_CHARS));
const HASH_RANGE = 36 ** HASH_CHARS;
/** A block holding a row that is not DistModel's: no content hashes to it, so it never matches. */
const NOT_OURS = '-'.repeat(HASH_CHARS);

interface OutputRecord {
  /** 1-based first output column: a record for another column describes nothing here. */
  readonly column: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly blockRows: number;
  /** HASH_CHARS characters per block and column: block 0's columns, then block 1's... */
  readonly hashes: string;
}

function loadRecord(sheetId: number): OutputRecord | null {
  return readJson<OutputRecord>(PREFIX + sheetId);
}

/** A cell as text; Sheets may return a written "12" as 12 or "true" as TRUE, so those read the same. */
function cellText(value: unknown): string {
  const p = toPlainCell(value);
  return typeof p === 'boolean' ? String(p).toUpperCase() : p === null ? '' : String(p).trim();
}

function blockHash(texts: readonly string[]): string {
  return (fnv1a(JSON.stringify(texts)) % HASH_RANGE).toString(36).padStart(HASH_CHARS, '0');
}

/**
 * Tracks, during one execution, which cells of the output area are DistModel's: those the last record
 * vouches for, and those written since. `values` is the sheet's getDataRange().getValues(); the ledger
 * patches its copy of the output cells as rows are written, so the record saved describes the sheet.
 */
export class OutputLedger {
  /** One flag per output cell, row by row from fromRow. */
  private readonly ours: boolean[];

  constructor(
    private readonly sheetId: number,
    private readonly column: number,
    private readonly fromRow: number,
    private readonly toRow: number,
    private readonly values: unknown[][],
  ) {
    this.ours = this.vouched(loadRecord(sheetId));
  }

  /** Whether the cell (output column j) is as DistModel last left it; blank cells are nobody's. */
  owns(row: number, j: number): boolean {
    return this.ours[(row - this.fromRow) * WIDTH + j] === true;
  }

  /** Notes that a row's output cells now hold `cells` (null: cleared). */
  wrote(row: number, cells: readonly unknown[] | null): void {
    if (row < this.fromRow || row > this.toRow) return;
    while (this.values.length < row) this.values.push([]);
    const target = this.values[row - 1] as unknown[];
    for (let j = 0; j < WIDTH; j++) {
      target[this.column - 1 + j] = cells ? (cells[j] ?? '') : '';
      this.ours[(row - this.fromRow) * WIDTH + j] = true;
    }
  }

  save(): void {
    const blockRows = Math.max(1, Math.ceil((this.toRow - this.fromRow + 1) / MAX_BLOCKS));
    let hashes = '';
    for (let a = this.fromRow; a <= this.toRow; a += blockRows) {
      const rows = rowRange(a, Math.min(a + blockRows - 1, this.toRow));
      for (let j = 0; j < WIDTH; j++) {
        const mine = rows.every((r) => this.owns(r, j));
        hashes += mine ? blockHash(rows.map((r) => this.text(r, j))) : NOT_OURS;
      }
    }
    const record: OutputRecord = {
      column: this.column,
      fromRow: this.fromRow,
      toRow: this.toRow,
      blockRows,
      hashes,
    };
    writeJson(PREFIX + this.sheetId, record);
  }

  /** Blank cells, and cells whose block and column still hash to what the record holds. */
  private vouched(record: OutputRecord | null): boolean[] {
    const ours = rowRange(this.fromRow, this.toRow).flatMap((r) =>
      Array.from({ length: WIDTH }, (_, j) => this.text(r, j) === ''),
    );
    // A record for another column, or one that does not read back whole, vouches for nothing.
    if (!record || record.column !== this.column || !(record.blockRows >= 1)) return ours;
    if (typeof record.hashes !== 'string' || !Number.isInteger(record.fromRow)) return ours;
    const blocks = Math.floor(record.hashes.length / (HASH_CHARS * WIDTH));
    for (let b = 0; b < blocks; b++) {
      const a = record.fromRow + b * record.blockRows;
      const rows = rowRange(
        Math.max(a, this.fromRow),
        Math.min(a + record.blockRows - 1, record.toRow, this.toRow),
      );
      const all = rowRange(a, Math.min(a + record.blockRows - 1, record.toRow));
      for (let j = 0; j < WIDTH; j++) {
        const at = (b * WIDTH + j) * HASH_CHARS;
        const expected = record.hashes.slice(at, at + HASH_CHARS);
        if (expected === NOT_OURS || blockHash(all.map((r) => this.text(r, j))) !== expected) continue;
        for (const r of rows) ours[(r - this.fromRow) * WIDTH + j] = true;
      }
    }
    return ours;
  }

  private text(row: number, j: number): string {
    return cellText(this.values[row - 1]?.[this.column - 1 + j]);
  }
}

function rowRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
