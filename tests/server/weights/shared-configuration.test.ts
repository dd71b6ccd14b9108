// Issue 8 §1: the shared configuration never splits or vanishes silently. It is found by its developer
// metadata and its named range whatever its sheet is called, its named range covers the table the user
// sees, and a deleted one is named and restorable.
import { describe, expect, it } from 'vitest';
import { distmodel, OUTPUT_HEADERS } from '../../../src/engine';
import { columnLetters } from '../../../src/shared/a1';
import type { SaveResult, ScoreResult, WeightsState } from '../../../src/shared/sidebar-contract';
import {
  balanced,
  formulas,
  type Grid,
  type Harness,
  harness,
  productsSheet,
  request,
  values,
} from '../support';

/** "Tuned": price and complexity weigh 3, so results differ from Balanced for the sample rows. */
function tuned(): Grid {
  return balanced().map((row, r) =>
    r > 0 && (row[0] === 'Price' || row[0] === 'Complexity') ? [row[0], row[1], 3, ...row.slice(3)] : row,
  ) as Grid;
}

function apply(h: Harness, grid: Grid): SaveResult {
  return h.call<SaveResult>('saveWeights', grid, h.call<WeightsState>('getWeights').version);
}

/** Products with live formulas (the add-on's own) and tuned weights applied. */
function tunedSpreadsheet(rows = 8) {
  const products = productsSheet(rows);
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!A2');
  expect(apply(h, tuned()).status).toBe('saved');
  expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' })).status).toBe('done');
  const expected = distmodel(products, tuned(), 'all');
  expect(values(h, `Products!M1:${END}${rows + 1}`)).toEqual(expected);
  return { h, products, expected };
}

/** The last output column beside a 12-column table (M + the 'all' output's width - 1), and the one after. */
const END = columnLetters(12 + OUTPUT_HEADERS.all.length);
const AFTER = columnLetters(13 + OUTPUT_HEADERS.all.length);

const sheetNames = (h: Harness) => h.workbook.sheetNames();

describe('a renamed weights sheet stays the one configuration', () => {
  it('sidebar, values scoring, Apply and formula scoring all use "Weights (tuned)"; no second sheet', () => {
    const { h, products, expected } = tunedSpreadsheet();
    h.workbook.renameSheet('DistModel weights', 'Weights (tuned)');
    const state = h.call<WeightsState>('getWeights');
    expect(state).toMatchObject({ stored: true, sheetName: 'Weights (tuned)', lost: false, problems: [] });
    expect(state.grid).toEqual(tuned());
    const broken = tuned().map((row, r) => (r === 3 ? [row[0], row[1], row[2], 'x', ...row.slice(4)] : row));
    const refused = apply(h, broken as Grid);
    expect(refused.status === 'invalid' && refused.problems[0]?.cell).toBe("'Weights (tuned)'!D4");

    // Frozen values come from the tuned table.
    h.call<ScoreResult>('scoreProducts', request({ mode: 'values', overwrite: true }));
    expect(values(h, `Products!M1:${END}9`)).toEqual(expected);

    // Apply writes into the renamed sheet; the range stays on it.
    const heavier = tuned().map((row, r) =>
      r > 0 && row[0] === 'Market' ? [row[0], row[1], 4, ...row.slice(3)] : row,
    );
    expect(apply(h, heavier as Grid).status).toBe('saved');
    h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(sheetNames(h)).toEqual(['Products', 'Weights (tuned)']);
    expect(h.workbook.namedRanges().find((n) => n.name === 'DistModelWeights')?.range.sheet).toBe(
      'Weights (tuned)',
    );
    expect(values(h, `Products!M1:${END}9`)).toEqual(distmodel(products, heavier, 'all'));
  });

  it('found by its developer metadata even when its named range was deleted too', () => {
    const { h } = tunedSpreadsheet(3);
    h.workbook.renameSheet('DistModel weights', 'Weights (tuned)');
    h.workbook.removeNamedRange('DistModelWeights');
    const state = h.call<WeightsState>('getWeights');
    expect(state).toMatchObject({ sheetName: 'Weights (tuned)', stored: false, lost: false });
    expect(state.grid).toEqual(tuned());
    expect(state.problems.map((p) => p.message).join(' ')).toMatch(
      /named range "DistModelWeights" is missing/,
    );
    // Scoring as formulas restores the range on the same sheet instead of making a Balanced one.
    h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas', overwrite: true }));
    expect(sheetNames(h)).toEqual(['Products', 'Weights (tuned)']);
    expect(h.call<WeightsState>('getWeights')).toMatchObject({ stored: true, problems: [] });
  });

  it('a marked copy of the sheet does not split it: the named range decides and the copy is named', () => {
    const { h } = tunedSpreadsheet(3);
    // What a duplicated sheet would be if Sheets copied the mark (docs/live-checks.md).
    h.workbook.addSheet('Copy of DistModel weights');
    h.workbook.setContents(
      h.workbook.resolve(`'Copy of DistModel weights'!A1:G${balanced().length}`),
      balanced(),
    );
    const copy =
      h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Copy of DistModel weights');
    copy?.addDeveloperMetadata('distmodel.weights');
    // What formulas read decides, found through the named range alone (issue #19: no metadata search).
    const state = h.call<WeightsState>('getWeights');
    expect(state.grid).toEqual(tuned());
    expect(state.sheetName).toBe('DistModel weights');
    expect(state.problems).toEqual([]);
    // Without the range, the marks decide, and the copy is named.
    h.workbook.removeNamedRange('DistModelWeights');
    expect(
      h
        .call<WeightsState>('getWeights')
        .problems.map((p) => p.message)
        .join(' '),
    ).toMatch(/"Copy of DistModel weights" also carries/);
    expect(apply(h, tuned()).status).toBe('saved');
    expect(h.call<WeightsState>('getWeights').problems).toEqual([]);
    h.workbook.removeNamedRange('DistModelWeights');
    expect(h.call<WeightsState>('getWeights').sheetName).toBe('DistModel weights');
  });
});

