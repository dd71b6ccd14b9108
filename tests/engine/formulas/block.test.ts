// =DISTMODEL(products, [weights], [output]) on plain values (issue #2, §5): the shapes a range can take,
// headers, blank and bad rows, output kinds, and the weights argument.
import { describe, expect, it } from 'vitest';
import {
  CallError,
  CONFIDENCE_LEVELS,
  distmodel,
  EMPTY_ROW_MESSAGE,
  HEADERLESS_ORDER,
  MODEL_DISPLAY_NAMES,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  PRESET_NAMES,
  parseOutputKind,
  presetTable,
  weightsTableToGrid,
} from '../../../src/engine/index';
import { readCalibration } from '../../support/calibration';

const calibration = readCalibration();
const HEADER = calibration.header;
const HEADED = [HEADER, ...calibration.products.map((p) => p.cells)];
/** The calibration rows without their Product cell: the eleven factors in the documented order. */
const FACTOR_ROWS = calibration.products.map((p) => p.cells.slice(1));
const EXPECTED = calibration.products.map((p) => p.expected);
const model = (out: unknown[][]) => out.map((row) => row[0]);

describe('the calibration header is the documented column order', () => {
  it('Product, then the factors in HEADERLESS_ORDER', () => {
    expect(HEADER).toEqual(['Product', ...HEADERLESS_ORDER]);
  });
});

describe('a block with a header', () => {
  it('returns its own header row, then one row per product', () => {
    const out = distmodel(HEADED);
    expect(out).toHaveLength(HEADED.length);
    expect(out[0]).toEqual(['Distribution model']);
    expect(model(out.slice(1))).toEqual(EXPECTED);
  });

  it('reads columns by header whatever their order', () => {
    const order = HEADER.map((_, i) => i).reverse();
    const shuffled = HEADED.map((row) => order.map((i) => row[i]));
    expect(distmodel(shuffled, 'Balanced', 'all')).toEqual(distmodel(HEADED, 'Balanced', 'all'));
  });

  it('reads columns by their synonyms', () => {
    const synonyms = [
      'Name',
      'Customer type',
      'Type',
      'Price (USD)',
      'Sales complexity',
      'Try before buying',
      'Brand control',
      'Market reach',
      'Market type',
      'Number of buyers',
      'After-sales service',
      'Frequency',
    ];
    expect(distmodel([synonyms, ...HEADED.slice(1)], 'Balanced', 'all')).toEqual(
      distmodel(HEADED, 'Balanced', 'all'),
    );
  });

  it('ignores columns it does not know', () => {
    const extra = HEADED.map((row, r) => [
      r === 0 ? 'Notes' : 'anything at all',
      ...row,
      r === 0 ? 'Owner' : 42,
    ]);
    expect(distmodel(extra, 'Balanced', 'all')).toEqual(distmodel(HEADED, 'Balanced', 'all'));
  });

  it('gives a row with only a product name the empty-row message, blank elsewhere', () => {
    const out = distmodel([HEADER, ['Mystery product']], 'Balanced', 'all');
    expect(out[1]).toEqual([EMPTY_ROW_MESSAGE, ...Array(OUTPUT_HEADERS.all.length - 1).fill('')]);
    expect(EMPTY_ROW_MESSAGE).toMatch(/factor/);
  });

  it('recognises a header of two known headers among unknown ones', () => {
    const out = distmodel([
      ['Notes', 'Segment', 'Owner', 'Frequency'],
      ['x', 'B2C', 'me', 'Frequent'],
    ]);
    expect(out[0]).toEqual(['Distribution model']);
    expect(MODEL_DISPLAY_NAMES).toContain(out[1]?.[0]);
  });
});

