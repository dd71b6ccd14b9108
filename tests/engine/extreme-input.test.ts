// Issue #17, sections 2 and 3 on the engine: extreme and odd input gets an answer (or a clear refusal) in
// time, a figure shown is true as shown, the user's explicit column mapping wins and units are read however
// the header writes them, and rows nobody started are blank. Each example of the issue is a test here.
import { describe, expect, it } from 'vitest';
import {
  CallError,
  distmodel,
  parseWeightsTable,
  resolveWeights,
  scoreProduct,
} from '../../src/engine/index';
import { domainGrid, headedRow, tableGrid } from './support';

const FOUR = [0, 0, 0, 0] as const;

describe('tables outside what they can mean are refused, never looped over', () => {
  it('a tiny weight (1e-310) is refused with a message naming the cell, for "all" and "explain"', () => {
    const grid = domainGrid();
    (grid[1] as unknown[])[2] = 1e-310;
    for (const output of ['all', 'explain']) {
      expect(() => distmodel(headedRow({ Customer: 'B2B' }), grid, output)).toThrow(CallError);
      expect(() => distmodel(headedRow({ Customer: 'B2B' }), grid, output)).toThrow(
        /row 2, column "Weight": 1e-310 is outside what a weight can mean/,
      );
    }
  });

  it('a huge affinity (1e308) is refused', () => {
    const grid = domainGrid();
    (grid[1] as unknown[])[3] = 1e308;
    expect(() => distmodel(headedRow({ Customer: 'B2B' }), grid, 'all')).toThrow(
      /row 2, column "Direct \(assisted sales\)": 1e\+308 is outside/,
    );
  });

  it('a factor of 1,000 levels is refused at its 201st level, in a message under 300 characters', () => {
    const levels = Array.from({ length: 1000 }, (_, i) => [
      'Region',
      `Region ${i}`,
      i === 0 ? 1 : '',
      1,
      0,
      0,
      0,
    ]);
    const grid = tableGrid([['Customer', 'B2B', 1, 2, 0, 0, -1], ...(levels as never[])]);
    const parsed = parseWeightsTable(grid);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/"Region" has more than 200 levels/);
    expect(() => distmodel(headedRow({ Customer: 'B2B', Region: 'Region 5' }), grid, 'whatif')).toThrow(
      /^.{1,299}$/s,
    );
  });

  it('every shown score of a table at the limits is a finite number (the rounding loop ends)', () => {
    const grid = tableGrid([
      ['Customer', 'B2B', 1e6, 1e6, -1e6, 0, 0],
      ['Market', 'Niche', 1e-6, -1e6, 1e6, 1, 0],
    ]);
    const out = distmodel(headedRow({ Customer: 'B2B', Market: 'Niche' }), grid, 'all');
    for (const cell of (out[1] as unknown[]).slice(1, 5)) expect(Number.isFinite(cell)).toBe(true);
  });
});

describe('a title row above the weights table', () => {
  it('is skipped: the header is found on row 3 and the table scores as without the title', () => {
    const titled = [['DistModel weights for the 2026 plan'], [], ...domainGrid()];
    const product = headedRow({ Customer: 'B2B', 'Product type': 'Software', Price: 50_000 });
    expect(distmodel(product, titled, 'all')).toEqual(distmodel(product, domainGrid(), 'all'));
  });
});

describe('a figure shown is true as shown', () => {
  // A factor of the user's own whose bounds are not round.
  const margins = (bound: number) =>
    tableGrid([
      ['Gross margin', 0, 1, 0, 0, 0, 1],
      ['Gross margin', bound, '', ...FOUR.map((_, m) => (m === 0 ? 2 : 0))] as never,
    ]);

  it('flip names the bound 0.5749 in full, not "0.57 or more"', () => {
    const out = distmodel(headedRow({ 'Gross margin': 0.1 }), margins(0.5749), 'flip');
    expect(out[1]).toEqual(['Gross margin', '0.5749 or more', 'Direct (assisted sales)']);
  });

  it('an explanation says "Gross margin = 0 to 0.1234" for 0.1232, not "0 to 0.12"', () => {
    const result = scoreProduct(resolveWeights(margins(0.1234)), ['Gross margin'], [0.1232]);
    expect(result.status).toBe('scored');
    if (result.status === 'scored') {
      expect(result.explanation.contributions.find((c) => c.factor === 'Gross margin')?.level).toBe(
        '0 to 0.1234',
      );
    }
  });
});

describe("the user's explicit column mapping wins, and units are read however the header writes them", () => {
  const mapped = (header: string) => {
    const grid = domainGrid();
    grid[0]?.push('Product column');
    const price = grid.findIndex((r) => r[0] === 'Price');
    (grid[price] as unknown[])[7] = header;
    return grid;
  };

  it('Cost mapped to Price beats a blank Price column from a template', () => {
    const block = [
      ['Product', 'Customer', 'Price', 'Cost'],
      ['Lamp', 'B2C', '', 8000],
    ];
    const [, row] = distmodel(block, mapped('Cost'), 'all');
    expect(row?.[9]).toMatch(/^2 of 11 factors/);
  });

  it.each([
    ['Price (k$)', '2,000 to 100,000'],
    ['Price [k$]', '2,000 to 100,000'],
    ['Price in k$', '2,000 to 100,000'],
  ])('%s mapped to Price reads 8 as 8,000 (%s)', (header, band) => {
    const result = scoreProduct(resolveWeights(mapped(header)), ['Product', header], ['Lamp', 8]);
    expect(result.status).toBe('scored');
    if (result.status === 'scored') {
      expect(result.explanation.contributions.find((c) => c.factor === 'Price')?.level).toBe(band);
    }
  });

  it('a unit it cannot read, however written, is refused on the value', () => {
    for (const header of ['Price [per seat]', 'Price in seats']) {
      const result = scoreProduct(resolveWeights(mapped(header)), ['Product', header], ['Lamp', 8]);
      expect(result.status).toBe('invalid');
    }
  });
});

describe('rows nobody started are blank output', () => {
  it('a row with no name holding only a filled-down 0, FALSE and empty text is blank, not Open resale', () => {
    const block = [
      ['Product', 'Customer', 'Price', 'See before buying', 'Local service'],
      ['', '', 0, false, false],
      ['', '', '', false, ''],
    ];
    const out = distmodel(block, 'Balanced', 'all').slice(1);
    for (const row of out) expect(row.every((cell) => cell === '')).toBe(true);
  });

  it('a named product with a price of 0 is still a product', () => {
    const out = distmodel(
      [
        ['Product', 'Price'],
        ['Free app', 0],
      ],
      'Balanced',
      'model',
    );
    expect(out[1]?.[0]).not.toBe('');
  });
});
