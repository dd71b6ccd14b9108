// Property-based tests of the block form (issue #2, §7): whatever lands in the cells, DISTMODEL answers one
// row per input row, of the output's width, each a model, a blank or a readable message; and the scoring
// rule holds on random tables and rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  CallError,
  CONFIDENCE_LEVELS,
  countKnownHeaders,
  distmodel,
  EMPTY_ROW_MESSAGE,
  MODEL_DISPLAY_NAMES,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  type OutputKind,
  PRESET_NAMES,
  PRODUCT_COLUMN,
  presetTable,
  resolveWeights,
} from '../../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { parsedTable, referenceScore, type TableRow, tableGrid } from '../support';

const RUNS = { numRuns: 300 };

const KNOWN_HEADERS = [
  ...BUILT_IN_FACTORS.flatMap((f) => [f.name, ...f.synonyms]),
  PRODUCT_COLUMN.name,
  ...PRODUCT_COLUMN.synonyms,
];
const GOOD_VALUES = [
  ...BUILT_IN_FACTORS.flatMap((f) => [...f.levels, ...Object.keys(f.aliases ?? {})]),
  1,
  3,
  5,
  true,
  false,
  120,
  '12k',
  '$1,200',
  '1.5M',
  'USD 300',
  ' high ',
];
const SHEET_ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#ERROR!', '#NUM!', '#NULL!'];
const HUGE = [
  '('.repeat(30_000),
  'x'.repeat(60_000),
  'B2B '.repeat(10_000),
  `$${'9'.repeat(400)}`,
  '1'.repeat(5000),
];

/** Anything a cell could hold, and a good deal that it could not. */
const junkCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...GOOD_VALUES), weight: 6 },
  { arbitrary: fc.constantFrom('', null, undefined, '   '), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e308, -1e-300, 2.5, 6), weight: 1 },
  { arbitrary: fc.date(), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...SHEET_ERRORS), weight: 1 },
  { arbitrary: fc.constantFrom(...KNOWN_HEADERS), weight: 1 },
  { arbitrary: fc.array(fc.anything(), { maxLength: 3 }), weight: 1 },
  {
    arbitrary: fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
    }),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
);

/** A header cell: a known header in some spelling, or a column DistModel does not know. */
const headerCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN_HEADERS), weight: 4 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...KNOWN_HEADERS), fc.constantFrom('upper', 'lower', 'snake', 'unit'))
      .map(([h, how]) =>
        how === 'upper'
          ? h.toUpperCase()
          : how === 'lower'
            ? h.toLowerCase()
            : how === 'snake'
              ? h.replace(/ /g, '_')
              : `${h} (USD)`,
      ),
    weight: 2,
  },
  { arbitrary: junkCell, weight: 1 },
);

const grid = (cell: fc.Arbitrary<unknown>) => fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 8 });

/** A grid with or without a header row in front. */
const anyGrid: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.option(fc.array(headerCell, { minLength: 1, maxLength: 14 }), { nil: undefined }), grid(junkCell))
  .map(([header, rows]) => (header ? [header, ...rows] : rows));

const isBlankCell = (v: unknown) =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const FACTOR_NAMES = BUILT_IN_FACTORS.map((f) => f.name);

/** A readable message: the empty-row message, or one or more "Column: ..." sentences. */
function isMessage(cell: unknown, factorNames: readonly string[]): boolean {
  if (typeof cell !== 'string' || cell === '') return false;
  if (cell === EMPTY_ROW_MESSAGE) return true;
  return (
    factorNames.some((name) => cell.startsWith(`${name}: `)) &&
    /is (not accepted|not an amount|below)|shows #|reads as .* or as|cannot read/.test(cell)
  );
}

function isModelSentence(cell: unknown): boolean {
  return (
    typeof cell === 'string' &&
    MODEL_DISPLAY_NAMES.some(
      (name) =>
        cell.startsWith(`${name} `) ||
        cell.startsWith(`Close call: ${name} `) ||
        cell.startsWith(`Tie: ${name} `) ||
        (cell.startsWith('Thin evidence: ') && cell.includes(` ${name} `)),
    )
  );
}

