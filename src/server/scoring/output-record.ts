// What DistModel last wrote into a sheet's output columns, kept in document properties. A column header
// says where the output goes, not who wrote each cell under it: a value a user typed over a frozen result
// is theirs. So every write records a fingerprint of the rows as DistModel left them, and a later run
// treats a non-blank cell that no longer matches as the user's. One fingerprint per output column and
// block of rows (one row per block up to MAX_BLOCKS rows) keeps the record within the 9 KB a property
// value may hold; in a larger table a changed cell makes its column's cells in that block the user's.
import { readJson, textHash, toPlainCell, OUTPUT_WIDTH as WIDTH, writeJson } from '../sheets';

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
export function cellText(value: unknown): string {
  // Text and numbers first, without global lookups (String, Number.isFinite): this runs for every cell.
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return value - value === 0 ? `${value}` : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const p = toPlainCell(value);
  return p === null ? '' : `${p}`.trim();
}

function blockHash(texts: readonly string[]): string {
  return (textHash(JSON.stringify(texts)) % HASH_RANGE).toString(36).padStart(HASH_CHARS, '0');
}

const blankHashes = new Map<number, string>();
function blankHash(rows: number): string {
  let hash = blankHashes.get(rows);
  if (hash === undefined) {
    hash = blockHash(new Array<string>(rows).fill(''));
    blankHashes.set(rows, hash);
  }
  return hash;
}

/**
 * Tracks, during one execution, which cells of the output area are DistModel's: those the last record
 * vouches for, and those written since. `values` is the sheet's getDataRange().getValues(); the ledger
 * patches its copy of the output cells as rows are written, so the record saved describes the sheet.
 * Work is proportional to what is asked and written: a block of the last record is checked only when
 * one of its cells is asked about, and a save hashes only the blocks written since the last one (a chunked
 * run of 50,000 rows hashes each row once, not once per chunk).
 */
export class OutputLedger {
  private readonly record: OutputRecord | null;
  private readonly blockRows: number;
  /** Rows written in this execution (index: row - fromRow). */
  private readonly written: Uint8Array;
  /** Per block of the loaded record and output column: 0 not checked yet, 1 vouched for, 2 not. */
  private readonly checked: Uint8Array;
  /** Fingerprints for the next save, per block and column (this execution's blocks); '' to compute. */
  private readonly hashes: string[];

  constructor(
    private readonly sheetId: number,
    private readonly column: number,
    private readonly fromRow: number,
    private readonly toRow: number,
    private readonly values: unknown[][],
    /** Columns inserted (+) or deleted (-) before the output since the record was written (output-marker.ts). */
    columnShift = 0,
  ) {
    const rows = Math.max(0, toRow - fromRow + 1);
    this.blockRows = Math.max(1, Math.ceil(rows / MAX_BLOCKS));
    this.written = new Uint8Array(rows);
    // The record names the column it was written for; columns inserted or deleted before it since move it.
    this.record = usable(loadRecord(sheetId), column - columnShift);
    this.checked = new Uint8Array(this.record ? recordBlocks(this.record) * WIDTH : 0);
    this.hashes = new Array<string>(Math.ceil(rows / this.blockRows) * WIDTH).fill('');
    this.reuseRecordedHashes();
  }

  /** Whether the cell (output column j) is as DistModel last left it; blank cells are nobody's. */
  owns(row: number, j: number): boolean {
    if (row < this.fromRow || row > this.toRow) return false;
    if (this.written[row - this.fromRow] === 1 || this.text(row, j) === '') return true;
    return this.vouched(row, j);
  }