describe('rows without a header', () => {
  it('are read in the documented column order', () => {
    expect(model(distmodel(FACTOR_ROWS))).toEqual(EXPECTED);
  });

  it('a row one cell wider (twelve cells) starts with the product name', () => {
    const twelve = calibration.products.map((p) => p.cells);
    expect(twelve[0]).toHaveLength(12);
    expect(distmodel(twelve, 'Balanced', 'all')).toEqual(distmodel(FACTOR_ROWS, 'Balanced', 'all'));
  });

  it('a shorter row leaves the factors after it unknown', () => {
    const short = [['B2C', 'Software', 10]];
    const headed = [
      ['Customer', 'Product type', 'Price'],
      ['B2C', 'Software', 10],
    ];
    expect(distmodel(short, 'Balanced', 'all')[0]).toEqual(distmodel(headed, 'Balanced', 'all')[1]);
  });

  it('ragged rows are each read as far as they go', () => {
    const ragged = [FACTOR_ROWS[0] as string[], ['B2C'], ['B2B', 'Service', '250k', 'High']];
    const out = distmodel(ragged, 'Balanced', 'all');
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(distmodel([ragged[0]], 'Balanced', 'all')[0]);
    expect(out[1]).toEqual(
      distmodel(
        [
          ['Customer', 'Reach'],
          ['B2C', ''],
        ],
        'Balanced',
        'all',
      )[1],
    );
    expect(out[2]).toEqual(
      distmodel([['Customer', 'Product type', 'Price', 'Complexity'], ragged[2]], 'Balanced', 'all')[1],
    );
  });

  it('a row that names only one factor header is data, and its bad cell says so', () => {
    const out = distmodel([['Customer', 'Software']]);
    expect(out).toHaveLength(1);
    expect(out[0]?.[0]).toBe('Customer: "Customer" is not accepted; use B2B, B2C or Both.');
  });
});

describe('a single cell or a single row', () => {
  it('a scalar is the Customer column of one row', () => {
    expect(distmodel('B2B', 'Balanced', 'all')).toEqual(distmodel([['B2B']], 'Balanced', 'all'));
    expect(distmodel('B2B')).toEqual([['Direct (assisted sales)']]);
  });

  it('a blank scalar is a blank row', () => {
    for (const blank of ['', null, undefined])
      expect(distmodel(blank, 'Balanced', 'all')).toEqual([Array(OUTPUT_HEADERS.all.length).fill('')]);
  });

  it('a 1-D array is one row', () => {
    const row = FACTOR_ROWS[7] as string[];
    expect(distmodel(row, 'Balanced', 'all')).toEqual(distmodel([row], 'Balanced', 'all'));
  });

  it('a column of values (rows of one cell) is one product per row', () => {
    const out = distmodel([['B2B'], ['B2C'], ['']]);
    expect(out).toEqual([['Direct (assisted sales)'], ['Open resale'], ['']]);
  });
});

describe('blank rows', () => {
  it('give blank output rows of the output width, never zeros or errors', () => {
    const block = [HEADER, HEADED[1], [], ['', '', null, undefined, '  '], HEADED[2]];
    for (const kind of OUTPUT_KINDS) {
      const out = distmodel(block, 'Balanced', kind);
      const width = OUTPUT_HEADERS[kind].length;
      expect(out[2]).toEqual(Array(width).fill(''));
      expect(out[3]).toEqual(Array(width).fill(''));
      // A scored row fills its first cell, except 'flip' where no single change flips the row (three blanks).
      if (kind !== 'flip') expect(out[1]?.[0]).not.toBe('');
    }
  });

  it('a missing row (a hole in the array) is a blank row, not a crash', () => {
    // Sheets never sends holes, but other callers (scripts, the sidebar) might; map() would keep them.
    const holey: unknown[] = [HEADER, HEADED[1]];
    holey.length = 4;
    const out = distmodel(holey, 'Balanced', 'scores');
    expect(out).toHaveLength(4);
    expect(out[2]).toEqual(['', '', '', '']);
    expect(out[3]).toEqual(['', '', '', '']);
  });

  it('an open range (A2:L with trailing blank rows) spills blanks below the products', () => {
    const open = [...FACTOR_ROWS, ...Array.from({ length: 50 }, () => Array(11).fill(''))];
    const out = distmodel(open);
    expect(out).toHaveLength(open.length);
    expect(model(out.slice(0, FACTOR_ROWS.length))).toEqual(EXPECTED);
    expect(out.slice(FACTOR_ROWS.length).every((row) => row.length === 1 && row[0] === '')).toBe(true);
  });
});

