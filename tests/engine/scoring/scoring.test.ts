// The weighted-sum decision matrix (issue #7): blanks, row independence, weights, contributions, ties,
// margins, close calls and evidence. Expected numbers are derived from the affinity table with the rule,
// never copied from output.
import { describe, expect, it } from 'vitest';
import {
  CLOSE_GAP,
  distmodel,
  FIRM_GAP,
  MODEL_DISPLAY_NAMES,
  MODEL_IDS,
  resolveWeights,
  SET_GAP,
  scoreProduct,
} from '../../../src/engine/index';
import { readCalibration } from '../../support/calibration';
import { FACTOR_HEADERS } from '../../support/sheet-headers';
import {
  DOMAIN_AFFINITY,
  domainGrid,
  headedRow,
  knownLevelsOf,
  parsedTable,
  referenceScore,
  type TableRow,
  tableGrid,
} from '../support';

const calibration = readCalibration();
const BLOCK = [calibration.header, ...calibration.products.map((p) => p.cells)];
/** The documented domain table (11 factors, every weight 1): the scoring rule is checked on fixed numbers. */
const DOMAIN = domainGrid();
const BALANCED = parsedTable(DOMAIN);

/** DISTMODEL's "all" row split into named parts. */
function allOf(row: readonly unknown[] | undefined) {
  if (!row) throw new Error('no row');
  return {
    model: row[0] as string,
    scores: row.slice(1, 5) as number[],
    margin: row[5] as number,
    closeCall: row[6] as boolean,
    runnerUp: row[7] as string,
    alsoBe: row[8] as string,
    evidence: row[9] as string,
    confidence: row[10] as string,
    sentence: row[11] as string,
  };
}

function scoreOne(values: Readonly<Record<string, unknown>>, weights: unknown = DOMAIN) {
  return allOf(distmodel(headedRow(values), weights, 'all')[1]);
}

const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(0.05 + 1e-9);

describe('the plain weighted sum, on one scale for every model', () => {
  it.each(MODEL_IDS.map((id, m) => [id, m] as const))(
    '%s: 100 at +2 on every factor, -100 at -2',
    (_id, m) => {
      // A table whose one level gives model m +2 (or -2) on every factor, so the extremes of the scale.
      const names = ['Fit A', 'Fit B', 'Fit C'];
      const table = (a: number) =>
        tableGrid(
          names.map((f, i) => {
            const row: [number, number, number, number] = [0, 0, 0, 0];
            row[m] = a;
            return [f, 'x', i + 1, ...row] as TableRow;
          }),
        );
      const row = Object.fromEntries(names.map((f) => [f, 'x']));
      expect(scoreOne(row, table(2)).scores[m]).toBe(100);
      expect(scoreOne(row, table(-2)).scores[m]).toBe(-100);
    },
  );

  it('Customer = B2B alone: 50 x affinity / 11 factors, and thin evidence', () => {
    // B2B [2, 0, 0, -1] x 50/11 -> 9.1, 0, 0, -4.5.
    const r = scoreOne({ Customer: 'B2B' });
    expect(r.scores).toEqual([9.1, 0, 0, -4.5]);
    expect(r.model).toBe('Direct (assisted sales)');
    expect(r.runnerUp).toBe('Direct (automated purchase)');
    expect(r.margin).toBe(9.1);
    expect(r.evidence).toBe('1 of 11 factors, 9% of the weight');
    expect(r.confidence).toBe('Thin evidence');
  });

  it('Price = 500 alone is never a confident call', () => {
    const r = scoreOne({ Price: 500 });
    expect(r.confidence).toBe('Thin evidence');
    expect(r.sentence.startsWith('Thin evidence:')).toBe(true);
    expect(r.sentence).not.toMatch(/out of 100/);
  });

  it('B2C and Reach = High: Open resale is at least as good on both and better on one, so it wins', () => {
    // automated 1 + 1 = 2, open resale 1 + 2 = 3 (x 50/11).
    const r = scoreOne({ Customer: 'B2C', Reach: 'High' });
    expect(r.model).toBe('Open resale');
    expect(r.scores).toEqual([-13.7, 9.1, 0, 13.6]);
    expect(r.margin).toBe(4.5);
  });

  it('Buyers = Many: Open resale (+2) beats the +1s', () => {
    const r = scoreOne({ Buyers: 'Many' });
    expect(r.model).toBe('Open resale');
    expect(r.runnerUp).toBe('Direct (automated purchase)');
  });

  it('every calibration row matches the reference rule, margin included', () => {
    const out = distmodel(BLOCK, DOMAIN, 'all');
    calibration.products.forEach((p, i) => {
      const ref = referenceScore(BALANCED, knownLevelsOf(calibration.header, p.cells));
      const got = allOf(out[i + 1]);
      got.scores.forEach((s, m) => {
        // Scores are shown as distances from the winner, each rounded: within 0.1 of the exact score.
        expect(Math.abs(s - (ref.scores[m] as number))).toBeLessThanOrEqual(0.1 + 1e-9);
      });
      near(got.margin, ref.margin);
      expect(got.model).toBe(MODEL_DISPLAY_NAMES[ref.best]);
      expect(got.runnerUp).toBe(MODEL_DISPLAY_NAMES[ref.second]);
      // Complete rows: the Close call cell is exactly the Close call (or Tie) word (confidence.ts).
      expect(got.closeCall).toBe(got.confidence === 'Close call' || got.confidence === 'Tie');
    });
  });

  it('the example row of issue #7: margin and flag agree with the scores shown', () => {
    // B2B, Software, (blank), Low, Yes, Low, Low, Mass, , , Rare: exact margin 4.954 was shown as 5.
    const row = ['B2B', 'Software', '', 'Low', 'Yes', 'Low', 'Low', 'Mass', '', '', 'Rare'];
    const out = allOf(distmodel([[...FACTOR_HEADERS], row], DOMAIN, 'all')[1]);
    const sorted = [...out.scores].sort((a, b) => b - a);
    expect(out.margin).toBe(Math.round(((sorted[0] as number) - (sorted[1] as number)) * 10) / 10);
    expect(out.closeCall).toBe(out.confidence !== 'Likely' && out.confidence !== 'Firm');
    expect(out.sentence).toContain(`${out.margin} ahead of`);
  });
});

