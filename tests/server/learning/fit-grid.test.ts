// The pure helpers behind "Learn from my products": which columns may hold the known models, and how the
// fitted table keeps the user's own notes while replacing the fit's earlier ones.
import { describe, expect, it } from 'vitest';
import { compileWeights, presetTable } from '../../../src/engine';
import { modelColumns, suggestedColumn, withUserNotes } from '../../../src/server/learning/fit-grid';
import { findProductTable } from '../../../src/server/sheets/product-table';
import type { WeightsGrid } from '../../../src/shared/sidebar-contract';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';

const header = [...WEIGHTS_TABLE_HEADER, 'Note'];

describe('withUserNotes', () => {
  const fitted: WeightsGrid = [
    header,
    ['Customer', 'B2B', 1, 2, 0, 0, -0.5, 'Fit: learned from 40 known products. Fit: Open resale +0.5.'],
    ['Customer', 'B2C', 1, -1, 1, 1, 1, ''],
    ['Price', 50, 1, -1, 2, 1, 0, ''],
  ];

  it("keeps a user's note after the fit's, on changed and unchanged rows, matched by factor and level", () => {
    const stored: WeightsGrid = [
      ['Level', 'Factor', 'Weight', ...WEIGHTS_TABLE_HEADER.slice(3), 'note'],
      ['B2B', 'customer', 1, 2, 0, 0, -1, 'agreed with sales'],
      ['B2C', '', 1, -1, 1, 1, 1, 'consumers'],
      ['$50', 'Price', 1, -1, 2, 1, 0, ''],
    ];
    const out = withUserNotes(fitted, stored);
    expect(out.map((row) => row[7])).toEqual([
      'Note',
      'Fit: learned from 40 known products. Fit: Open resale +0.5. agreed with sales',
      'consumers',
      '',
    ]);
  });

  it("drops the fit's own earlier notes instead of piling them up", () => {
    const stored = fitted.map((row, r) =>
      r === 2 ? [...row.slice(0, 7), 'Fit: Direct (assisted sales) +0.5.'] : row,
    );
    expect(withUserNotes(fitted, stored)).toEqual(fitted);
  });
});

describe('modelColumns', () => {
  it('lists the columns that are neither a factor nor the product name and name a model, and suggests the best', () => {
    const scorer = compileWeights(presetTable('Balanced'));
    const values = [
      ['Product', 'Customer', 'Price', 'Owner', 'Channel today'],
      ['A', 'B2B', 10, 'Ann', 'Open resale'],
      ['B', 'B2C', 20, 'Bob', 'authorized dealers'],
      ['C', 'B2C', 20, 'Cy', 'mail order'],
    ];
    const table = findProductTable(scorer, values);
    if (!table) throw new Error('no table');
    const columns = modelColumns(scorer, table, values.slice(1));
    // "Owner" names no model in any row: it is never offered.
    expect(columns).toEqual([{ column: 5, header: 'Channel today', named: 2 }]);
    expect(suggestedColumn(columns)).toBe(5);
    expect(suggestedColumn([])).toBeNull();
  });
});