describe('a bad cell', () => {
  it('puts a readable message in its own row, naming the column, the value and what is accepted', () => {
    const block = [HEADER, HEADED[1], ['Bad', 'Martians', ...(HEADED[2] as string[]).slice(2)], HEADED[3]];
    const out = distmodel(block, 'Balanced', 'all');
    expect(out[2]).toEqual([
      'Customer: "Martians" is not accepted; use B2B, B2C or Both.',
      ...Array(OUTPUT_HEADERS.all.length - 1).fill(''),
    ]);
    const alone = distmodel([HEADER, HEADED[1], HEADED[3]], 'Balanced', 'all');
    expect(out[1]).toEqual(alone[1]);
    expect(out[3]).toEqual(alone[2]);
  });

  it('several bad cells of one row are all reported, in the order of the weights table', () => {
    const out = distmodel([
      ['Customer', 'Price', 'Complexity'],
      ['Gov', 'free', 9],
    ]);
    const message = out[1]?.[0] as string;
    expect(message.indexOf('Customer: "Gov"')).toBeGreaterThanOrEqual(0);
    expect(message.indexOf('Price: "free"')).toBeGreaterThan(message.indexOf('Customer'));
    // Past the first two, a problem is counted and named by its column.
    expect(message.indexOf('And 1 more problem: Complexity.')).toBeGreaterThan(message.indexOf('Price'));
  });

  it('wins over the good cells of its row: no half-scored recommendation', () => {
    const out = distmodel([
      ['Customer', 'Market'],
      ['B2B', 'Huge'],
    ]);
    expect(out[1]?.[0]).toMatch(/^Market: "Huge" is not accepted; use (Mass or Niche|Niche or Mass)\.$/);
    expect(out[1]).toHaveLength(1);
  });
});

