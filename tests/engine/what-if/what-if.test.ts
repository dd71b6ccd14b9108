// Issue #11 by worked examples a user can redo by hand: the fact that would change a recommendation
// (DISTMODEL "flip"), the weight range that keeps it (DISTMODEL_SENSITIVITY), the sentence combining both
// ("whatif"), and the portfolio's halved/doubled weight counts. Balanced affinities are those of
// ../shared/docs/domain.md (tests/engine/support.ts); every weight there is 1, so a score is 50 x sum / 11.
import { describe, expect, it } from 'vitest';
import {
  compileWeights,
  createWorkspace,
  distmodel,
  distmodelSensitivity,
  EMPTY_ROW_MESSAGE,
  findFlip,
  mapHeader,
  NO_LIMIT,
  OUTPUT_HEADERS,
  portfolioWeightShifts,
  roundedWeight,
  scoreInto,
  weightRanges,
} from '../../../src/engine/index';
import { FACTOR_HEADERS, PRODUCT_TABLE_HEADER } from '../../support/sheet-headers';
import { domainGrid, parsedTable, type TableRow, tableGrid } from '../support';

/** The documented domain table (11 factors, weight 1): the what-if sentences are checked on fixed numbers. */
const DOMAIN = domainGrid();

const cells = (out: unknown[][]) => out.slice(1);

describe('DISTMODEL "flip": the single fact that changes the answer', () => {
  it('a lamp (B2C, Physical, 8,000) would be Open resale below 50: the band, not one amount', () => {
    // Now: B2C [-1,1,1,1] + Physical [0,-2,1,1] + Price 2,000-100,000 [1,-1,2,-2] = [0,-2,4,0]: dealers.
    // Price 0-50 [-2,1,-2,2] instead gives [-3,0,0,4]: Open resale, 4 ahead = 50 x 4 / 11 = 18.2 points.
    const block = [
      ['Product', 'Customer', 'Product type', 'Price'],
      ['Lamp', 'B2C', 'Physical', 8000],
    ];
    expect(distmodel(block, DOMAIN, 'model')[1]).toEqual(['Authorized dealers']);
    expect(distmodel(block, DOMAIN, 'flip')).toEqual([
      ['Factor to change', 'Change it to', 'Would then get'],
      ['Price', 'below 50', 'Open resale'],
    ]);
    const changed = [block[0], ['Lamp', 'B2C', 'Physical', 49]];
    expect(distmodel(changed, DOMAIN, 'model')[1]).toEqual(['Open resale']);
    expect(distmodel(block, DOMAIN, 'whatif')[1]).toEqual([
      'One fact would change it: Price below 50 (now 2,000 to 100,000) makes it Open resale, 18.2 points ahead. ' +
        'Robust to the weights: no single weight from 0 to 3 times its value changes it, but it rests on thin evidence (3 of 11 factors, 27% of the weight): filling in the blank factors can.',
    ]);
  });

  it('merges adjacent price bands that give the same model: "below 2,000"', () => {
    // B2B, Software, 50,000, Low complexity = [3,2,1,-4]: Direct (assisted sales). Price 0-50 gives
    // [0,4,-3,0] and 50-2,000 gives [1,5,0,-2]: both Direct (automated purchase), each 4 ahead (18.2).
    const block = [
      ['Customer', 'Product type', 'Price', 'Complexity'],
      ['B2B', 'Software', 50000, 'Low'],
    ];
    expect(cells(distmodel(block, DOMAIN, 'flip'))).toEqual([
      ['Price', 'below 2,000', 'Direct (automated purchase)'],
    ]);
    for (const price of [0, 49, 50, 1999]) {
      const changed = [block[0], ['B2B', 'Software', price, 'Low']];
      expect(distmodel(changed, DOMAIN, 'model')[1]).toEqual(['Direct (automated purchase)']);
    }
    expect(distmodel(block, DOMAIN, 'whatif')[1]?.[0]).toMatch(
      /^One fact would change it: Price below 2,000 \(now 2,000 to 100,000\) makes it Direct \(automated purchase\), at least 18\.2 points ahead\./,
    );
  });

  it('an enterprise ERP no one or two facts can move: blank flip cells, and the sentence says so', () => {
    const header = [...PRODUCT_TABLE_HEADER];
    const block = [
      header,
      ['SAP S/4HANA', 'B2B', 'Software', 2000000, 'High', 'No', 'High', 'Low', 'Niche', 'Few', 'No', 'Rare'],
      ['Lamp', 'B2C', 'Physical', 8000, '', '', '', '', '', '', '', ''],
    ];
    const flip = distmodel(block, DOMAIN, 'flip');
    expect(flip[1]).toEqual(['', '', '']);
    expect(distmodel(block, DOMAIN, 'whatif')[1]?.[0]).toMatch(/^No change of one or two facts changes it\./);
    // Rows are independent: the lamp below keeps its own flip.
    expect(flip[2]).toEqual(['Price', 'below 50', 'Open resale']);
  });

  it('when no single fact does, names the best pair', () => {
    // Calibration's "Zoom Workplace (Enterprise)"-like row: only two facts together move it.
    const block = [
      ['Customer', 'Product type', 'Price', 'Complexity', 'Buyers'],
      ['B2B', 'Software', 300000, 'High', 'Few'],
    ];
    const sentence = distmodel(block, DOMAIN, 'whatif')[1]?.[0] as string;
    const pair =
      /^No single fact changes it; two together would: (.+) = (.+) and (.+) = (.+) make it (.+?)\./.exec(
        sentence,
      );
    expect(pair, sentence).not.toBeNull();
    const [, f1, v1, f2, v2, model] = pair as unknown as string[];
    const header = block[0] as string[];
    const row = [...(block[1] as unknown[])];
    row[header.indexOf(f1 as string)] = v1;
    row[header.indexOf(f2 as string)] = v2;
    expect(distmodel([header, row], DOMAIN, 'model')[1]).toEqual([model]);
    expect(distmodel(block, DOMAIN, 'flip')[1]).toEqual(['', '', '']);
  });
});

