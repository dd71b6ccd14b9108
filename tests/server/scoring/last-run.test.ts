// Issue #17 §4: reloading the sidebar during a long run showed nothing about the run. The first screen
// carries how the last run on the active sheet ended: stopped (resumable by its job) or finished.
import { expect, it } from 'vitest';
import { lastRunText } from '../../../sidebar/bulk/bulk-texts';
import type { InitialState, ScoreResult } from '../../../src/shared/sidebar-contract';
import { readBuiltCode } from '../../../workbench/vm';
import { harness, productsSheet, request } from '../support';

const PREFIX = 'var DISTMODEL_SCORING_LIMITS = { chunkRows: 4, timeBudgetMs: 0 };\n';

it('a sidebar reloaded mid-run offers to resume it, and one reloaded after it says it finished', () => {
  const h = harness({ Products: productsSheet(10) }, { code: PREFIX + readBuiltCode() });
  h.env.setActiveRange('Products!A2');
  expect(h.call<InitialState>('getInitialState').lastRun).toBeNull();
  const first = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
  expect(first).toMatchObject({ status: 'partial', done: 4, total: 10 });
  // The sidebar that drove the run is reloaded here: the new one finds the run where it stopped.
  const reloaded = h.call<InitialState>('getInitialState').lastRun;
  expect(reloaded).toMatchObject({ status: 'unfinished', scope: 'table', done: 4, total: 10 });
  expect(reloaded && lastRunText(reloaded)).toMatch(/stopped after 4 of 10 rows/);
  let result: ScoreResult = first;
  const jobId = reloaded?.status === 'unfinished' ? reloaded.jobId : '';
  while (result.status === 'partial' || result === first)
    result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values', jobId }));
  expect(result.status).toBe('done');
  const after = h.call<InitialState>('getInitialState').lastRun;
  expect(after).toMatchObject({ status: 'finished', rows: 10, range: 'Products!M1:X11' });
  expect(after && lastRunText(after)).toMatch(
    /^The last run on this sheet finished at \d\d:\d\d: 10 rows in Products!M1:X11\.$/,
  );
});