describe('output kinds', () => {
  it('are model, scores, explain and all', () => {
    expect([...OUTPUT_KINDS]).toEqual(['model', 'scores', 'explain', 'all', 'flip', 'whatif']);
  });

  it.each([
    ['model', ['Distribution model']],
    ['scores', [...MODEL_DISPLAY_NAMES]],
    ['explain', ['Explanation']],
    [
      'all',
      [
        'Distribution model',
        ...MODEL_DISPLAY_NAMES,
        'Margin',
        'Close call',
        'Runner-up',
        'Could also be',
        'Evidence',
        'Confidence',
        'Explanation',
      ],
    ],
  ] as const)('"%s" has its header and width on every row', (kind, header) => {
    const out = distmodel(HEADED, 'Balanced', kind);
    expect(out[0]).toEqual(header);
    for (const row of out) expect(row).toHaveLength(header.length);
  });

  it('"model" is the default (also for a blank output argument) and names the model', () => {
    expect(distmodel(HEADED)).toEqual(distmodel(HEADED, undefined, 'model'));
    expect(distmodel(HEADED, '', '')).toEqual(distmodel(HEADED, undefined, 'model'));
    expect(distmodel(HEADED, null, null)).toEqual(distmodel(HEADED, undefined, 'model'));
  });

  it('"scores" gives four numbers from -100 to 100 with one decimal, the winner the highest', () => {
    const scores = distmodel(HEADED, 'Balanced', 'scores');
    const models = distmodel(HEADED, 'Balanced', 'model');
    scores.slice(1).forEach((row, i) => {
      for (const s of row) {
        expect(typeof s).toBe('number');
        expect(s).toBeGreaterThanOrEqual(-100);
        expect(s).toBeLessThanOrEqual(100);
        expect(Math.round((s as number) * 10)).toBeCloseTo((s as number) * 10, 9);
      }
      const winner = MODEL_DISPLAY_NAMES.indexOf(models[i + 1]?.[0] as string);
      expect(row[winner]).toBe(Math.max(...(row as number[])));
    });
  });

  it('"all" is the model, the scores, margin, close call, runner-up, could also be, evidence, confidence and explanation, consistently', () => {
    const all = distmodel(HEADED, 'Balanced', 'all');
    const parts = {
      model: distmodel(HEADED, 'Balanced', 'model'),
      scores: distmodel(HEADED, 'Balanced', 'scores'),
      explain: distmodel(HEADED, 'Balanced', 'explain'),
    };
    all.slice(1).forEach((row, i) => {
      expect(row[0]).toEqual(parts.model[i + 1]?.[0]);
      expect(row.slice(1, 5)).toEqual(parts.scores[i + 1]);
      expect(typeof row[5]).toBe('number');
      expect(typeof row[6]).toBe('boolean');
      expect(MODEL_DISPLAY_NAMES).toContain(row[7]);
      expect(row[7]).not.toBe(row[0]);
      const also = String(row[8]);
      for (const name of also === '' ? [] : also.split(', ')) expect(MODEL_DISPLAY_NAMES).toContain(name);
      expect(also.split(', ')).not.toContain(row[0]);
      expect(row[9]).toMatch(/^\d+ of 13 factors, \d+% of the weight$/);
      expect(CONFIDENCE_LEVELS).toContain(row[10]);
      // The Close call cell is FALSE exactly when the lead is clear (Likely or Firm).
      expect(row[6]).toBe(row[10] !== 'Likely' && row[10] !== 'Firm');
      expect(row[11]).toEqual(parts.explain[i + 1]?.[0]);
    });
  });

  it('is matched case- and space-insensitively', () => {
    expect(parseOutputKind(' ALL ')).toBe('all');
    expect(parseOutputKind('Scores')).toBe('scores');
  });

  it.each(['explanation', 'best', 'mode l2', 3, true])(
    'an unknown output (%j) throws a CallError listing the kinds',
    (output) => {
      const call = () => distmodel(HEADED, 'Balanced', output);
      expect(call).toThrow(CallError);
      expect(call).toThrow(
        /^output: .* is not accepted; use "model", "scores", "explain", "all", "flip" or "whatif"\.$/,
      );
    },
  );
});

describe('the weights argument', () => {
  const all = (weights: unknown) => distmodel(HEADED, weights, 'all');

  it.each([undefined, null, '', '  ', [['']], [[''], ['']], []])('%j means Balanced', (weights) => {
    expect(all(weights)).toEqual(all('Balanced'));
  });

  it.each([...PRESET_NAMES])('"%s" by name, in a single cell, or as its spilled table', (name) => {
    const expected = all(weightsTableToGrid(presetTable(name)));
    expect(all(name)).toEqual(expected);
    expect(all(name.toLowerCase())).toEqual(expected);
    expect(all([[name]])).toEqual(expected);
  });

  it('the presets do not all give the same scores', () => {
    const results = new Set(PRESET_NAMES.map((n) => JSON.stringify(all(n))));
    expect(results.size).toBe(PRESET_NAMES.length);
  });

  it.each(['Aggressive', 42, true, [['Nope']]])(
    'an unknown preset (%j) throws a CallError naming the presets',
    (weights) => {
      const call = () => all(weights);
      expect(call).toThrow(CallError);
      for (const name of PRESET_NAMES) expect(call).toThrow(name);
    },
  );

  it('a bad table throws a CallError naming the row and column', () => {
    const grid = weightsTableToGrid(presetTable('Balanced')) as unknown[][];
    (grid[6] as unknown[])[2] = -3;
    expect(() => all(grid)).toThrow(CallError);
    expect(() => all(grid)).toThrow(/Weights table row 7, column "Weight": -3 is negative/);
  });

  it('a table that is not a weights table at all throws, rather than scoring with nonsense', () => {
    expect(() => all(HEADED)).toThrow(CallError);
    expect(() => all(HEADED)).toThrow(/column "Factor" is missing/);
  });
});

