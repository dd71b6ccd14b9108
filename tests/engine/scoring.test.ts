// Scaling, blanks, row independence, weights, contributions, ties, margins and close calls (issue #2, §3).
// Expected numbers are derived from the affinity table with the scaling rule, never copied from output.
import { describe, expect, it } from 'vitest';
import {
  CLOSE_CALL_MARGIN,
  distmodel,
  MODEL_DISPLAY_NAMES,
  MODEL_IDS,
  resolveWeights,
  scoreProduct,
} from '../../src/engine/index';
import { readCalibration } from '../support/calibration';
import {
  DOMAIN_AFFINITY,
  domainGrid,
  FACTOR_NAMES,
  headedRow,
  knownLevelsOf,
  parsedTable,
  referenceScore,
  type TableRow,
  tableGrid,
} from './support';

const calibration = readCalibration();
const BLOCK = [calibration.header, ...calibration.products.map((p) => p.cells)];
const BALANCED = parsedTable(domainGrid());

/** DISTMODEL's "all" row split into named parts. */
function allOf(row: readonly unknown[] | undefined) {
  if (!row) throw new Error('no row');
  return {
    model: row[0] as string,
    scores: row.slice(1, 5) as number[],
    margin: row[5] as number,
    closeCall: row[6] as boolean,
    sentence: row[7] as string,
  };
}

function scoreOne(values: Readonly<Record<string, unknown>>, weights: unknown = 'Balanced') {
  return allOf(distmodel(headedRow(values), weights, 'all')[1]);
}

const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(0.05 + 1e-9);

/** Levels of a factor in the domain table, with their affinity for model m. */
function levelsFor(factor: string, m: number): { level: string; a: number }[] {
  return DOMAIN_AFFINITY.filter(([f]) => f === factor).map(([, level, a]) => ({ level, a: a[m] as number }));
}

/** The row that is best (or worst) for model m on every factor given. */
function extremeRow(m: number, factors: readonly string[], best: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const factor of factors) {
    const levels = levelsFor(factor, m).sort((x, y) => (best ? y.a - x.a : x.a - y.a));
    const level = levels[0]?.level as string;
    row[factor] = factor === 'Price' ? Number(level) : level;
  }
  return row;
}

describe('scaling to 0-100 over the factors known for the row', () => {
  const subsets = [
    FACTOR_NAMES,
    FACTOR_NAMES.filter((_, i) => i % 2 === 0),
    ['Price', 'Buyers'],
    ['Local service'],
  ];

  it.each(MODEL_IDS.map((id, m) => [id, m] as const))('%s: 100 at its best row, 0 at its worst', (_id, m) => {
    for (const factors of subsets) {
      expect(scoreOne(extremeRow(m, factors, true)).scores[m]).toBe(100);
      expect(scoreOne(extremeRow(m, factors, false)).scores[m]).toBe(0);
    }
  });

  it('Customer = B2B alone: each model scaled over the Customer levels only', () => {
    // Customer affinities [assisted, automated, dealers, open]: B2B [2,0,0,-1], B2C [-1,1,1,1], Both [0,1,0,1].
    // assisted: (2 - -1) / (2 - -1) = 100; automated: (0 - 0) / (1 - 0) = 0; dealers: 0 / 1 = 0;
    // open resale: (-1 - -1) / (1 - -1) = 0.
    const r = scoreOne({ Customer: 'B2B' });
    expect(r.scores).toEqual([100, 0, 0, 0]);
    expect(r.model).toBe('Direct (assisted sales)');
    expect(r.margin).toBe(100);
  });

  it('Customer = B2C with Product type = Software: sums and ranges add over the two factors', () => {
    // assisted: sum -1+1 = 0, low -1+0 = -1, high 2+1 = 3 -> 100 * 1/4 = 25
    // automated: sum 1+2 = 3, low 0-2 = -2, high 1+2 = 3 -> 100 * 5/5 = 100
    // dealers: sum 1-1 = 0, low 0-1 = -1, high 1+1 = 2 -> 100 * 1/3 = 33.3
    // open resale: sum 1-2 = -1, low -1-2 = -3, high 1+1 = 2 -> 100 * 2/5 = 40
    const r = scoreOne({ Customer: 'B2C', 'Product type': 'Software' });
    expect(r.scores).toEqual([25, 100, 33.3, 40]);
    expect(r.model).toBe('Direct (automated purchase)');
    expect(r.margin).toBe(60);
    expect(r.closeCall).toBe(false);
  });

  it('every calibration row matches the reference rule, margin included', () => {
    const out = distmodel(BLOCK, 'Balanced', 'all');
    calibration.products.forEach((p, i) => {
      const ref = referenceScore(BALANCED, knownLevelsOf(calibration.header, p.cells));
      const got = allOf(out[i + 1]);
      got.scores.forEach((s, m) => {
        near(s, ref.scores[m] as number);
      });
      near(got.margin, ref.margin);
      expect(got.model).toBe(MODEL_DISPLAY_NAMES[ref.best]);
      expect(got.closeCall).toBe(ref.margin < CLOSE_CALL_MARGIN);
    });
  });

  it('a model no known factor can move sits at 50', () => {
    // Only a factor whose affinity for dealers is the same on every level: dealers cannot be scaled.
    const grid = tableGrid([
      ['Channel fit', 'Good', 1, 2, -1, 1, 0],
      ['Channel fit', 'Poor', 1, -1, 2, 1, 0],
    ]);
    const r = scoreOne({ 'Channel fit': 'Good', Customer: '' }, grid);
    expect(r.scores).toEqual([100, 0, 50, 50]);
  });

  it('a constant model stays at 50 whatever the weights of the factors the row lacks', () => {
    // Only C is known, and C gives assisted 0 on both levels, so assisted must sit at 50 while the others
    // score 100 (C = x is their best level). A and B are blank: 0.1 * 0.1 + 0.7 * 0.3 and the like do not
    // cancel exactly in floating point, so a scale taken as "all factors minus the blank ones" would leave
    // assisted a span of rounding noise and a score of 0 or 100.
    const grid = tableGrid([
      ['A', 'x', 0.1, 0.1, 0, 0, 0],
      ['A', 'y', '', 0.1, 0, 0, 0],
      ['B', 'x', 0.7, 0.3, 0, 0, 0],
      ['B', 'y', '', 0.1, 0, 0, 0],
      ['C', 'x', 1, 0, 1, 1, 1],
      ['C', 'y', '', 0, 0, 0, 0],
    ]);
    const r = scoreOne({ C: 'x', A: '', B: '' }, grid);
    expect(r.scores).toEqual([50, 100, 100, 100]);
    expect(r.model).toBe('Direct (automated purchase)');
  });
});

