// Issue #17 §2: after an execution is killed mid-scoring, a restart asked to overwrite the add-on's own
// cells and left a stale job. Rows inserted, deleted or moved since then move DistModel's frozen results
// with them: they are still its own wherever they went, and the restart writes over them without asking.
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../../src/shared/sidebar-contract';
import { readBuiltCode } from '../../../workbench/vm';
import { type Harness, harness, killOnWrite, productsSheet, request, values } from '../support';

const ROWS = 30;
const PREFIX = 'var DISTMODEL_SCORING_LIMITS = { chunkRows: 3, timeBudgetMs: 1e9 };\n';

function jobs(h: Harness): string[] {
  return h.env.services.PropertiesService.getDocumentProperties()
    .getKeys()
    .filter((k) => k.startsWith('distmodel.job.'));
}

/** Swaps two whole sheet rows, as dragging one row past another does to what they hold. */
function swapRows(h: Harness, a: number, b: number) {
  const wb = h.workbook;
  const ra = wb.resolve(`Products!A${a}:X${a}`);
  const rb = wb.resolve(`Products!A${b}:X${b}`);
  const va = wb.getValues(ra);
  wb.setContents(ra, wb.getValues(rb));
  wb.setContents(rb, va);
}

const moves: Record<string, (h: Harness) => void> = {
  'a row inserted inside the table': (h) => {
    h.workbook.insertRowsAfter('Products', 9, 1);
    h.workbook.setContents(h.workbook.resolve('Products!A10:L10'), [productsSheet(1)[1] as unknown[]]);
  },
  'a row deleted inside the table': (h) => h.workbook.deleteRows('Products', 5, 1),
  'two rows moved past each other': (h) => swapRows(h, 3, 20),
};

describe('a restart after rows moved under a killed run', () => {
  for (const [what, move] of Object.entries(moves)) {
    it(`${what}: never asks about DistModel's own cells, leaves no job, every row gets a result`, () => {
      for (const n of [3, 6, 9]) {
        const h = harness({ Products: productsSheet(ROWS) }, { code: PREFIX + readBuiltCode() });
        h.env.setActiveRange('Products!A2');
        const restore = killOnWrite(h, n);
        expect(() => h.call('scoreProducts', request({ mode: 'values' }))).toThrow();
        restore();
        move(h);
        const again = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
        expect(again.status, `killed at write ${n}`).toBe('done');
        expect(jobs(h)).toEqual([]);
        const names = values(h, 'Products!A1:A40').map((r) => r[0]);
        const last = names.length - [...names].reverse().findIndex((n) => n !== '');
        const models = values(h, `Products!M2:M${last}`).map((r) => r[0]);
        expect(models.filter((m) => m === '')).toEqual([]);
      }
    });
  }

  it("a value the user typed over a moved result is still the user's", () => {
    const h = harness({ Products: productsSheet(ROWS) }, { code: PREFIX + readBuiltCode() });
    h.env.setActiveRange('Products!A2');
    const restore = killOnWrite(h, 6);
    expect(() => h.call('scoreProducts', request({ mode: 'values' }))).toThrow();
    restore();
    h.workbook.insertRowsAfter('Products', 1, 1);
    h.workbook.setContents(h.workbook.resolve('Products!N5'), [['my own figure']]);
    const ask = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
    expect(ask).toMatchObject({ status: 'needs-confirmation', occupiedCells: ['N5'] });
    // The run it replaces can never be resumed rightly: it is gone even while the user is asked.
    expect(jobs(h)).toEqual([]);
  });
});
