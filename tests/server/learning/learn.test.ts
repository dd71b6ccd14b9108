// Issue #12 in the sidebar's server calls, through the built bundle and the Apps Script stand-ins: find the
// column of known models, fit the saved weights, and save the fit with the same locked, version-checked
// saveWeights as any weights edit.
import { describe, expect, it } from 'vitest';
import { distmodel, fittedGrid, learnWeights } from '../../../src/engine';
import type {
  FitResult,
  FitSourceResult,
  SaveResult,
  WeightsState,
} from '../../../src/shared/sidebar-contract';
import { readCalibration } from '../../support/calibration';
import { plantedSet } from '../../support/planted';
import { balanced, fork, harness, nonPlainPath, values } from '../support';

/** A team sheet: the planted products with a "Known model" column at the end. */
function teamSheet(count = 600): (string | number)[][] {
  const set = plantedSet(count, 8);
  return set.products.map((row, r) => [...row, r === 0 ? 'Known model' : (set.models[r - 1]?.[0] ?? '')]);
}

function fitted(result: FitResult): Extract<FitResult, { status: 'fitted' }> {
  if (result.status !== 'fitted') throw new Error(`not fitted: ${result.message}`);
  return result;
}

describe('getFitSource', () => {
  it('lists the columns that are not factors, and suggests the one that names models', () => {
    const h = harness({ Team: teamSheet(40) });
    h.env.setActiveSheet('Team');
    const source = h.call<FitSourceResult>('getFitSource');
    expect(source).toEqual({
      status: 'ok',
      sheetName: 'Team',
      rows: 40,
      columns: [{ column: 13, header: 'Known model', named: 40 }],
      suggested: 13,
    });
  });

  it('never offers a column in which no row names a model (a checkbox column, say)', () => {
    const team = teamSheet(24).map((row, r) => [...row, r === 0 ? 'Local service' : r % 2 === 0]);
    const h = harness({ Team: team });
    h.env.setActiveSheet('Team');
    const source = h.call<FitSourceResult>('getFitSource');
    expect(source).toMatchObject({ columns: [{ column: 13, header: 'Known model', named: 24 }] });
    const checkboxes = h.call<FitResult>('fitWeights', { column: 14, strength: 1 });
    expect(checkboxes).toMatchObject({ status: 'problem', message: expect.stringMatching(/Find columns/) });
  });

  it('says so when the active sheet has no product table', () => {
    const h = harness({ Notes: [['hello']] });
    expect(h.call<FitSourceResult>('getFitSource')).toMatchObject({ status: 'no-table' });
  });
});