describe('blank factors neither help nor hurt', () => {
  it('adding an all-blank column changes no output', () => {
    const withoutMarket = BLOCK.map((row) => row.filter((_, c) => calibration.header[c] !== 'Market'));
    const blankMarket = withoutMarket.map((row, r) => [...row, r === 0 ? 'Market' : '']);
    for (const kind of ['model', 'scores', 'explain', 'all']) {
      expect(distmodel(blankMarket, 'Balanced', kind)).toEqual(distmodel(withoutMarket, 'Balanced', kind));
    }
  });

  it('"", spaces, null and undefined all mean unknown', () => {
    const base = scoreOne({ Customer: 'B2B', Price: 5000 });
    for (const blank of ['', '   ', null, undefined]) {
      expect(scoreOne({ Customer: 'B2B', Price: 5000, Reach: blank, Market: blank })).toEqual(base);
    }
  });

  it('a blank factor is not the same as any of its levels', () => {
    const base = scoreOne({ Customer: 'B2B' });
    for (const level of ['High', 'Medium', 'Low']) {
      expect(scoreOne({ Customer: 'B2B', Reach: level }).scores).not.toEqual(base.scores);
    }
  });
});

describe('a row never depends on other rows', () => {
  it('each calibration row scores the same alone as inside the block', () => {
    const together = distmodel(BLOCK, 'Balanced', 'all');
    calibration.products.forEach((p, i) => {
      const alone = distmodel([calibration.header, p.cells], 'Balanced', 'all');
      expect(together[i + 1]).toEqual(alone[1]);
    });
  });

  it('nor on blank, bad or empty rows around it', () => {
    const good = calibration.products[14]?.cells as string[];
    const noisy = [calibration.header, ['Broken', 'B2Z', ...good.slice(2)], [], good, ['Just a name'], good];
    const out = distmodel(noisy, 'Balanced', 'all');
    const alone = distmodel([calibration.header, good], 'Balanced', 'all')[1];
    expect(out[3]).toEqual(alone);
    expect(out[5]).toEqual(alone);
  });
});

