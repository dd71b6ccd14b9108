// The output record's cost: a chunked run hashes each written row about once, not the whole output area
// after every chunk (issue #9: 5 chunks of 10,000 rows cost 18 s against 10 s for one). Runs the ledger
// from src/ directly on the stand-in's document properties, counting the characters it hashes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEnvironment } from '../../../workbench/gas';

const hashed = vi.hoisted(() => ({ chars: 0 }));
vi.mock('../../../src/server/sheets/hash', async (original) => {
  const actual = await original<typeof import('../../../src/server/sheets/hash')>();
  return {
    textHash: (text: string, seed?: number) => {
      hashed.chars += text.length;
      return actual.textHash(text, seed);
    },
  };
});

const { OutputLedger } = await import('../../../src/server/scoring/output-record');
const WIDTH = 8;

/** An output row as bulk scoring writes it: a model, numbers, and a sentence (the bulk of the text). */
function outputRow(r: number): unknown[] {
  return ['Open resale', 10, 20, 30, 40, 5.5, false, `Row ${r}: a sentence about why, as long as most are.`];
}

let sheets = 0;

/** A fresh sheet of `rows` rows written in chunks of `chunk`, a save after each, in one execution. */
function writeInChunks(rows: number, chunk: number): number {
  const values: unknown[][] = [];
  const ledger = new OutputLedger(++sheets, 13, 2, rows + 1, values);
  hashed.chars = 0;
  for (let from = 2; from <= rows + 1; from += chunk) {
    for (let r = from; r < Math.min(from + chunk, rows + 2); r++) ledger.wrote(r, outputRow(r));
    ledger.save();
  }
  return hashed.chars;
}

describe('OutputLedger cost', () => {
  beforeEach(() => {
    const env = createEnvironment();
    vi.stubGlobal('PropertiesService', env.services.PropertiesService);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('5 chunks of 10,000 rows hash about as much text as one chunk of 50,000', () => {
    const one = writeInChunks(50_000, 50_000);
    const five = writeInChunks(50_000, 10_000);
    expect(one).toBeGreaterThan(50_000 * 40);
    expect(five).toBeLessThanOrEqual(one * 1.2);
  });

  it('a later execution keeps what it did not write, and knows its own rows again', () => {
    const values: unknown[][] = [];
    const first = new OutputLedger(0, 13, 2, 1001, values);
    for (let r = 2; r <= 1001; r++) first.wrote(r, outputRow(r));
    first.save();
    // The user types over one frozen result; the next execution writes rows 500-509 only.
    (values[99] as unknown[])[13 - 1 + WIDTH - 1] = 'my note';
    const next = new OutputLedger(0, 13, 2, 1001, values);
    expect(next.owns(100, WIDTH - 1)).toBe(false);
    expect(next.owns(100, 0)).toBe(true);
    expect(next.owns(900, WIDTH - 1)).toBe(true);
    hashed.chars = 0;
    for (let r = 500; r <= 509; r++) next.wrote(r, outputRow(r));
    next.save();
    // Only the written rows' blocks (4 rows each here) and the block checked above were hashed again.
    expect(hashed.chars).toBeLessThan(1000 * 40);
    const third = new OutputLedger(0, 13, 2, 1001, values);
    expect(third.owns(100, WIDTH - 1)).toBe(false);
    expect(third.owns(505, WIDTH - 1)).toBe(true);
    expect(third.owns(900, WIDTH - 1)).toBe(true);
  });
});