/** Reach (weight 2) High pushes Open resale by 2; Control (weight 1) High pushes Authorized dealers by 2. */
const TWO_FACTORS: readonly TableRow[] = [
  ['Reach', 'High', 2, 0, 0, 0, 2],
  ['Reach', 'Low', '', 0, 0, 0, 0],
  ['Control', 'High', 1, 0, 0, 2, 0],
  ['Control', 'Low', '', 0, 0, 0, 0],
];

function rangesOf(rows: readonly TableRow[], header: string[], values: unknown[]) {
  const scorer = compileWeights(parsedTable(tableGrid(rows)));
  const ws = createWorkspace(scorer);
  scoreInto(scorer, ws, values, mapHeader(scorer, header).factorColumn);
  return { ranges: weightRanges(scorer, ws), ws, scorer };
}

describe('weight ranges: exact ends, with the tie rule deciding the end itself', () => {
  it('Reach 2 x 2 = 4 for Open resale against Control w x 2 for dealers: Control up to 2, Reach down to 1', () => {
    const { ranges, ws } = rangesOf(TWO_FACTORS, ['Reach', 'Control'], ['High', 'High']);
    expect(ws.best).toBe(3);
    // Control's weight w: dealers 2w against resale 4, equal at w = 2, where the tie goes to dealers
    // (listed first): the range ends at 2 and 2 itself already changes the answer.
    expect(ranges[1]).toMatchObject({ low: 0, high: 2, highHolds: false, highModel: 2, robust: false });
    // Reach's weight v: resale 2v against dealers 2, equal at v = 1 (dealers again win the tie).
    expect(ranges[0]).toMatchObject({ low: 1, lowHolds: false, lowModel: 2, high: Number.POSITIVE_INFINITY });
    const block = [
      ['Reach', 'Control'],
      ['High', 'High'],
    ];
    expect(distmodel(block, tableGrid(TWO_FACTORS), 'whatif')[1]).toEqual([
      'One fact would change it: Reach = Low (now High) makes it Authorized dealers, 33.3 points ahead. ' +
        'Nearest weight change: lowering the Reach weight below 1 (now 2) makes it Authorized dealers; 2 of 2 weights can change it within 0 to 3 times their value.',
    ]);
    expect(distmodelSensitivity(block, tableGrid(TWO_FACTORS))).toEqual([
      [
        'Distribution model',
        'Robust',
        'Reach weight from',
        'Reach weight to',
        'Control weight from',
        'Control weight to',
      ],
      ['Open resale', false, 1, NO_LIMIT, 0, 2],
    ]);
  });

  it('where the tie at the end goes to the current model, the end keeps it and only beyond changes it', () => {
    // Reach 1 x 2 = 2 for resale, Control 2 x 2 = 4 for dealers: dealers win, and with Reach's weight at 2
    // the two tie and dealers (listed first) keep it; above 2, Open resale.
    const rows: TableRow[] = TWO_FACTORS.map((r) =>
      r[2] === '' ? r : ([r[0], r[1], r[0] === 'Reach' ? 1 : 2, ...r.slice(3)] as unknown as TableRow),
    );
    const { ranges, ws } = rangesOf(rows, ['Reach', 'Control'], ['High', 'High']);
    expect(ws.best).toBe(2);
    expect(ranges[0]).toMatchObject({ low: 0, high: 2, highHolds: true, highModel: 3 });
    expect(ranges[1]).toMatchObject({ low: 1, lowHolds: true, lowModel: 3 });
    const reachAt = (w: number) =>
      distmodel(
        [
          ['Reach', 'Control'],
          ['High', 'High'],
        ],
        tableGrid(rows.map((r) => (r[0] === 'Reach' && r[2] !== '' ? ['Reach', 'High', w, 0, 0, 0, 2] : r))),
      )[1]?.[0];
    expect(reachAt(2)).toBe('Authorized dealers');
    expect(reachAt(2.000001)).toBe('Open resale');
  });

  it("a blank factor's weight only rescales every score: 0 to no limit, robust", () => {
    const { ranges } = rangesOf(TWO_FACTORS, ['Reach', 'Control'], ['High', '']);
    expect(ranges[1]).toMatchObject({ known: false, low: 0, high: Number.POSITIVE_INFINITY, robust: true });
    // The only known factor: no weight above 0 changes it, and at 0 there is no answer at all.
    expect(ranges[0]).toMatchObject({
      low: 0,
      lowHolds: false,
      lowModel: -1,
      high: Number.POSITIVE_INFINITY,
    });
  });

  it("Balanced's Trek Madone road bike (every factor known) is robust: 0 to 3 times every weight keeps dealers", () => {
    const block = [
      [...FACTOR_HEADERS],
      ['B2C', 'Physical', 8000, 'Medium', 'Yes', 'High', 'Medium', 'Niche', 'Many', 'Yes', 'Rare'],
    ];
    const out = distmodelSensitivity(block, DOMAIN);
    expect(out[1]?.slice(0, 2)).toEqual(['Authorized dealers', true]);
    expect(distmodel(block, DOMAIN, 'whatif')[1]?.[0]).toMatch(/Robust to the weights: .* changes it\.$/);
  });

  it('a row on thin evidence is never called robust without saying the blanks can still change it', () => {
    // One known factor: its weight scales every model alike, so no weight flips it; the blanks still can.
    const out = distmodel(
      [[...FACTOR_HEADERS], ['B2B', '', '', '', '', '', '', '', '', '', '']],
      DOMAIN,
      'whatif',
    );
    expect(out[1]?.[0]).toContain(
      'Robust to the weights: no single weight from 0 to 3 times its value changes it, but it rests on thin evidence (1 of 11 factors, 9% of the weight): filling in the blank factors can.',
    );
  });
});