  /** Notes that a row's output cells now hold `cells` (null: cleared). */
  wrote(row: number, cells: readonly unknown[] | null): void {
    if (row < this.fromRow || row > this.toRow) return;
    // The record's verdict on the rest of this row's block is taken from the cells as they were.
    for (let j = 0; j < WIDTH; j++) this.vouched(row, j);
    while (this.values.length < row) this.values.push([]);
    const target = this.values[row - 1] as unknown[];
    for (let j = 0; j < WIDTH; j++) target[this.column - 1 + j] = cells ? (cells[j] ?? '') : '';
    this.written[row - this.fromRow] = 1;
    const block = Math.floor((row - this.fromRow) / this.blockRows);
    this.hashes.fill('', block * WIDTH, (block + 1) * WIDTH);
  }

  save(): void {
    let hashes = '';
    for (let b = 0; b * this.blockRows <= this.toRow - this.fromRow; b++) {
      const a = this.fromRow + b * this.blockRows;
      const rows = rowRange(a, Math.min(a + this.blockRows - 1, this.toRow));
      for (let j = 0; j < WIDTH; j++) {
        const at = b * WIDTH + j;
        if (this.hashes[at] === '') this.hashes[at] = this.fingerprint(rows, j);
        hashes += this.hashes[at];
      }
    }
    const record: OutputRecord = {
      column: this.column,
      fromRow: this.fromRow,
      toRow: this.toRow,
      blockRows: this.blockRows,
      hashes,
    };
    writeJson(PREFIX + this.sheetId, record);
  }

  /** A block's column as the record keeps it: its hash when every cell is DistModel's (or blank). */
  private fingerprint(rows: readonly number[], j: number): string {
    const texts = rows.map((r) => this.text(r, j));
    // Blocks not written yet are blank: one hash per size, so a chunked run hashes each row about once.
    if (texts.every((t) => t === '')) return blankHash(texts.length);
    return rows.every((r) => this.owns(r, j)) ? blockHash(texts) : NOT_OURS;
  }

  /**
   * A record of the same blocks is kept as it is for the blocks this execution does not write: a block
   * changed since by a user no longer hashes to it, which the next run finds as this one would.
   */
  private reuseRecordedHashes(): void {
    const r = this.record;
    if (!r || r.fromRow !== this.fromRow || r.toRow !== this.toRow || r.blockRows !== this.blockRows) return;
    if (r.hashes.length !== this.hashes.length * HASH_CHARS) return;
    for (let at = 0; at < this.hashes.length; at++)
      this.hashes[at] = r.hashes.slice(at * HASH_CHARS, (at + 1) * HASH_CHARS);
  }

  /** Whether the loaded record vouches for the cell: its block and column still hash to what it holds. */
  private vouched(row: number, j: number): boolean {
    const r = this.record;
    if (!r || row < r.fromRow || row > r.toRow) return false;
    const b = Math.floor((row - r.fromRow) / r.blockRows);
    const at = b * WIDTH + j;
    if (at >= this.checked.length) return false;
    if (this.checked[at] === 0) {
      const expected = r.hashes.slice(at * HASH_CHARS, (at + 1) * HASH_CHARS);
      const a = r.fromRow + b * r.blockRows;
      const rows = rowRange(a, Math.min(a + r.blockRows - 1, r.toRow));
      const ok = expected !== NOT_OURS && blockHash(rows.map((x) => this.text(x, j))) === expected;
      this.checked[at] = ok ? 1 : 2;
    }
    return this.checked[at] === 1;
  }

  private text(row: number, j: number): string {
    return cellText(this.values[row - 1]?.[this.column - 1 + j]);
  }
}

/** A record for another column, or one that does not read back whole, vouches for nothing. */
function usable(record: OutputRecord | null, column: number): OutputRecord | null {
  if (!record || record.column !== column || !(record.blockRows >= 1)) return null;
  if (typeof record.hashes !== 'string' || !Number.isInteger(record.fromRow)) return null;
  if (!Number.isInteger(record.toRow)) return null;
  return record;
}

/** Blocks the record holds fingerprints for (whole ones only). */
function recordBlocks(record: OutputRecord): number {
  return Math.floor(record.hashes.length / (HASH_CHARS * WIDTH));
}

function rowRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
