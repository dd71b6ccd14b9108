// The weights table: the user-facing contract (issue #2, §4). What it accepts, and every way it can be wrong,
// each problem reported at its row and column with a message that names both.
import { describe, expect, it } from 'vitest';
import {
  CallError,
  distmodel,
  findHeaderRow,
  findTableColumns,
  MODEL_DISPLAY_NAMES,
  MODEL_IDS,
  missingColumns,
  parseWeightsTable,
  readNumber,
  resolveWeights,
  type TableProblem,
  type WeightsTable,
} from '../../../src/engine/index';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { DOMAIN_AFFINITY, domainGrid, parsedTable } from '../support';

const REFERENCE = parsedTable(domainGrid());
/** Grid row of the first level of a factor in domainGrid(). */
const rowOf = (factor: string, level?: string) =>
  1 + DOMAIN_AFFINITY.findIndex(([f, l]) => f === factor && (level === undefined || l === level));

function problemsOf(grid: unknown[][]): readonly TableProblem[] {
  const result = parseWeightsTable(grid);
  if (result.ok) throw new Error('expected the table to be rejected');
  return result.problems;
}

/** The grid is rejected with a problem at (row, column) whose message names that row and column. */
function expectProblem(grid: unknown[][], row: number, column: number, ...words: string[]): TableProblem {
  const problems = problemsOf(grid);
  const problem = problems.find((p) => p.row === row && p.column === column);
  expect(problem, JSON.stringify(problems)).toBeDefined();
  const message = problem?.message as string;
  expect(message).toContain(`row ${row + 1}`);
  const header = (grid.find((r) => r.some((c) => c !== '' && c !== null)) ?? []) as unknown[];
  if (column >= 0) expect(message).toContain(`column "${String(header[column])}"`);
  for (const word of words) expect(message).toContain(word);
  return problem as TableProblem;
}

function accepted(grid: unknown[][]): WeightsTable {
  const result = parseWeightsTable(grid);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.table;
}