describe('the new outputs behave like the others', () => {
  const block = [
    ['Product', 'Customer', 'Product type', 'Price'],
    ['Lamp', 'B2C', 'Physical', 8000],
    ['', '', '', ''],
    ['Bad', 'Gov', 'Physical', 10],
    ['Idea', '', '', ''],
  ];

  it.each(['flip', 'whatif'] as const)(
    '"%s": header row, blank row blank, bad row a message, empty row a message',
    (kind) => {
      const out = distmodel(block, DOMAIN, kind);
      const width = OUTPUT_HEADERS[kind].length;
      expect(out).toHaveLength(block.length);
      expect(out[0]).toEqual([...OUTPUT_HEADERS[kind]]);
      expect(out[2]).toEqual(Array(width).fill(''));
      expect(out[3]).toEqual([
        'Customer: "Gov" is not accepted; use B2B, B2C or Both.',
        ...Array(width - 1).fill(''),
      ]);
      expect(out[4]).toEqual([EMPTY_ROW_MESSAGE, ...Array(width - 1).fill('')]);
    },
  );

  it('DISTMODEL_SENSITIVITY: the same rows, 2 + 2 x factors wide, a header argument, no header row then', () => {
    const out = distmodelSensitivity(block, DOMAIN);
    const width = 2 + 2 * 11;
    expect(out).toHaveLength(block.length);
    expect(out.every((row) => row.length === width)).toBe(true);
    expect(out[0]?.slice(0, 4)).toEqual([
      'Distribution model',
      'Robust',
      'Customer weight from',
      'Customer weight to',
    ]);
    expect(out[2]).toEqual(Array(width).fill(''));
    expect(out[3]?.[0]).toMatch(/^Customer: "Gov"/);
    expect(out[4]?.[0]).toBe(EMPTY_ROW_MESSAGE);
    const rows = distmodelSensitivity(block.slice(1, 2), DOMAIN, [block[0]]);
    expect(rows).toEqual([out[1]]);
    expect(() => distmodelSensitivity(block, 'No such preset')).toThrow(
      /neither a weights table range nor a preset/,
    );
  });
});

