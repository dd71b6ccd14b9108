// The shared weights table: round trip, live recalculation of formulas, hand-edited problems located by
// cell, concurrent saves and the document lock.
import { describe, expect, it } from 'vitest';
import { distmodel } from '../../../src/engine';
import type { SaveResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, fork, type Grid, harness, nonPlainPath, productsSheet, values } from '../support';

/** Only "Product type" counts: the table a user gets by zeroing every other weight. */
function onlyProductType(): Grid {
  return balanced().map((row, r) => {
    if (r === 0 || row[0] === '') return row;
    return [row[0], row[1], row[0] === 'Product type' ? 1 : 0, ...row.slice(3)];
  }) as Grid;
}

describe('getWeights', () => {
  it('before anything is stored: the Balanced preset, not stored, version "none"-like, plain data', () => {
    const h = harness({ Sheet1: [['x']] });
    const state = h.call<WeightsState>('getWeights');
    expect(state.grid).toEqual(balanced());
    expect(state.stored).toBe(false);
    expect(state.problems).toEqual([]);
    expect(typeof state.version).toBe('string');
    expect(nonPlainPath(state)).toBeNull();
    expect(h.workbook.hasSheet('DistModel weights')).toBe(false);
  });
});

describe('saveWeights', () => {
  it('round trip: save then get returns the saved table and a new version', () => {
    const h = harness({ Sheet1: [['x']] });
    const first = h.call<WeightsState>('getWeights');
    const saved = h.call<SaveResult>('saveWeights', onlyProductType(), first.version);
    expect(saved.status).toBe('saved');
    const again = h.call<WeightsState>('getWeights');
    expect(again.grid).toEqual(onlyProductType());
    expect(again.stored).toBe(true);
    expect(again.problems).toEqual([]);
    expect(again.version).not.toBe(first.version);
    if (saved.status === 'saved') expect(saved.weights).toEqual(again);
  });

  it('recalculates every DISTMODEL formula that reads the named range', () => {
    const products = productsSheet(6);
    const h = harness({ Products: [...products] });
    h.call('setupProductSheet'); // creates the weights store with Balanced
    h.workbook.setContents(h.workbook.resolve('Products!M1'), [['=DISTMODEL(A1:L7, DistModelWeights)']]);
    const before = values(h, 'Products!M1:M7');
    expect(before).toEqual(distmodel(products, balanced()));
    const { version } = h.call<WeightsState>('getWeights');
    expect(h.call<SaveResult>('saveWeights', onlyProductType(), version).status).toBe('saved');
    const after = values(h, 'Products!M1:M7');
    expect(after).toEqual(distmodel(products, onlyProductType()));
    expect(after).not.toEqual(before);
  });

  it('a shorter table clears the leftover rows; the named range covers whole columns of the table', () => {
    const h = harness({ Sheet1: [['x']] });
    const { version } = h.call<WeightsState>('getWeights');
    h.call('saveWeights', balanced(), version);
    const short = balanced().filter((row) => row[0] !== 'Purchase frequency');
    const next = h.call<WeightsState>('getWeights');
    expect(h.call<SaveResult>('saveWeights', short, next.version).status).toBe('saved');
    expect(
      values(h, `'DistModel weights'!A${short.length + 1}:G${balanced().length}`)
        .flat()
        .every((c) => c === ''),
    ).toBe(true);
    const named = h.workbook.namedRanges().find((n) => n.name === 'DistModelWeights');
    // The rows the draft dropped are deleted from the sheet (issue #17): every row it has left is covered.
    const left = 1000 - (balanced().length - short.length);
    expect(named?.range).toMatchObject({ row: 1, column: 1, numRows: left, numColumns: 7 });
  });

  it('keeps a Note column the user added beside the table', () => {
    const grid = balanced().map((row, r) => [...row, r === 0 ? 'Note' : r === 2 ? 'checked with sales' : '']);
    const h = harness({ 'DistModel weights': grid });
    h.workbook.setNamedRange(
      'DistModelWeights',
      h.workbook.resolve(`'DistModel weights'!A1:H${grid.length}`),
    );
    const state = h.call<WeightsState>('getWeights');
    expect(state.grid[2]?.[7]).toBe('checked with sales');
    // The sidebar sends only the columns it edits.
    expect(h.call<SaveResult>('saveWeights', onlyProductType(), state.version).status).toBe('saved');
    expect(values(h, "'DistModel weights'!H1:H3")).toEqual([['Note'], [''], ['checked with sales']]);
    expect(values(h, "'DistModel weights'!C3")).toEqual([[0]]);
  });

  it('refuses an invalid table, naming the cell, and writes nothing', () => {
    const h = harness({ Sheet1: [['x']] });
    const bad = balanced();
    (bad[3] as unknown[])[4] = 'lots';
    const result = h.call<SaveResult>('saveWeights', bad, 'none');
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.problems[0]?.cell).toBe("'DistModel weights'!E4");
    expect(h.workbook.hasSheet('DistModel weights')).toBe(false);
  });

  it('rejects what is not a grid of plain cells with a readable error', () => {
    const h = harness();
    expect(() => h.call('saveWeights', 'nope', 'none')).toThrow(/not a grid of plain cells/);
  });
});