describe('a deleted configuration is said to be gone and can be restored', () => {
  it('no silent Balanced: scoring stops with a message, Apply restores the last table and its formulas', () => {
    const { h, expected } = tunedSpreadsheet(4);
    h.workbook.renameSheet('DistModel weights', 'Weights (tuned)');
    h.call('getInitialState'); // the sidebar opened meanwhile
    h.workbook.removeSheet('Weights (tuned)');
    expect(h.workbook.getError('Products', 1, 13)?.type).toBe('#REF!');
    const state = h.call<WeightsState>('getWeights');
    expect(state).toMatchObject({ stored: false, lost: true, sheetName: null });
    expect(state.grid).toEqual(tuned());
    expect(() => h.call('scoreProducts', request({ mode: 'values', overwrite: true }))).toThrow(
      /\("Weights \(tuned\)"\) was deleted.*press Apply to restore/,
    );
    expect(() => h.call('setupProductSheet')).toThrow(/was deleted/);
    expect(h.call<SaveResult>('saveWeights', state.grid, state.version).status).toBe('saved');
    expect(sheetNames(h)).toEqual(['Products', 'Weights (tuned)']);
    expect(values(h, `Products!M1:${END}5`)).toEqual(expected.slice(0, 5));
  });

  it('a spreadsheet that never had one still starts from Balanced', () => {
    const h = harness({ Products: productsSheet(2) });
    expect(h.call<WeightsState>('getWeights')).toMatchObject({ stored: false, lost: false, sheetName: null });
  });
});

describe('the named range covers the table the user sees', () => {
  const regulated = [
    ['Regulated', 'Yes', 10, 2, -2, 2, -2],
    ['Regulated', 'No', 10, 0, 0, 0, 0],
  ];

  it("rows added below the table (a factor of one's own) count in every formula, old and new", () => {
    const { h } = tunedSpreadsheet(3);
    const products = productsSheet(6).map((row, r) => [...row, r === 0 ? 'Regulated' : r % 2 ? 'Yes' : 'No']);
    h.workbook.setContents(h.workbook.resolve('Products!A1:M7'), products);
    h.workbook.setContents(h.workbook.resolve('Products!N1'), [
      ['=DISTMODEL(A1:M7, DistModelWeights, "all")'],
    ]);
    const n = tuned().length;
    h.workbook.setContents(h.workbook.resolve(`'DistModel weights'!A${n + 1}:G${n + 2}`), regulated);
    const seen = [...tuned(), ...regulated] as Grid;
    expect(values(h, `Products!N1:${AFTER}7`)).toEqual(distmodel(products, seen, 'all'));
    expect(values(h, `Products!N1:${AFTER}7`)).not.toEqual(distmodel(products, tuned(), 'all'));
    // The sidebar reads the same table and finds nothing wrong with the range.
    const state = h.call<WeightsState>('getWeights');
    expect(state.grid).toEqual(seen);
    expect(state.problems).toEqual([]);
  });

  it('a table shortened or edited by hand gives results from the table as it now is', () => {
    const { h, products } = tunedSpreadsheet(5);
    const grid = tuned();
    const firstPrice = grid.findIndex((row) => row[0] === 'Price');
    const cut = grid.filter((row) => row[0] !== 'Price');
    h.workbook.setContents(h.workbook.resolve(`'DistModel weights'!A1:G${grid.length}`), [
      ...cut,
      ...grid.slice(cut.length).map((row) => row.map(() => '')),
    ]);
    expect(firstPrice).toBeGreaterThan(0);
    expect(values(h, `Products!M1:${END}6`)).toEqual(distmodel(products, cut, 'all'));
    h.workbook.setContents(h.workbook.resolve(`'DistModel weights'!D2`), [[-2]]);
    const edited = cut.map((row, r) => (r === 1 ? [row[0], row[1], row[2], -2, ...row.slice(4)] : row));
    expect(values(h, `Products!M1:${END}6`)).toEqual(distmodel(products, edited, 'all'));
    expect(formulas(h, 'Products!M1')).toEqual([['=DISTMODEL(A1:L, DistModelWeights, "all")']]);
  });
});