/** Checks one output row against its input row. */
function checkRow(
  kind: OutputKind,
  out: readonly unknown[],
  input: readonly unknown[],
  factorNames: string[],
) {
  const width = OUTPUT_HEADERS[kind].length;
  expect(out).toHaveLength(width);
  // A row of blanks, unchecked checkboxes (FALSE) and filled-down 0s is no product: nobody started it.
  if (input.every((v) => isBlankCell(v) || v === false || v === 0)) {
    expect(out).toEqual(Array(width).fill(''));
    return;
  }
  const first = out[0];
  // A row with anything in it is never answered with a blank.
  expect(first).not.toBe('');
  if (isMessage(first, factorNames)) {
    expect(out.slice(1).every((c) => c === '')).toBe(true);
    return;
  }
  const scores = kind === 'scores' ? out : kind === 'all' ? out.slice(1, 5) : [];
  for (const s of scores) {
    expect(typeof s).toBe('number');
    // The presets' affinities lie in -2..+2, so every score lies in -100..100.
    expect(s).toBeGreaterThanOrEqual(-100);
    expect(s).toBeLessThanOrEqual(100);
  }
  if (kind === 'model' || kind === 'all') expect(MODEL_DISPLAY_NAMES).toContain(first);
  if (kind === 'explain') expect(isModelSentence(first)).toBe(true);
  if (kind === 'all') {
    const margin = out[5] as number;
    expect(margin).toBeGreaterThanOrEqual(0);
    // Property 6: the margin is the winner's shown score minus the runner-up's; the flag is decided on it.
    const shown = (scores as number[]).map((x) => Math.round(x * 10));
    const winner = MODEL_DISPLAY_NAMES.indexOf(first as string);
    const runnerUp = MODEL_DISPLAY_NAMES.indexOf(out[7] as string);
    expect(runnerUp).toBeGreaterThanOrEqual(0);
    expect(runnerUp).not.toBe(winner);
    expect(Math.round(margin * 10)).toBe((shown[winner] as number) - (shown[runnerUp] as number));
    expect(out[6]).toBe(out[10] !== 'Likely' && out[10] !== 'Firm');
    const also = String(out[8]);
    for (const name of also === '' ? [] : also.split(', ')) expect(MODEL_DISPLAY_NAMES).toContain(name);
    expect(out[9]).toMatch(/^\d+ of \d+ factors, \d+% of the weight$/);
    expect(CONFIDENCE_LEVELS).toContain(out[10]);
    expect(isModelSentence(out[11])).toBe(true);
  }
}

const weightsArg = fc.constantFrom<unknown>(undefined, '', ...PRESET_NAMES);
const kindArg = fc.constantFrom<OutputKind>(...OUTPUT_KINDS);