describe('a hand-edited table', () => {
  it('reports the wrong cell in A1 notation and loses nothing', () => {
    const h = harness({ Sheet1: [['x']] });
    h.call('saveWeights', balanced(), h.call<WeightsState>('getWeights').version);
    h.workbook.setContents(h.workbook.resolve("'DistModel weights'!C7"), [['heavy']]);
    const state = h.call<WeightsState>('getWeights');
    expect(state.problems.map((p) => p.cell)).toContain("'DistModel weights'!C7");
    expect(state.problems.find((p) => p.cell === "'DistModel weights'!C7")?.message).toMatch(/heavy/);
    expect(state.grid[6]?.[2]).toBe('heavy');
    expect(state.grid.length).toBe(balanced().length);
    expect(values(h, "'DistModel weights'!C7")).toEqual([['heavy']]);
  });

  it('a named range narrowed by hand is reported until the table is saved again', () => {
    const h = harness({ Sheet1: [['x']] });
    h.call('saveWeights', balanced(), h.call<WeightsState>('getWeights').version);
    h.workbook.setNamedRange('DistModelWeights', h.workbook.resolve(`'DistModel weights'!A1:G10`));
    const state = h.call<WeightsState>('getWeights');
    expect(state.problems.some((p) => /DistModelWeights/.test(p.message))).toBe(true);
    expect(h.call<SaveResult>('saveWeights', state.grid, state.version).status).toBe('saved');
    expect(h.call<WeightsState>('getWeights').problems).toEqual([]);
  });
  it('a range ending at the last row is read without asking the sheet size; a row typed below it is named at once', () => {
    const h = harness({ Sheet1: [['x']] });
    h.call('saveWeights', balanced(), h.call<WeightsState>('getWeights').version);
    const rows = balanced().length;
    h.workbook.setNamedRange('DistModelWeights', h.workbook.resolve(`'DistModel weights'!A1:G${rows}`));
    h.env.calls.reset();
    const state = h.call<WeightsState>('getWeights');
    expect(state.problems).toEqual([]);
    expect(h.env.calls.count('Sheet.getMaxRows')).toBe(0);
    h.workbook.setContents(h.workbook.resolve(`'DistModel weights'!A${rows + 1}:G${rows + 1}`), [
      ['Regulated', 'Yes', 1, 2, -2, 2, -2],
    ]);
    const below = h.call<WeightsState>('getWeights');
    expect(below.problems.map((p) => p.message).join(' ')).toMatch(/DistModelWeights.*may miss rows/);
    // Apply points the range at every row of the sheet, so rows added later count too.
    expect(h.call<SaveResult>('saveWeights', below.grid, below.version).status).toBe('saved');
    const named = h.workbook.namedRanges().find((n) => n.name === 'DistModelWeights');
    expect(named?.range).toMatchObject({ row: 1, column: 1, numRows: 1000 });
  });
});

