// Issue 8 §1: a hand-typed =DISTMODEL(A1:L) uses Balanced while the shared sheet and the sidebar use
// edited weights. A formula and the sidebar never silently disagree: the sidebar's weights state lists
// every DISTMODEL formula reading other weights than the shared range, and one call points them at it.
import { describe, expect, it } from 'vitest';
import { distmodel } from '../../../src/engine';
import type { SaveResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, formulas, type Grid, harness, productsSheet, values } from '../support';

const onlyPrice = (): Grid =>
  balanced().map((row, r) =>
    r > 0 && row[0] !== 'Price' ? [row[0], row[1], 0, ...row.slice(3)] : row,
  ) as Grid;

function edited() {
  const products = productsSheet(6);
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!A2');
  expect(h.call<SaveResult>('saveWeights', onlyPrice(), 'none').status).toBe('saved');
  return { h, products };
}

describe('formulas that read other weights than the shared ones', () => {
  it('=DISTMODEL(A1:L) is listed as using Balanced, and "use the shared weights" makes it follow them', () => {
    const { h, products } = edited();
    h.workbook.setContents(h.workbook.resolve('Products!M1'), [['=DISTMODEL(A1:L)']]);
    expect(values(h, 'Products!M1:M7')).toEqual(distmodel(products, balanced()));
    const state = h.call<WeightsState>('getWeights');
    expect(state.otherFormulas).toEqual([{ cell: 'Products!M1', uses: 'no weights: the Balanced preset' }]);
    expect(state.otherFormulaCount).toBe(1);
    const after = h.call<WeightsState>('useSharedWeights');
    expect(after.otherFormulaCount).toBe(0);
    expect(formulas(h, 'Products!M1')).toEqual([['=DISTMODEL(A1:L, DistModelWeights)']]);
    expect(values(h, 'Products!M1:M7')).toEqual(distmodel(products, onlyPrice()));
  });

  it('lists presets and other ranges on every sheet, never the formulas that read the shared range', () => {
    const { h } = edited();
    h.workbook.addSheet('Notes');
    h.workbook.setContents(h.workbook.resolve('Products!M1:O1'), [
      ['=DISTMODEL(A1:L, DistModelWeights)', '', ''],
    ]);
    h.workbook.setContents(h.workbook.resolve('Products!A10'), [['=DISTMODEL(B2:L2, "B2B software")']]);
    h.workbook.setContents(h.workbook.resolve('Notes!B2'), [
      ["=DISTMODEL(Products!A1:L7, 'DistModel weights'!A1:G40)"],
    ]);
    const state = h.call<WeightsState>('getWeights');
    expect(state.otherFormulas).toEqual([
      { cell: 'Products!A10', uses: 'weights "B2B software"' },
      { cell: 'Notes!B2', uses: "weights 'DistModel weights'!A1:G40" },
    ]);
  });

  it('the sidebar state after Apply lists them too; without a shared configuration nothing is listed', () => {
    const h = harness({ Products: productsSheet(3) });
    h.workbook.setContents(h.workbook.resolve('Products!M1'), [['=DISTMODEL(A1:L)']]);
    expect(h.call<WeightsState>('getWeights').otherFormulaCount).toBe(0);
    const saved = h.call<SaveResult>('saveWeights', onlyPrice(), 'none');
    expect(saved.status === 'saved' && saved.weights.otherFormulaCount).toBe(1);
  });
});