describe('DISTMODEL on junk', () => {
  it('never throws, answers one row per input row of the output width, each a model, a blank or a message', () => {
    fc.assert(
      fc.property(anyGrid, weightsArg, kindArg, (g, weights, kind) => {
        const scorer = resolveWeights(weights);
        const factorNames = scorer.factors.map((f) => f.name);
        const out = distmodel(g, weights, kind);
        expect(out).toHaveLength(g.length);
        const hasHeader = g.length > 0 && countKnownHeaders(scorer, g[0] as unknown[]) >= 2;
        if (hasHeader) expect(out[0]).toEqual([...OUTPUT_HEADERS[kind]]);
        out.forEach((row, r) => {
          if (!(hasHeader && r === 0)) checkRow(kind, row, g[r] as unknown[], factorNames);
        });
      }),
      RUNS,
    );
  });

  it('never throws on a single value or a single row', () => {
    fc.assert(
      fc.property(
        fc.oneof(junkCell, fc.array(junkCell, { minLength: 1, maxLength: 14 })),
        kindArg,
        (value, kind) => {
          const out = distmodel(value, undefined, kind);
          // A range is rows of cells; a single row (no cell an array) is one row; anything else a row per item.
          const rows = !Array.isArray(value)
            ? [[value]]
            : value.length > 0 && !value.some(Array.isArray)
              ? [value]
              : Array.from(value, (r) => (Array.isArray(r) ? r : [r])); // a hole is a blank row
          expect(out).toHaveLength(rows.length);
          const hasHeader = countKnownHeaders(resolveWeights(''), rows[0] ?? []) >= 2;
          out.forEach((row, r) => {
            if (hasHeader && r === 0) expect(row).toEqual([...OUTPUT_HEADERS[kind]]);
            else checkRow(kind, row, rows[r] as unknown[], FACTOR_NAMES);
          });
        },
      ),
      RUNS,
    );
  });

  it('answers blank rows with blank rows, wherever they are', () => {
    const blankRow = fc.array(fc.constantFrom('', null, undefined, '  '), { maxLength: 12 });
    fc.assert(
      fc.property(
        grid(junkCell),
        fc.array(fc.nat(), { maxLength: 4 }),
        blankRow,
        kindArg,
        (rows, at, blank, kind) => {
          const g = [...rows];
          for (const i of at) g.splice(i % (g.length + 1), 0, blank);
          const out = distmodel(g, undefined, kind);
          expect(out).toHaveLength(g.length);
          g.forEach((row, r) => {
            if (row.every(isBlankCell)) expect(out[r]).toEqual(Array(OUTPUT_HEADERS[kind].length).fill(''));
          });
        },
      ),
      RUNS,
    );
  });

  it('throws only a CallError, with a message, for any weights or output argument', () => {
    const sheetValue = fc.oneof(
      junkCell.filter((v) => !isExotic(v)),
      fc.constantFrom(...WEIGHTS_TABLE_HEADER),
    );
    const arg = fc.oneof(
      sheetValue,
      fc.array(fc.array(sheetValue, { maxLength: 8 }), { maxLength: 6 }),
      fc.constantFrom<unknown>(...PRESET_NAMES, ...OUTPUT_KINDS),
    );
    fc.assert(
      fc.property(arg, arg, (weights, output) => {
        try {
          distmodel(
            [
              ['Customer', 'Price'],
              ['B2B', 10],
            ],
            weights,
            output,
          );
        } catch (err) {
          expect(err).toBeInstanceOf(CallError);
          expect((err as Error).message.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });
});

/** Values no Sheets range can hold and that have no string form (null-prototype objects). */
function isExotic(value: unknown): boolean {
  try {
    String(value);
    return false;
  } catch {
    return true;
  }
}

/** A headed block with one header per chosen factor, plus a product column and unknown columns. */
const headedBlock = fc
  .record({
    factors: fc.shuffledSubarray(BUILT_IN_FACTORS as (typeof BUILT_IN_FACTORS)[number][], { minLength: 2 }),
    extras: fc.subarray(['Product', 'Notes', 'Owner', 'Comment 2']),
    rows: fc.nat({ max: 6 }),
    synonymPick: fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
  })
  .chain(({ factors, extras, rows, synonymPick }) => {
    const header = [
      ...factors.map((f, i) => {
        const names = [f.name, ...f.synonyms];
        return names[(synonymPick[i] as number) % names.length] as string;
      }),
      ...extras,
    ];
    return fc
      .array(fc.array(junkCell, { minLength: header.length, maxLength: header.length }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((body) => [header, ...body] as unknown[][]);
  });

describe('column order', () => {
  it('permuting the columns of a headed block changes no result', () => {
    fc.assert(
      fc.property(
        headedBlock.chain((block) =>
          fc.tuple(
            fc.constant(block),
            fc.shuffledSubarray(
              (block[0] as unknown[]).map((_, i) => i),
              { minLength: (block[0] as unknown[]).length },
            ),
          ),
        ),
        kindArg,
        ([block, order], kind) => {
          const permuted = block.map((row) => order.map((i) => row[i]));
          expect(distmodel(permuted, 'Balanced', kind)).toEqual(distmodel(block, 'Balanced', kind));
        },
      ),
      RUNS,
    );
  });
});

describe('row independence', () => {
  it('each row of a block scores as it would alone under the same header', () => {
    fc.assert(
      fc.property(headedBlock, fc.constantFrom(...PRESET_NAMES), (block, preset) => {
        const out = distmodel(block, preset, 'all');
        block.slice(1).forEach((row, i) => {
          expect(out[i + 1]).toEqual(distmodel([block[0], row], preset, 'all')[1]);
        });
      }),
      RUNS,
    );
  });
});

/** A random weights table of 1-5 factors with 2-4 levels each, and a row picking a level or a blank. */
const tableAndRow = fc
  .array(
    fc.record({
      levels: fc.integer({ min: 2, max: 4 }),
      weight: fc.constantFrom(0, 0.1, 0.25, 0.5, 0.7, 1, 1.3, 1.5, 2, 3),
      affinity: fc.array(fc.constantFrom(-3, -2, -1.5, -1, -0.3, 0, 0.1, 0.3, 0.5, 0.7, 1, 2, 2.5, 3), {
        minLength: 16,
        maxLength: 16,
      }),
      pick: fc.integer({ min: -1, max: 3 }),
      // Models this factor cannot move (the same affinity on every level): the case where a model's scale
      // must come from the known factors exactly, or rounding noise decides its score.
      flat: fc.subarray([0, 1, 2, 3]),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .filter((factors) => factors.some((f) => f.weight > 0));

describe('the scoring rule on random tables', () => {
  it('scores, winner and margin follow the reference rule (a blank factor adds 0)', () => {
    fc.assert(
      fc.property(tableAndRow, (factors) => {
        const rows: TableRow[] = [];
        const header: string[] = ['Product'];
        const values: unknown[] = ['random product'];
        const known: Record<string, string> = {};
        factors.forEach((f, i) => {
          const name = `Factor ${String.fromCharCode(65 + i)}`;
          for (let l = 0; l < f.levels; l++) {
            const a = [0, 1, 2, 3].map((m) => f.affinity[(f.flat.includes(m) ? 0 : l) * 4 + m]) as [
              number,
              number,
              number,
              number,
            ];
            rows.push([name, `L${l}`, l === 0 ? f.weight : '', ...a]);
          }
          header.push(name);
          const level = f.pick < 0 || f.pick >= f.levels ? '' : `L${f.pick}`;
          values.push(level);
          if (level !== '') known[name] = level;
        });
        const tableRows = tableGrid(rows);
        const out = distmodel([header, values], tableRows, 'all')[1] as unknown[];
        const anyKnown = factors.some((f) => f.weight > 0 && f.pick >= 0 && f.pick < f.levels);
        if (!anyKnown) {
          expect(out[0]).toBe(EMPTY_ROW_MESSAGE);
          return;
        }
        const ref = referenceScore(parsedTable(tableRows), known);
        expect(out[0]).toBe(MODEL_DISPLAY_NAMES[ref.best]);
        ref.scores.forEach((s, m) => {
          // Shown as distances from the winner, each rounded to 0.1: within 0.1 of the exact score.
          expect(Math.abs((out[m + 1] as number) - s)).toBeLessThanOrEqual(0.1 + 1e-9);
        });
        expect(Math.abs((out[5] as number) - ref.margin)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(out[6]).toBe(out[10] !== 'Likely' && out[10] !== 'Firm');
      }),
      RUNS,
    );
  });

  it('the presets follow the reference rule on random rows of valid values', () => {
    const row = fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 11, maxLength: 11 });
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), row, (preset, picks) => {
        const table = presetTable(preset);
        const header: string[] = ['Product'];
        const values: unknown[] = ['p'];
        const known: Record<string, string> = {};
        table.factors.forEach((f, i) => {
          const pick = picks[i] as number;
          const level = pick >= 0 && pick < f.levels.length ? (f.levels[pick] as string) : undefined;
          header.push(f.name);
          values.push(level === undefined ? '' : f.kind === 'numeric' ? Number(level) : level);
          if (level !== undefined) known[f.name] = level;
        });
        const out = distmodel([header, values], preset, 'all')[1] as unknown[];
        if (Object.keys(known).length === 0) {
          expect(out[0]).toBe(EMPTY_ROW_MESSAGE);
          return;
        }
        const ref = referenceScore(table, known);
        expect(out[0]).toBe(MODEL_DISPLAY_NAMES[ref.best]);
        ref.scores.forEach((s, m) => {
          expect(Math.abs((out[m + 1] as number) - s)).toBeLessThanOrEqual(0.1 + 1e-9);
        });
      }),
      RUNS,
    );
  });
});