describe('weights', () => {
  it('a factor with weight 0 is not read: its values, even bad ones, change nothing', () => {
    const zeroCustomer = domainGrid((f) => (f === 'Customer' ? 0 : 1));
    const noCustomer = tableGrid(
      DOMAIN_AFFINITY.filter(([f]) => f !== 'Customer').map(([f, l, a]) => [f, l, 1, ...a] as TableRow),
    );
    const rows = [
      { Customer: 'B2B', Price: 300, Reach: 'High' },
      { Customer: 'B2C', Price: 300, Reach: 'High' },
      { Customer: 'not a customer', Price: 300, Reach: 'High' },
    ];
    const expected = scoreOne({ Price: 300, Reach: 'High' }, noCustomer);
    for (const row of rows) expect(scoreOne(row, zeroCustomer)).toEqual(expected);
  });

  it('multiplying every weight by the same number changes no score (the scale is relative)', () => {
    const triple = domainGrid(() => 3);
    expect(distmodel(BLOCK, triple, 'all')).toEqual(distmodel(BLOCK, domainGrid(), 'all'));
  });

  it('a heavier factor pulls harder: doubling Price moves scores toward what Price favours', () => {
    // GitHub Team: Price 48 is in the 0 band, whose affinity favours open resale (+2) over automated (+1).
    const github = calibration.products.find((p) => p.product === 'GitHub Team');
    if (!github) throw new Error('GitHub Team missing from the fixture');
    const block = [calibration.header, github.cells];
    const base = allOf(distmodel(block, domainGrid(), 'all')[1]);
    const heavy = allOf(
      distmodel(
        block,
        domainGrid((f) => (f === 'Price' ? 2 : 1)),
        'all',
      )[1],
    );
    const open = MODEL_IDS.indexOf('open-resale');
    const assisted = MODEL_IDS.indexOf('direct-assisted');
    expect(heavy.scores[open]).toBeGreaterThan(base.scores[open] as number);
    expect(heavy.scores[assisted]).toBeLessThan(base.scores[assisted] as number);
  });
});

describe('contributions explain the score', () => {
  const scorer = resolveWeights('Balanced');

  it('50 plus the factors contributions is each model score (within rounding)', () => {
    for (const p of calibration.products) {
      const result = scoreProduct(scorer, calibration.header, p.cells);
      if (result.status !== 'scored') throw new Error(`${p.product} not scored`);
      const { scores, contributions } = result.explanation;
      expect(contributions).toHaveLength(FACTOR_NAMES.length);
      for (let m = 0; m < 4; m++) {
        const total = 50 + contributions.reduce((s, c) => s + (c.points[m] as number), 0);
        // Each contribution and the score are rounded to 0.1 on their own.
        expect(Math.abs(total - (scores[m] as number))).toBeLessThanOrEqual(
          0.05 * (contributions.length + 1),
        );
      }
    }
  });

  it('a factor pushes a model by its affinity against the middle of its range, over the row span', () => {
    // Customer = B2B and Reach = Low, assisted: Customer range [-1, 2] (mid 0.5), Reach range [-2, 1]
    // (mid -0.5), span 3 + 3 = 6. Customer: 100 * (2 - 0.5) / 6 = 25; Reach: 100 * (1 - -0.5) / 6 = 25.
    const result = scoreProduct(scorer, ['Customer', 'Reach'], ['B2B', 'Low']);
    if (result.status !== 'scored') throw new Error('not scored');
    const points = Object.fromEntries(result.explanation.contributions.map((c) => [c.factor, c.points[0]]));
    expect(points).toEqual({ Customer: 25, Reach: 25 });
    expect(result.explanation.scores[0]).toBe(100);
  });

  it('names the level each factor fell in', () => {
    const result = scoreProduct(scorer, ['Customer', 'Complexity', 'Price'], ['b2b', 5, '12k']);
    if (result.status !== 'scored') throw new Error('not scored');
    expect(result.explanation.contributions.map((c) => [c.factor, c.level])).toEqual([
      ['Customer', 'B2B'],
      ['Price', '2,000 to 100,000'],
      ['Complexity', 'High'],
    ]);
  });
});

/** A one-factor table whose single level "x" gives these affinities: only span and position matter. */
function tieTable(...rows: (readonly [level: string, a: [number, number, number, number]])[]) {
  return tableGrid(rows.map(([level, a], i) => ['Fit', level, i === 0 ? 1 : '', ...a] as TableRow));
}