describe('the header argument (rows given without their header row)', () => {
  const shuffle = (row: readonly unknown[]) => {
    const order = [3, 0, 7, 11, 1, 5, 9, 2, 10, 4, 8, 6];
    return order.map((i) => row[i]);
  };
  const SHUFFLED = HEADED.map(shuffle);

  it('reads columns by the header, in any order, with no header row in the output', () => {
    const headed = distmodel(SHUFFLED, 'Balanced', 'all');
    const rows = SHUFFLED.slice(1);
    expect(distmodel(rows, 'Balanced', 'all', [SHUFFLED[0]])).toEqual(headed.slice(1));
    // A block from the middle of the table lines up with those rows of the headed result.
    expect(distmodel(rows.slice(3, 7), 'Balanced', 'all', [SHUFFLED[0]])).toEqual(headed.slice(4, 8));
  });

  it('matches synonyms as a header row does', () => {
    const synonyms = ['Name', 'Customer type', 'Type', 'Price (USD)', ...HEADER.slice(4)];
    expect(
      distmodel(
        FACTOR_ROWS.map((r) => ['x', ...r]),
        '',
        'scores',
        [synonyms],
      ),
    ).toEqual(distmodel(HEADED, '', 'scores').slice(1));
  });

  it('counts a custom factor column named by the header', () => {
    const grid = [
      ...weightsTableToGrid(presetTable('Balanced')),
      ['Warranty', 'Short', 50, 2, 2, 2, -2],
      ['Warranty', 'Long', '', -2, -2, -2, 2],
    ];
    const header = ['Warranty', ...HEADER];
    const rows = HEADED.slice(1).map((row) => ['Long', ...row]);
    const out = distmodel(rows, grid, 'model', [header]);
    expect(out).toEqual(distmodel([header, ...rows], grid, 'model').slice(1));
    // Long warranty, weighed 50 for Open resale, wins everywhere, which the rows alone would not give.
    expect(new Set(model(out))).toEqual(new Set(['Open resale']));
    expect(
      model(
        distmodel(
          rows.map((r) => r.slice(1)),
          grid,
          'model',
          [HEADER],
        ),
      ),
    ).toEqual(EXPECTED);
  });

  it('ignores product cells beyond the header; a shorter row leaves the rest unknown', () => {
    const header = HEADER.slice(0, 4);
    const wide = HEADED.slice(1).map((row) => [...row.slice(0, 4), 'not a value', 'junk']);
    const narrow = HEADED.map((row) => row.slice(0, 4));
    expect(distmodel(wide, '', 'all', [header])).toEqual(distmodel(narrow, '', 'all').slice(1));
  });

  it.each([
    ['omitted', undefined],
    ['an empty string', ''],
    ['a range of blank cells', [['', '', '']]],
  ])('%s keeps the old behaviour', (_, header) => {
    expect(distmodel(HEADED, '', 'all', header)).toEqual(distmodel(HEADED, '', 'all'));
    expect(distmodel(FACTOR_ROWS, '', 'all', header)).toEqual(distmodel(FACTOR_ROWS, '', 'all'));
  });

  it.each([
    ['one known column', [['Customer', 'Notes']], /^header: "Customer", "Notes" names 1 known column/],
    ['no known column', 'Notes', /^header: "Notes" names 0 known column/],
    ['several rows', [HEADER, HEADER], /^header: give the column names as one row/],
  ])('with %s is a wrong call (CallError naming the argument)', (_, header, message) => {
    expect(() => distmodel(FACTOR_ROWS, '', 'all', header)).toThrow(CallError);
    expect(() => distmodel(FACTOR_ROWS, '', 'all', header)).toThrow(message);
  });
});
