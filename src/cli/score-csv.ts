// `distmodel score`: a products CSV in, the same CSV with DISTMODEL's output columns beside it out, one
// line per product, streamed (a file of millions of products never sits in memory). Rows are scored in
// batches by the engine's scoreGrid, so every cell, message included, is the one the formula gives.
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import {
  CallError,
  countKnownHeaders,
  HEADER_MIN_MATCHES,
  OUTPUT_HEADERS,
  type OutputCell,
  type OutputKind,
  type Reading,
  type Scorer,
  scoreGrid,
} from '../engine';

/** Products scored per call of the engine: enough to make mapping the columns per batch cost nothing. */
export const BATCH_ROWS = 2000;

export interface ScoreCsvOptions {
  readonly scorer: Scorer;
  readonly kind: OutputKind;
  readonly reading: Reading;
}

/** What a run came to, for the closing line on stderr. */
export interface ScoreCounts {
  products: number;
  /** Products whose first output cell is a message instead of a model. */
  messages: number;
  /** CSV lines that could not be read as CSV at all (an unclosed quote), reported on stderr. */
  unreadable: number;
}

// Text a spreadsheet would read as a formula when the CSV is opened: DistModel's own cells (a message
// quoting a user's value never starts with it, but a custom factor's name might) get a leading apostrophe.
const FORMULA_START = /^[=+\-@]/;
const safeCell = (cell: OutputCell): OutputCell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

/**
 * The header line must name at least HEADER_MIN_MATCHES known columns, as DISTMODEL's header argument.
 * @throws CallError saying what the first line holds and what it needs.
 */
export function checkHeader(scorer: Scorer, header: readonly string[]): void {
  const known = countKnownHeaders(scorer, header);
  if (known >= HEADER_MIN_MATCHES) return;
  const shown = header.slice(0, 4).map((h) => `"${h}"`);
  throw new CallError(
    `The first line (${shown.join(', ')}${header.length > 4 ? ', ...' : ''}) names ${known} known column(s); it needs at least ${HEADER_MIN_MATCHES}, such as "Customer" and "Price".`,
  );
}

/**
 * A stream of CSV records (string[], the header first) to output records: the header plus the output
 * kind's headers, then each product's cells plus its results (padded to the header's width).
 */
export function scoringStream(options: ScoreCsvOptions, counts: ScoreCounts): Transform {
  const { scorer, kind, reading } = options;
  // These outputs start with a model or a score, so a text there is a row's message.
  const countable = kind === 'model' || kind === 'scores' || kind === 'all';
  let header: string[] | null = null;
  let batch: string[][] = [];
  const flushBatch = (stream: Transform) => {
    if (batch.length === 0 || header === null) return;
    const width = header.length;
    const results = scoreGrid(scorer, batch, kind, header, reading);
    batch.forEach((row, r) => {
      const result = results[r] as OutputCell[];
      if (countable && isMessage(result[0] as OutputCell)) counts.messages++;
      stream.push(outputRow(row, width, result));
    });
    counts.products += batch.length;
    batch = [];
  };
  return new Transform({
    objectMode: true,
    transform(record: string[], _encoding, done: TransformCallback) {
      if (header === null) {
        try {
          checkHeader(scorer, record);
        } catch (err) {
          done(err as Error);
          return;
        }
        header = record;
        this.push([...record, ...OUTPUT_HEADERS[kind]]);
      } else {
        batch.push(record);
        if (batch.length >= BATCH_ROWS) flushBatch(this);
      }
      done();
    },
    flush(done: TransformCallback) {
      flushBatch(this);
      done();
    },
  });
}

/**
 * A product's line out: its cells under the input's headers (a short row padded), the results under theirs,
 * and cells past the header's width, if any, after the results: nothing is dropped, nothing misaligned.
 */
export function outputRow(
  row: readonly string[],
  width: number,
  result: readonly OutputCell[],
): OutputCell[] {
  const own: OutputCell[] = row.slice(0, width);
  while (own.length < width) own.push('');
  return [...own, ...result.map(safeCell), ...row.slice(width)];
}

const MODEL_NAMES = new Set(OUTPUT_HEADERS.scores);
/** Whether the first output cell of a "model", "scores" or "all" row holds a message. */
function isMessage(cell: OutputCell): boolean {
  return typeof cell === 'string' && cell !== '' && !MODEL_NAMES.has(cell);
}

/**
 * csv-parse set up for product files: a byte-order mark dropped, ragged rows allowed, blank lines skipped,
 * a stray quote inside a field kept as text (the row then gets the engine's message for that value), and
 * what still is not CSV (a quote never closed) skipped and reported through `onSkip` instead of ending the
 * run.
 */
export function productsParser(onSkip: (line: number, message: string) => void) {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on('skip', (err: Error & { lines?: number }) => onSkip(err.lines ?? 0, err.message));
  return parser;
}

/** csv-stringify writing booleans as spreadsheets do (TRUE/FALSE). */
export function resultsWriter() {
  return stringify({ cast: { boolean: (value: boolean) => (value ? 'TRUE' : 'FALSE') } });
}