describe('ties are broken by model order', () => {
  const pairs = [0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].filter((j) => j > i).map((j) => [i, j] as const));

  it.each(pairs)('models %i and %i both at 100: the one listed first wins, margin 0', (i, j) => {
    const top: [number, number, number, number] = [0, 0, 0, 0];
    const bottom: [number, number, number, number] = [2, 2, 2, 2];
    top[i] = 2;
    top[j] = 2;
    bottom[i] = 0;
    bottom[j] = 0;
    const r = scoreOne({ Fit: 'top' }, tieTable(['top', top], ['bottom', bottom]));
    expect(r.scores[i]).toBe(100);
    expect(r.scores[j]).toBe(100);
    expect(r.model).toBe(MODEL_DISPLAY_NAMES[i]);
    expect(r.margin).toBe(0);
    expect(r.closeCall).toBe(true);
    expect(r.sentence).toContain(`${MODEL_DISPLAY_NAMES[i]} and ${MODEL_DISPLAY_NAMES[j]} tie at 100`);
    const result = scoreProduct(resolveWeights(tieTable(['top', top], ['bottom', bottom])), ['Fit'], ['top']);
    if (result.status !== 'scored') throw new Error('not scored');
    expect(result.explanation.model).toBe(MODEL_IDS[i]);
    expect(result.explanation.runnerUp).toBe(MODEL_IDS[j]);
  });

  it('a four-way tie goes to Direct (assisted sales), with Direct (automated purchase) runner-up', () => {
    const r = scoreOne({ Fit: 'x' }, tieTable(['x', [1, 1, 1, 1]], ['y', [1, 1, 1, 1]]));
    expect(r.scores).toEqual([50, 50, 50, 50]);
    expect(r.model).toBe('Direct (assisted sales)');
    expect(r.sentence).toContain('Direct (assisted sales) and Direct (automated purchase) tie at 50');
  });

  it('the winner does not depend on the column order of the models in the table', () => {
    const grid = tieTable(['top', [0, 2, 0, 2]], ['bottom', [2, 0, 2, 0]]);
    const reordered = grid.map((row) => [row[0], row[1], row[2], row[6], row[5], row[4], row[3]]);
    expect(scoreOne({ Fit: 'top' }, reordered).model).toBe('Direct (automated purchase)');
    expect(scoreOne({ Fit: 'top' }, grid).model).toBe('Direct (automated purchase)');
  });
});

describe('margins and close calls', () => {
  /**
   * Two factors A and B; the row is A = x, B = x. Assisted gains only from A (weight wA), automated only
   * from B (weight wB); dealers and open resale are at their minimum. So assisted = 100 wA / (wA + wB),
   * automated = 100 wB / (wA + wB), and with wA + wB = 100 the margin is wA - wB.
   */
  function marginRow(margin: number) {
    const wA = 50 + margin / 2;
    const wB = 50 - margin / 2;
    const grid = tableGrid([
      ['A', 'x', wA, 1, 0, 0, 0],
      ['A', 'y', '', 0, 1, 1, 1],
      ['B', 'x', wB, 0, 1, 0, 0],
      ['B', 'y', '', 1, 0, 1, 1],
    ]);
    return scoreOne({ A: 'x', B: 'x' }, grid);
  }

  it(`the threshold is ${CLOSE_CALL_MARGIN} points`, () => {
    expect(CLOSE_CALL_MARGIN).toBe(5);
  });

  it.each([0.5, CLOSE_CALL_MARGIN - 0.1, CLOSE_CALL_MARGIN, CLOSE_CALL_MARGIN + 0.1, 20, 60])(
    'a margin of %d points is reported, and is a close call only below the threshold',
    (margin) => {
      const r = marginRow(margin);
      expect(r.model).toBe('Direct (assisted sales)');
      near(r.scores[0] as number, 50 + margin / 2);
      near(r.scores[1] as number, 50 - margin / 2);
      expect(r.scores.slice(2)).toEqual([0, 0]);
      near(r.margin, margin);
      expect(r.closeCall).toBe(margin < CLOSE_CALL_MARGIN);
      expect(r.sentence.startsWith('Close call:')).toBe(margin < CLOSE_CALL_MARGIN);
    },
  );

  it('the margin is the winner minus the runner-up, never negative', () => {
    const out = distmodel(BLOCK, 'Balanced', 'all');
    for (const row of out.slice(1)) {
      const r = allOf(row);
      const sorted = [...r.scores].sort((a, b) => b - a);
      // Margin and scores are each rounded to 0.1 from the exact values.
      expect(Math.abs(r.margin - ((sorted[0] as number) - (sorted[1] as number)))).toBeLessThanOrEqual(
        0.1 + 1e-9,
      );
      expect(r.margin).toBeGreaterThanOrEqual(0);
      expect(r.scores[MODEL_DISPLAY_NAMES.indexOf(r.model)]).toBe(sorted[0]);
    }
  });
});