describe('fitWeights then saveWeights', () => {
  it('fits the saved table, and the save recalculates DISTMODEL and keeps the user notes', () => {
    const team = teamSheet();
    const weights = balanced().map((row, r) => [
      ...row,
      r === 0 ? 'Note' : r === 2 ? 'checked with sales' : '',
    ]);
    const h = harness({ Team: team, 'DistModel weights': weights });
    h.workbook.setNamedRange(
      'DistModelWeights',
      h.workbook.resolve(`'DistModel weights'!A1:H${weights.length}`),
    );
    h.env.setActiveSheet('Team');
    h.workbook.setContents(h.workbook.resolve('Team!N1'), [
      [`=DISTMODEL(A1:L${team.length}, DistModelWeights)`],
    ]);
    const result = fitted(h.call<FitResult>('fitWeights', { column: 13, strength: 1 }));
    expect(nonPlainPath(result)).toBeNull();
    expect(result.verdict).toBe('adopted');
    expect(result.after.agree).toBeGreaterThan(result.before.agree);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.version).toBe(h.call<WeightsState>('getWeights').version);
    // Nothing is written by fitting.
    expect(values(h, `'DistModel weights'!A1:H${weights.length}`)).toEqual(weights);

    const saved = h.call<SaveResult>('saveWeights', result.grid, result.version);
    expect(saved.status).toBe('saved');
    const products = team.map((row) => row.slice(0, 12));
    const noteless = result.grid.map((row) => row.slice(0, 7));
    expect(values(h, `Team!N1:N${team.length}`)).toEqual(distmodel(products, noteless));
    const stored = h.call<WeightsState>('getWeights').grid;
    expect(String(stored[1]?.[7])).toMatch(/^Fit: learned from 600 known products/);
    expect(String(stored[2]?.[7])).toContain('checked with sales');
  });

  it("a colleague saving after the fit makes the fit's save a conflict that writes nothing", () => {
    // The conflict, not the fit, is under test: a smaller team fits sooner.
    const ann = harness({ Team: teamSheet(200) });
    ann.env.setActiveSheet('Team');
    const result = fitted(ann.call<FitResult>('fitWeights', { column: 13, strength: 1 }));
    const bob = fork(ann);
    const bobState = bob.call<WeightsState>('getWeights');
    expect(bob.call<SaveResult>('saveWeights', balanced(), bobState.version).status).toBe('saved');
    const late = ann.call<SaveResult>('saveWeights', result.grid, result.version);
    expect(late.status).toBe('conflict');
    expect(ann.call<WeightsState>('getWeights').grid).toEqual(balanced());
  });

  it('learns nothing from the calibration products, which the saved weights already get right', () => {
    const { header, products } = readCalibration();
    const sheet = [[...header, 'Expected model'], ...products.map((p) => [...p.cells, p.expected])];
    const h = harness({ Calibration: sheet });
    h.env.setActiveSheet('Calibration');
    const source = h.call<FitSourceResult>('getFitSource');
    expect(source.status === 'ok' && source.suggested).toBe(13);
    const result = fitted(h.call<FitResult>('fitWeights', { column: 13, strength: 2 }));
    expect(result.verdict).toBe('not-better');
    expect(result.before).toEqual({ agree: 28, total: 28 });
    expect(result.after).toEqual({ agree: 28, total: 28 });
    expect(result.changes).toEqual([]);
  });

  it('leaves out and names the sheet row of an unknown model, and refuses a column that is a factor', () => {
    const team = teamSheet(40);
    (team[6] as unknown[])[12] = 'Mail order';
    (team[8] as unknown[])[12] = '#N/A';
    const h = harness({ Team: team });
    h.env.setActiveSheet('Team');
    const result = fitted(h.call<FitResult>('fitWeights', { column: 13, strength: 1 }));
    expect(result.skipped).toBe(1);
    expect(result.before.total).toBe(38);
    expect(result.summary).toContain(
      '1 rows left out (Row 7, column "Known model": "Mail order" is not a distribution model)',
    );
    expect(h.call<FitResult>('fitWeights', { column: 2, strength: 1 })).toMatchObject({ status: 'problem' });
    team.forEach((row, r) => {
      if (r > 0) row[12] = r <= 39 ? 'Open resale' : 'Authorized dealers';
    });
    const few = harness({ Team: team });
    few.env.setActiveSheet('Team');
    expect(few.call<FitResult>('fitWeights', { column: 13, strength: 1 })).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(
        /^Team: column "Known model": too few known products to learn from \(Authorized dealers has 1\)/,
      ),
    });
    expect(h.call<FitResult>('fitWeights', { column: 13, strength: 9 })).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(/strength: 9 is not accepted/),
    });
  });
});

describe('=DISTMODEL_FIT in a cell of the workbench', () => {
  it('spills the fitted table, which a DISTMODEL formula then reads as its weights', () => {
    // The spill and its reading, not the fit, are under test: a smaller team fits sooner.
    const team = teamSheet(200);
    const set = plantedSet(200, 8);
    const h = harness({ Team: team });
    const n = team.length;
    h.workbook.setContents(h.workbook.resolve('Team!O1'), [[`=DISTMODEL_FIT(A1:L${n}, M2:M${n})`]]);
    const expected = fittedGrid(learnWeights(set.products, set.models));
    const spilled = values(h, `Team!O1:V${expected.length}`);
    expect(spilled).toEqual(expected);
    h.workbook.setContents(h.workbook.resolve('Team!X1'), [[`=DISTMODEL(A1:L${n}, O1:U${expected.length})`]]);
    const products = team.map((row) => row.slice(0, 12));
    expect(values(h, `Team!X1:X${n}`)).toEqual(distmodel(products, expected));
  });

  it('shows a bad call as an error with its message, not a table', () => {
    const team = teamSheet(40);
    const h = harness({ Team: team });
    h.workbook.setContents(h.workbook.resolve('Team!O1'), [['=DISTMODEL_FIT(A1:L41, M2:M40)']]);
    expect(values(h, 'Team!O1')[0]?.[0]).toBe('#ERROR!');
  });
});
