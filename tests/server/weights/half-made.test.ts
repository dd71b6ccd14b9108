// Issue #17: a kill during the weights sheet's creation left it empty, and every later scoring run was
// refused ("the weights table is empty"). A half-made sheet is recognised and completed by the next run.
import { describe, expect, it } from 'vitest';
import type { ScoreResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, harness, killOnWrite, productsSheet, request, values } from '../support';

function killedWhileCreating() {
  const h = harness({ Products: productsSheet(6) });
  h.env.setActiveRange('Products!A2');
  const restore = killOnWrite(h, 1);
  // The first write of a live run is the new weights sheet's table.
  expect(() => h.call('scoreProducts', request({ mode: 'formulas' }))).toThrow(/maximum execution time/);
  restore();
  expect(h.workbook.sheetNames()).toContain('DistModel weights');
  expect(
    values(h, "'DistModel weights'!A1:A3")
      .flat()
      .every((c) => c === ''),
  ).toBe(true);
  return h;
}

describe('a weights sheet whose creation was stopped', () => {
  it('does not block the next run, which completes the sheet', () => {
    const h = killedWhileCreating();
    const again = h.call<ScoreResult>('scoreProducts', request({ mode: 'formulas' }));
    expect(again.status).toBe('done');
    const grid = balanced();
    const written = values(h, `'DistModel weights'!A1:A${grid.length}`).map((r) => r[0]);
    expect(written).toEqual(grid.map((r) => r[0] ?? ''));
    expect(h.workbook.sheetNames().filter((n) => n.startsWith('DistModel weights'))).toEqual([
      'DistModel weights',
    ]);
  });

  it('reads as no configuration yet in the sidebar, and frozen values score with Balanced', () => {
    const h = killedWhileCreating();
    const state = h.call<WeightsState>('getWeights');
    expect(state.problems).toEqual([]);
    expect(state.grid).toEqual(balanced());
    expect(h.call<ScoreResult>('scoreProducts', request({ mode: 'values' })).status).toBe('done');
  });
});
