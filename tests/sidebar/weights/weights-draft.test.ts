import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellChanged,
  factorWeight,
  layoutOf,
  levelsMissingFrom,
  parseCellInput,
  sameGrid,
  weightChanged,
  weightsByFactor,
  withCell,
  withWeight,
} from '../../../sidebar/weights/weights-draft';
import { parseWeightsTable } from '../../../src/engine/index';
import type { WeightsGrid } from '../../../src/shared/sidebar-contract';
import { presetGrid } from '../fake-server';

/** The factors and level labels the editor shows for a grid. */
function shownLevels(grid: WeightsGrid): [string, string[]][] | undefined {
  return layoutOf(grid)?.factors.map((f) => [f.name, f.levels.map((l) => l.label)]);
}

describe('the weights draft', () => {
  it('skips a row holding only a note, as the engine does, instead of showing an empty level', () => {
    const grid: WeightsGrid = [
      [
        'Factor',
        'Level',
        'Weight',
        'Direct (assisted sales)',
        'Direct automated',
        'Authorized dealers',
        'Open resale',
        'Note',
      ],
      ['Customer', 'B2B', 2, 2, 0, 0, -1, ''],
      ['', '', '', '', '', '', '', 'B2C is below'],
      ['', 'B2C', '', -1, 1, 1, 1, ''],
    ];
    expect(parseWeightsTable(grid).ok).toBe(true);
    expect(shownLevels(grid)).toEqual([['Customer', ['B2B', 'B2C']]]);
  });

  it('shows the levels the engine reads, whatever blank or note-only rows sit between them', () => {
    const base = [...presetGrid('Balanced').map((row) => [...row, ''])];
    const width = base[0]?.length ?? 0;
    (base[0] as (string | number)[])[width - 1] = 'Note';
    const filler = fc.oneof(
      fc.constant(Array.from({ length: width }, () => '')),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .map((note) => [...Array.from({ length: width - 1 }, () => ''), note]),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: base.length }), filler), { maxLength: 6 }),
        (inserts) => {
          const grid: WeightsGrid = base.map((row) => [...row]);
          for (const [at, row] of [...inserts].sort((a, b) => b[0] - a[0])) grid.splice(at, 0, row);
          expect(parseWeightsTable(grid).ok).toBe(true);
          expect(shownLevels(grid)).toEqual(shownLevels(base));
        },
      ),
    );
  });

  it('finds the columns and factors of a table written in any column order, keeping extra columns', () => {
    const grid: WeightsGrid = [
      [
        'Notes',
        'Level',
        'Factor',
        'Open resale',
        'Weight',
        'Authorized dealers',
        'direct-automated',
        'Direct (assisted sales)',
      ],
      ['mine', 'B2B', 'Customer', -1, 2, 0, 0, 2],
      ['', 'B2C', '', 1, '', 1, 1, -1],
      ['', 'Yes', 'Local service', -1, 1, 2, -2, 1],
    ];
    const layout = layoutOf(grid);
    expect(layout).toMatchObject({
      headerRow: 0,
      factorCol: 2,
      levelCol: 1,
      weightCol: 4,
      modelCols: [7, 6, 5, 3],
    });
    expect(layout?.factors.map((f) => [f.name, f.levels.map((l) => l.label), f.weightRows])).toEqual([
      ['Customer', ['B2B', 'B2C'], [1]],
      ['Local service', ['Yes'], [3]],
    ]);
    const customer = layout?.factors[0];
    if (!layout || !customer) throw new Error('no layout');
    const edited = withWeight(grid, layout, customer, 0.5);
    expect(factorWeight(edited, layout, customer)).toBe(0.5);
    expect(edited[1]?.[0]).toBe('mine');
    expect(grid[1]?.[4]).toBe(2);
  });

  it('writes a weight to every row that repeats it, so the table stays valid', () => {
    const grid = presetGrid('Balanced');
    const layout = layoutOf(grid);
    const price = layout?.factors.find((f) => f.name === 'Price');
    if (!layout || !price) throw new Error('no Price');
    expect(price.weightRows).toHaveLength(4);
    const edited = withWeight(grid, layout, price, 3);
    const parsed = parseWeightsTable(edited);
    expect(parsed.ok && parsed.table.factors.find((f) => f.name === 'Price')?.weight).toBe(3);
  });

  it('returns null when the header lacks a column it needs', () => {
    expect(layoutOf([['Factor', 'Level', 'Weight', 'Open resale']])).toBeNull();
    expect(layoutOf([])).toBeNull();
  });

  it('has a layout exactly when the engine finds no missing column', () => {
    const grid = presetGrid('Balanced');
    const header = grid[0] ?? [];
    const renamed = (c: number, name: string) => [
      header.map((h, i) => (i === c ? name : h)),
      ...grid.slice(1),
    ];
    const variants = header.flatMap((h, c) => [
      renamed(c, ` ${String(h).toUpperCase().replace(/ /g, '_')} `),
      renamed(c, `${String(h)} (old)`),
      renamed(c, ''),
    ]);
    for (const variant of variants) {
      const parsed = parseWeightsTable(variant);
      const missing = !parsed.ok && parsed.problems.some((p) => p.message.includes('is missing'));
      expect(layoutOf(variant) === null, JSON.stringify(variant[0])).toBe(missing);
    }
  });

  it('matches saved weights to factors as the layout groups them, whatever the spelling', () => {
    const saved = presetGrid('Balanced').map((row) =>
      row[0] === 'Product type' ? ['product_type', ...row.slice(1)] : row,
    );
    const weights = weightsByFactor(saved);
    const draft = presetGrid('Balanced');
    const layout = layoutOf(draft);
    const productType = layout?.factors.find((f) => f.name === 'Product type');
    if (!layout || !productType) throw new Error('no Product type');
    const now = factorWeight(draft, layout, productType);
    expect(weightChanged(weights, 'Product type', now)).toBe(false);
    expect(weightChanged(weights, ' PRODUCT-TYPE ', now)).toBe(false);
    expect(weightChanged(weights, 'Product type', now + 1)).toBe(true);
    expect(weightChanged(weights, 'Warranty', now)).toBe(true);
    expect(weightChanged(new Map([['producttype', Number.NaN]]), 'Product type', Number.NaN)).toBe(false);
  });

  it('compares grids as the engine reads them, and spots the changed cell', () => {
    const grid = presetGrid('Balanced');
    expect(
      sameGrid(
        grid,
        grid.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : c))),
      ),
    ).toBe(true);
    const edited = withCell(grid, 3, 4, 7);
    expect(sameGrid(grid, edited)).toBe(false);
    expect(cellChanged(grid, edited, 3, 4)).toBe(true);
    expect(cellChanged(grid, edited, 3, 5)).toBe(false);
    expect(sameGrid([['a', '']], [['a']])).toBe(true);
  });

  it('keeps typed text that is not a number, so the problem can be shown', () => {
    expect(parseCellInput(' 1.5 ')).toBe(1.5);
    expect(parseCellInput('two')).toBe('two');
    expect(parseCellInput('  ')).toBe('');
    expect(withCell([['a']], 0, 2, 'x')).toEqual([['a', '', 'x']]);
  });
});

describe('levelsMissingFrom (what Keep mine + Apply would delete from the sheet)', () => {
  const balanced = presetGrid('Balanced');
  const levelRows = balanced.length - 1;

  it('names exactly the level rows the draft lacks, whatever their order or spelling in the draft', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: levelRows }), { maxLength: 5 }), (dropped) => {
        const draft = balanced.filter((_, r) => !dropped.includes(r));
        // Reordered and respelt rows are the same levels.
        const shuffled = [draft[0] ?? [], ...draft.slice(1).reverse()].map((row, r) =>
          r === 0 ? row : [String(row[0]).toUpperCase(), ...row.slice(1)],
        );
        const expected = [...dropped]
          .sort((a, b) => a - b)
          .map((r) => `${balanced[r]?.[0]} | ${balanced[r]?.[1]}`);
        expect(levelsMissingFrom(shuffled, balanced)).toEqual(expected);
        expect(levelsMissingFrom(balanced, draft)).toEqual([]);
      }),
    );
  });

  it('names nothing for a draft whose header cannot be read (it cannot be applied)', () => {
    expect(levelsMissingFrom([['nothing']], balanced)).toEqual([]);
  });
});