describe('a valid table', () => {
  it('reads every factor, level, weight and affinity in model order', () => {
    const factors = new Map(REFERENCE.factors.map((f) => [f.name, f]));
    for (const [factor, level, affinity] of DOMAIN_AFFINITY) {
      const f = factors.get(factor);
      const l = f?.levels.indexOf(level) ?? -1;
      expect(l, `${factor}=${level}`).toBeGreaterThanOrEqual(0);
      expect(f?.affinity[l]).toEqual([...affinity]);
      expect(f?.weight).toBe(1);
    }
  });

  it('reads Price levels as lower bounds (numbers or amounts as text)', () => {
    const price = REFERENCE.factors.find((f) => f.name === 'Price');
    expect(price?.kind).toBe('numeric');
    expect(price?.bounds).toEqual([0, 50, 2000, 100_000]);
    const grid = domainGrid();
    grid[rowOf('Price', '2000')]?.splice(1, 1, '$2,000');
    grid[rowOf('Price', '100000')]?.splice(1, 1, '100k');
    expect(accepted(grid).factors.find((f) => f.name === 'Price')?.bounds).toEqual([0, 50, 2000, 100_000]);
  });

  it('takes a weight given on the first row of a factor only', () => {
    const grid = domainGrid();
    let previous = '';
    for (const row of grid.slice(1)) {
      if (row[0] === previous) row[2] = '';
      previous = row[0] as string;
    }
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('takes the same weight repeated on every row', () => {
    expect(accepted(domainGrid(() => 2)).factors.every((f) => f.weight === 2)).toBe(true);
  });

  it('reads a blank Factor cell as the factor above', () => {
    const grid = domainGrid();
    let previous = '';
    for (const row of grid.slice(1)) {
      const name = row[0] as string;
      if (name === previous) row[0] = '';
      previous = name;
    }
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('skips blank rows, including ones above the header', () => {
    const grid = domainGrid();
    grid.splice(5, 0, ['', '', '', '', '', '', ''], [null, null]);
    grid.splice(12, 0, []);
    grid.unshift(['', ''], []);
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('ignores other columns such as Note, wherever they are, and rows that only hold a note', () => {
    const grid = domainGrid().map((row, r) => [
      r === 0 ? 'Note' : `note ${r}`,
      ...row,
      r === 0 ? 'Source' : 'x',
    ]);
    grid.splice(3, 0, ['This block is about customers', '', '', '', '', '', '', '', '']);
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('finds its columns by name in any order, case and spacing', () => {
    const order = [6, 2, 0, 4, 1, 5, 3];
    const grid = domainGrid().map((row, r) =>
      order.map((c) => (r === 0 ? ` ${String(row[c]).toUpperCase()} ` : row[c])),
    );
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('accepts model ids as model column headers', () => {
    const grid = domainGrid();
    grid[0] = ['Factor', 'Level', 'Weight', ...MODEL_IDS];
    expect(accepted(grid)).toEqual(REFERENCE);
  });

  it('accepts numbers written as text, and decimal or negative affinities', () => {
    const grid = domainGrid();
    const r = rowOf('Customer', 'B2B');
    grid[r] = ['Customer', 'B2B', ' 1 ', '1.5', '-0.5', 0, '-1'];
    const customer = accepted(grid).factors.find((f) => f.name === 'Customer');
    expect(customer?.affinity[0]).toEqual([1.5, -0.5, 0, -1]);
  });

  it('keeps a built-in factor under its own name however it is written', () => {
    const grid = domainGrid();
    for (const row of grid.slice(1)) if (row[0] === 'Product type') row[0] = 'PRODUCT TYPE';
    expect(accepted(grid).factors.map((f) => f.name)).toContain('Product type');
  });

  it('takes a weight of 0 on some factors', () => {
    const table = accepted(domainGrid((f) => (f === 'Reach' ? 0 : 1)));
    expect(table.factors.find((f) => f.name === 'Reach')?.weight).toBe(0);
  });
});

describe('a missing column', () => {
  it.each([...WEIGHTS_TABLE_HEADER])('"%s" is reported on the header row', (name) => {
    const c = WEIGHTS_TABLE_HEADER.indexOf(name);
    const grid = domainGrid().map((row) => row.filter((_, i) => i !== c));
    const problems = problemsOf(grid);
    const problem = problems.find((p) => p.message.includes(`"${name}"`));
    expect(problem).toMatchObject({ row: 0, column: -1 });
    expect(problem?.message).toContain('row 1');
    expect(problem?.message).toContain('missing');
  });

  it('reports the row the header is on when blank rows come first', () => {
    const grid = [[], ['', ''], ...domainGrid().map((row) => row.slice(0, 6))];
    const problem = problemsOf(grid)[0];
    expect(problem).toMatchObject({ row: 2, column: -1 });
    expect(problem?.message).toContain('row 3');
    expect(problem?.message).toContain('"Open resale"');
  });

  it('is not made up by a column with a similar name', () => {
    const grid = domainGrid();
    (grid[0] as unknown[])[3] = 'Direct';
    expect(problemsOf(grid).some((p) => p.message.includes('"Direct (assisted sales)" is missing'))).toBe(
      true,
    );
  });
});

describe('the header and cell readers the sidebar shares', () => {
  it('find every column by name or model id, in any order, case and spacing', () => {
    const header = [
      'Note',
      ' open_RESALE ',
      'weight',
      'direct-automated',
      'LEVEL',
      'Authorized dealers',
      'factor',
      'Direct (assisted sales)',
    ];
    const columns = findTableColumns(header);
    expect(columns).toEqual({ factor: 6, level: 4, weight: 2, models: [7, 3, 5, 1], productColumn: -1 });
    expect(missingColumns(columns)).toEqual([]);
  });

  it('name the columns a header lacks in table order, as the problems do', () => {
    const header = ['Weight', 'Open resale', 'Direct', 'Level'];
    const columns = findTableColumns(header);
    expect(columns).toMatchObject({ factor: -1, level: 3, weight: 0 });
    const missing = [
      'Factor',
      'Direct (assisted sales)',
      'Direct (automated purchase)',
      'Authorized dealers',
    ];
    expect(missingColumns(columns)).toEqual(missing);
    expect(problemsOf([header]).map((p) => p.message)).toEqual(
      missing.map((name) => `Weights table row 1: the column "${name}" is missing.`),
    );
  });

  it('take the first row with anything in it as the header', () => {
    expect(findHeaderRow([[], ['', null, '  '], ['Factor'], ['x']])).toBe(2);
    expect(findHeaderRow([[], ['']])).toBe(-1);
  });

  it('read a number or a text that is one, and nothing else', () => {
    expect([2, -0.5, ' 1.5 ', '-2'].map(readNumber)).toEqual([2, -0.5, 1.5, -2]);
    for (const value of ['', '  ', null, undefined, true, '1,5', 'two', new Date(0)])
      expect(readNumber(value), String(value)).toBeNaN();
  });
});

describe('bad cells', () => {
  const r = rowOf('Market', 'Niche');

  it.each(MODEL_DISPLAY_NAMES.map((name, m) => [name, m] as const))(
    'a non-numeric affinity for %s',
    (_n, m) => {
      const grid = domainGrid();
      (grid[r] as unknown[])[3 + m] = 'lots';
      expectProblem(grid, r, 3 + m, '"lots" is not a number');
    },
  );

  it.each(['', null, '   '])('an empty affinity (%j)', (blank) => {
    const grid = domainGrid();
    (grid[r] as unknown[])[5] = blank;
    expectProblem(grid, r, 5, 'is empty');
  });

  it.each([true, new Date(0), Number.NaN, Number.POSITIVE_INFINITY, '1,5'])('an affinity of %s', (value) => {
    const grid = domainGrid();
    (grid[r] as unknown[])[4] = value;
    expectProblem(grid, r, 4, 'is not a number');
  });

  it('a negative weight', () => {
    const grid = domainGrid();
    (grid[r] as unknown[])[2] = -1;
    expectProblem(grid, r, 2, 'is negative');
  });

  it.each(['heavy', true, Number.NaN, '1 kg'])('a non-numeric weight (%s)', (value) => {
    const grid = domainGrid();
    (grid[r] as unknown[])[2] = value;
    expectProblem(grid, r, 2, 'is not a number');
  });

  it('every weight 0', () => {
    const grid = domainGrid(() => 0);
    expect(problemsOf(grid)).toHaveLength(1);
    expectProblem(grid, 0, 2, 'every weight is 0');
  });

  it('a factor and level given twice, even spelt differently', () => {
    const grid = domainGrid();
    grid.push(['customer', ' b2b ', 1, 0, 0, 0, 0]);
    const problem = expectProblem(grid, grid.length - 1, 1, 'already on row');
    expect(problem.message).toContain(`row ${rowOf('Customer', 'B2B') + 1}.`);
  });

  it('a Price bound given twice as different text ("50" and "$50")', () => {
    const grid = domainGrid();
    grid.push(['Price', '$50', '', 0, 0, 0, 0]);
    expectProblem(grid, grid.length - 1, 1, `row ${rowOf('Price', '50') + 1}`);
  });

  it('Price bounds that only look alike as text ("50.0" and "500") are two levels', () => {
    const grid = domainGrid();
    grid.push(['Price', '500', '', 0, 0, 0, 0]);
    const price = accepted(grid).factors.find((f) => f.name === 'Price');
    expect(price?.bounds).toContain(500);
    grid.push(['Price', '50.0', '', 0, 0, 0, 0]);
    // "50.0" repeats the bound 50, not the level "500" that reads the same once punctuation is dropped.
    expectProblem(grid, grid.length - 1, 1, `already on row ${rowOf('Price', '50') + 1}.`);
  });

  it('conflicting weights for one factor', () => {
    const grid = domainGrid();
    const second = rowOf('Customer', 'B2C');
    (grid[second] as unknown[])[2] = 2;
    expectProblem(grid, second, 2, '2 conflicts with 1', `row ${rowOf('Customer') + 1}`, '"Customer"');
  });

  it('a factor with no weight at all', () => {
    const grid = domainGrid();
    for (const row of grid) if (row[0] === 'Buyers') row[2] = '';
    expectProblem(grid, rowOf('Buyers'), 2, '"Buyers" has no weight');
  });

  it('an empty Level', () => {
    const grid = domainGrid();
    (grid[r] as unknown[])[1] = '';
    expectProblem(grid, r, 1, 'is empty');
  });

  it('an empty Factor on the first row, with nothing above to continue', () => {
    const grid = domainGrid();
    (grid[1] as unknown[])[0] = '';
    expectProblem(grid, 1, 0, 'name the factor');
  });

  it.each(['cheap', 'ten', '50-100', true])('a Price level that is not an amount (%s)', (level) => {
    const grid = domainGrid();
    const p = rowOf('Price', '2000');
    (grid[p] as unknown[])[1] = level;
    expectProblem(grid, p, 1, 'is not an amount', 'lower bound');
  });

  it('an empty grid, or a header without rows', () => {
    expect(problemsOf([])[0]?.message).toContain('empty');
    expect(problemsOf([[], ['']])[0]?.message).toContain('empty');
    expect(problemsOf([[...WEIGHTS_TABLE_HEADER]])[0]?.message).toMatch(
      /^Weights table row 1: .*no factor rows/,
    );
  });
});

describe('problem reports', () => {
  it('list every problem, sorted by row then column, with rows counted in the grid given', () => {
    const grid = [[], ...domainGrid()];
    (grid[9] as unknown[])[6] = 'x';
    (grid[4] as unknown[])[5] = 'y';
    (grid[4] as unknown[])[3] = 'z';
    const problems = problemsOf(grid);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [4, 3],
      [4, 5],
      [9, 6],
    ]);
    expect(problems[0]?.message).toContain('row 5, column "Direct (assisted sales)"');
  });

  it('reach DISTMODEL as a CallError naming the row and column, with the problems attached', () => {
    const grid = domainGrid();
    (grid[3] as unknown[])[4] = 'oops';
    const call = () =>
      distmodel(
        [
          ['Customer', 'Price'],
          ['B2B', 10],
        ],
        grid,
      );
    expect(call).toThrow(CallError);
    expect(call).toThrow(/row 4, column "Direct \(automated purchase\)": "oops" is not a number/);
    try {
      call();
    } catch (err) {
      expect((err as CallError).problems).toEqual([expect.objectContaining({ row: 3, column: 4 })]);
    }
  });

  it('list the first problems that fit in a message under 300 characters and count the rest', () => {
    const grid = domainGrid();
    for (let r = 1; r <= 5; r++) (grid[r] as unknown[])[3] = 'bad';
    expect(() => resolveWeights(grid)).toThrow(/row 2,.*row 3,.*\(and 3 more\)$/);
    expect(() => resolveWeights(grid)).toThrow(/^.{1,299}$/s);
  });
});