describe('concurrent saves', () => {
  it('the later save of an outdated version gets "conflict" and writes nothing', () => {
    const ann = harness({ Sheet1: [['x']] });
    const bob = fork(ann);
    const base = ann.call<WeightsState>('getWeights');
    expect(bob.call<WeightsState>('getWeights').version).toBe(base.version);
    expect(ann.call<SaveResult>('saveWeights', onlyProductType(), base.version).status).toBe('saved');
    const bobGrid = balanced().map((row) =>
      row[0] === 'Customer' ? [row[0], row[1], 5, ...row.slice(3)] : row,
    );
    const late = bob.call<SaveResult>('saveWeights', bobGrid, base.version);
    expect(late.status).toBe('conflict');
    if (late.status === 'conflict') expect(late.weights.grid).toEqual(onlyProductType());
    expect(ann.call<WeightsState>('getWeights').grid).toEqual(onlyProductType());
  });

  it('a save waits for the document lock and gives up with a readable message when it stays taken', () => {
    const ann = harness({ Sheet1: [['x']] });
    const bob = fork(ann);
    const base = ann.call<WeightsState>('getWeights');
    const lock = (bob.env.services.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(() => ann.call('saveWeights', balanced(), base.version)).toThrow(/try again/);
    expect(ann.workbook.hasSheet('DistModel weights')).toBe(false);
    lock.releaseLock();
    expect(ann.call<SaveResult>('saveWeights', balanced(), base.version).status).toBe('saved');
  });

  it('flushes its writes before releasing the lock, so the next holder sees them (Lock docs)', () => {
    const ann = harness({ Sheet1: [['x']] });
    const saved = ann.call<SaveResult>('saveWeights', onlyProductType(), 'none');
    expect(saved.status).toBe('saved');
    // The first save created the sheet and the named range inside the lock, the second rewrites the table.
    if (saved.status === 'saved') ann.call('saveWeights', balanced(), saved.weights.version);
    expect(ann.env.document.locks.document.unflushedReleases).toEqual([]);
  });

  it('releases the lock when writing fails', () => {
    const ann = harness({ Sheet1: [['x']] });
    ann.call('saveWeights', balanced(), ann.call<WeightsState>('getWeights').version);
    const version = ann.call<WeightsState>('getWeights').version;
    const restore = failNextSetValues(ann);
    expect(() => ann.call('saveWeights', onlyProductType(), version)).toThrow(
      /^Could not save the weights: /,
    );
    restore();
    const bob = fork(ann);
    const lock = (bob.env.services.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    lock.releaseLock();
  });
});

/** Makes the workbook refuse the next write, as a protected range or a service error would. */
function failNextSetValues(h: ReturnType<typeof harness>): () => void {
  const original = h.workbook.setContents.bind(h.workbook);
  h.workbook.setContents = () => {
    h.workbook.setContents = original;
    throw new Error('Service Spreadsheets failed while accessing document');
  };
  return () => {
    h.workbook.setContents = original;
  };
}

describe('the weights sheet edited by hand under an open sidebar (trial findings 1 and 3)', () => {
  const isOccasional = (row: readonly unknown[]) =>
    row[0] === 'Purchase frequency' && row[1] === 'Occasional';
  /** What the sidebar polls: the active row and the weights version in one call. */
  const polled = (h: ReturnType<typeof harness>) =>
    h.call<{ row: unknown; weightsVersion: string }>('getSelection').weightsVersion;

  it('delete a row, Apply (conflict), Undo: the sheet reads as restored, and Apply saves it without a conflict', () => {
    const h = harness({ Sheet1: [['x']] });
    expect(h.call<SaveResult>('saveWeights', balanced(), 'none').status).toBe('saved');
    const loaded = h.call<WeightsState>('getWeights');
    expect(polled(h)).toBe(loaded.version);
    const beforeDelete = h.workbook.snapshot();
    h.workbook.deleteRows('DistModel weights', balanced().findIndex(isOccasional) + 1, 1);
    expect(polled(h)).not.toBe(loaded.version);
    const moved = balanced().map((row) => (row[0] === 'Market' ? [row[0], row[1], 3, ...row.slice(3)] : row));
    const conflict = h.call<SaveResult>('saveWeights', moved, loaded.version);
    expect(conflict.status).toBe('conflict');
    if (conflict.status === 'conflict') expect(conflict.weights.grid.some(isOccasional)).toBe(false);

    h.workbook.replaceWith(beforeDelete); // Edit > Undo in the workbench
    const now = h.call<WeightsState>('getWeights');
    expect(now.grid.some(isOccasional)).toBe(true);
    expect(now.version).toBe(loaded.version);
    expect(polled(h)).toBe(now.version);
    expect(h.call<SaveResult>('saveWeights', moved, now.version).status).toBe('saved');
    expect(h.call<WeightsState>('getWeights').grid).toEqual(moved);
  });

  it('the polled version is the one getWeights gives, also with no sheet yet and with the named range gone', () => {
    const h = harness({ Sheet1: [['x']] });
    expect(polled(h)).toBe(h.call<WeightsState>('getWeights').version);
    h.call('saveWeights', balanced(), 'none');
    h.workbook.removeNamedRange('DistModelWeights');
    expect(polled(h)).toBe(h.call<WeightsState>('getWeights').version);
  });
});