describe('blank factors neither help nor hurt', () => {
  it('adding an all-blank column changes no output', () => {
    const withoutMarket = BLOCK.map((row) => row.filter((_, c) => calibration.header[c] !== 'Market'));
    const blankMarket = withoutMarket.map((row, r) => [...row, r === 0 ? 'Market' : '']);
    for (const kind of ['model', 'scores', 'explain', 'all']) {
      expect(distmodel(blankMarket, DOMAIN, kind)).toEqual(distmodel(withoutMarket, DOMAIN, kind));
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
    const together = distmodel(BLOCK, DOMAIN, 'all');
    calibration.products.forEach((p, i) => {
      const alone = distmodel([calibration.header, p.cells], DOMAIN, 'all');
      expect(together[i + 1]).toEqual(alone[1]);
    });
  });

  it('nor on blank, bad or empty rows around it', () => {
    const good = calibration.products[14]?.cells as string[];
    const noisy = [calibration.header, ['Broken', 'B2Z', ...good.slice(2)], [], good, ['Just a name'], good];
    const out = distmodel(noisy, DOMAIN, 'all');
    const alone = distmodel([calibration.header, good], DOMAIN, 'all')[1];
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
  const scorer = resolveWeights(DOMAIN);

  it('the factors contributions add up exactly to each model score shown', () => {
    for (const p of calibration.products) {
      const result = scoreProduct(scorer, calibration.header, p.cells);
      if (result.status !== 'scored') throw new Error(`${p.product} not scored`);
      const { scores, contributions } = result.explanation;
      expect(contributions).toHaveLength(BALANCED.factors.length);
      for (let m = 0; m < 4; m++) {
        const tenths = contributions.reduce((s, c) => s + Math.round((c.points[m] as number) * 10), 0);
        expect(tenths).toBe(Math.round((scores[m] as number) * 10));
      }
    }
  });

  it('a factor adds 50 x weight x affinity / total weight', () => {
    // Customer = B2B (+2 for assisted) and Reach = Low (+1): 100/11 = 9.1 and 50/11 = 4.5; score 13.6.
    const result = scoreProduct(scorer, ['Customer', 'Reach'], ['B2B', 'Low']);
    if (result.status !== 'scored') throw new Error('not scored');
    const points = Object.fromEntries(result.explanation.contributions.map((c) => [c.factor, c.points[0]]));
    expect(points).toEqual({ Customer: 9.1, Reach: 4.5 });
    expect(result.explanation.scores[0]).toBe(13.6);
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
    expect(r.confidence).toBe('Tie');
    expect(r.sentence).toContain(
      `Tie: ${MODEL_DISPLAY_NAMES[i]} and ${MODEL_DISPLAY_NAMES[j]} score the same, 100 points`,
    );
    const result = scoreProduct(resolveWeights(tieTable(['top', top], ['bottom', bottom])), ['Fit'], ['top']);
    if (result.status !== 'scored') throw new Error('not scored');
    expect(result.explanation.model).toBe(MODEL_IDS[i]);
    expect(result.explanation.runnerUp).toBe(MODEL_IDS[j]);
  });

  it('a four-way tie goes to Direct (assisted sales), with Direct (automated purchase) runner-up', () => {
    const r = scoreOne({ Fit: 'x' }, tieTable(['x', [1, 1, 1, 1]], ['y', [1, 1, 1, 1]]));
    expect(r.scores).toEqual([50, 50, 50, 50]);
    expect(r.model).toBe('Direct (assisted sales)');
    expect(r.sentence).toContain(
      'Tie: Direct (assisted sales), Direct (automated purchase), Authorized dealers and Open resale score the same, 50 points',
    );
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
   * from B (weight wB); dealers and open resale get 0. With wA + wB = 100 and affinity 1, assisted scores
   * 50 wA / 100 and automated 50 wB / 100; wA = 50 + margin, wB = 50 - margin gives that margin.
   */
  function marginRow(margin: number) {
    const wA = 50 + margin;
    const wB = 50 - margin;
    const grid = tableGrid([
      ['A', 'x', wA, 1, 0, 0, 0],
      ['A', 'y', '', 0, 1, 1, 1],
      ['B', 'x', wB, 0, 1, 0, 0],
      ['B', 'y', '', 1, 0, 1, 1],
    ]);
    return scoreOne({ A: 'x', B: 'x' }, grid);
  }

  it.each([0.5, 4.9, CLOSE_GAP[0] as number, 20, FIRM_GAP[0] as number, 40])(
    'a margin of %d points is reported: a close call below the Close call lead, Firm from the Firm lead',
    (margin) => {
      const r = marginRow(margin);
      expect(r.model).toBe('Direct (assisted sales)');
      near(r.scores[0] as number, 25 + margin / 2);
      near(r.scores[1] as number, 25 - margin / 2);
      expect(r.scores.slice(2)).toEqual([0, 0]);
      expect(r.margin).toBe(margin);
      // The whole table is known: Firm from the calibrated lead of the first evidence band (confidence.ts).
      const firm = margin >= (FIRM_GAP[0] as number);
      const close = margin < (CLOSE_GAP[0] as number);
      expect(r.confidence).toBe(firm ? 'Firm' : close ? 'Close call' : 'Likely');
      expect(r.closeCall).toBe(close);
      expect(r.sentence.startsWith('Close call:')).toBe(close);
      // The runner-up stays in Could also be while it is within the conformal threshold.
      expect(r.alsoBe.includes('Direct (automated purchase)')).toBe(margin <= (SET_GAP[0] as number));
    },
  );

  it('the margin is the winner minus the runner-up, never negative', () => {
    const out = distmodel(BLOCK, DOMAIN, 'all');
    for (const row of out.slice(1)) {
      const r = allOf(row);
      const sorted = [...r.scores].sort((a, b) => b - a);
      // The margin is the difference of the scores as shown, to the digit.
      expect(Math.round(r.margin * 10)).toBe(
        Math.round(((sorted[0] as number) - (sorted[1] as number)) * 10),
      );
      expect(r.margin).toBeGreaterThanOrEqual(0);
      expect(r.scores[MODEL_DISPLAY_NAMES.indexOf(r.model)]).toBe(sorted[0]);
    }
  });
});