describe('portfolio: products that change model if one weight is halved or doubled', () => {
  it('counts from the exact ranges, leaving out blank and bad rows', () => {
    const scorer = compileWeights(parsedTable(tableGrid(TWO_FACTORS)));
    const header = ['Product', 'Reach', 'Control'];
    const rows = [
      ['A', 'High', 'High'], // Reach halved (1) ties, dealers win: changes; Control doubled (2): changes.
      ['B', '', 'High'], // Control alone: no weight above 0 changes it.
      ['', '', ''],
      ['C', 'Huge', 'High'],
    ];
    expect(portfolioWeightShifts(scorer, header, rows)).toEqual({
      scored: 2,
      shifts: [
        { factor: 'Reach', weight: 2, halved: 1, doubled: 0 },
        { factor: 'Control', weight: 1, halved: 0, doubled: 1 },
      ],
    });
  });
});

describe('findFlip on a workspace', () => {
  it('never proposes the current level, and fills in a blank factor when that is the best change', () => {
    const scorer = compileWeights(parsedTable(tableGrid(TWO_FACTORS)));
    const ws = createWorkspace(scorer);
    scoreInto(scorer, ws, ['', 'High'], mapHeader(scorer, ['Reach', 'Control']).factorColumn);
    // Only Control = High known: dealers. Filling in Reach = High gives resale 4 against dealers 2.
    expect(findFlip(scorer, ws)).toMatchObject({ factor: 0, levels: [0], model: 3 });
  });
});

describe('weights in words', () => {
  it('round to 3 significant digits in the direction asked, small weights included', () => {
    expect(roundedWeight(4 / 3, 'up')).toBe('1.34');
    expect(roundedWeight(4 / 3, 'down')).toBe('1.33');
    expect(roundedWeight(1.5, 'down')).toBe('1.5');
    expect(roundedWeight(0.001234, 'down')).toBe('0.00123');
    expect(roundedWeight(0.001234, 'up')).toBe('0.00124');
    expect(roundedWeight(12345.6, 'up')).toBe('12,400');
    expect(roundedWeight(0, 'up')).toBe('0');
  });
});
