// Limits: chunked scoring that resumes where it stopped, leaving only whole rows behind when an execution
// is cut short, and live formulas for a selection of many blocks. (50,000 rows: scale.test.ts.)
import { describe, expect, it } from 'vitest';
import { distmodel } from '../../../../src/engine';
import type { ScoreResult } from '../../../../src/shared/sidebar-contract';
import { readBuiltCode } from '../../../../workbench/vm';
import {
  balanced,
  blank,
  type Harness,
  harness,
  killOnWrite,
  productsSheet,
  request,
  values,
} from '../../support';

/**
 * The bundle with test limits: DISTMODEL_SCORING_LIMITS is read from the script's global scope on every
 * call (Apps Script never defines it), and setScoringLimitsForTest changes it between executions.
 */
function limitedHarness(
  sheets: Record<string, unknown[][]>,
  chunkRows: number,
  timeBudgetMs: number,
): Harness {
  const prefix =
    `var DISTMODEL_SCORING_LIMITS = { chunkRows: ${chunkRows}, timeBudgetMs: ${timeBudgetMs} };\n` +
    'function setScoringLimitsForTest(chunkRows, timeBudgetMs) { DISTMODEL_SCORING_LIMITS = { chunkRows: chunkRows, timeBudgetMs: timeBudgetMs }; }\n';
  const h = harness(sheets, { code: prefix + readBuiltCode() });
  h.env.setActiveRange(`${Object.keys(sheets)[0]}!A2`);
  return h;
}

/** Every output row is either entirely blank or exactly the engine's row: nothing half-written. */
function wholeRowsOnly(written: unknown[][], expected: unknown[][]): number {
  let complete = 0;
  written.forEach((row, i) => {
    if (row.every((c) => c === '')) return;
    expect(row).toEqual(expected[i]);
    complete++;
  });
  return complete;
}

describe('chunked scoring', () => {
  const ROWS = 10;

  it('a table larger than one chunk is written chunk by chunk and resumed with the job id', () => {
    const products = productsSheet(ROWS);
    const expected = distmodel(products, balanced(), 'all');
    const h = limitedHarness({ Products: products }, 3, 0);
    const seen: number[] = [];
    let result = h.call<ScoreResult>('scoreProducts', request({}));
    while (result.status === 'partial') {
      expect(result.total).toBe(ROWS);
      seen.push(result.done);
      expect(wholeRowsOnly(values(h, 'Products!M2:X11'), expected.slice(1))).toBe(result.done);
      h.env.calls.reset();
      result = h.call<ScoreResult>('scoreProducts', request({ jobId: result.jobId }));
      expect(h.env.calls.count('Range.setValues')).toBe(1);
    }
    expect(seen).toEqual([3, 6, 9]);
    expect(result).toMatchObject({ status: 'done', rows: ROWS, summary: { total: ROWS, invalid: 0 } });
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
    const props = (
      h.env.services.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    expect(props.getKeys().filter((k) => k.startsWith('distmodel.job.'))).toEqual([]);
  });

  it('the summary of a resumed job counts every row once', () => {
    const products = productsSheet(ROWS);
    const h = limitedHarness({ Products: products }, 4, 0);
    let result = h.call<ScoreResult>('scoreProducts', request({}));
    while (result.status === 'partial')
      result = h.call<ScoreResult>('scoreProducts', request({ jobId: result.jobId }));
    const oneShot = limitedHarness({ Products: products }, 1000, 1e9).call<ScoreResult>(
      'scoreProducts',
      request({}),
    );
    expect(result.status === 'done' && oneShot.status === 'done').toBe(true);
    if (result.status === 'done' && oneShot.status === 'done')
      expect(result.summary).toEqual(oneShot.summary);
  });

  it('with time to spare, one execution writes every chunk (one setValues each)', () => {
    const products = productsSheet(ROWS);
    const h = limitedHarness({ Products: products }, 3, 1e9);
    h.env.calls.reset();
    const result = h.call<ScoreResult>('scoreProducts', request({}));
    expect(result).toMatchObject({ status: 'done', rows: ROWS });
    expect(h.env.calls.count('Range.setValues')).toBe(4);
    expect(values(h, 'Products!M1:X11')).toEqual(distmodel(products, balanced(), 'all'));
  });

  it('an execution cut short between chunks leaves whole rows only, and the job resumes from there', () => {
    const products = productsSheet(ROWS);
    const expected = distmodel(products, balanced(), 'all');
    const h = limitedHarness({ Products: products }, 3, 0);
    const first = h.call<ScoreResult>('scoreProducts', request({}));
    expect(first).toMatchObject({ status: 'partial', done: 3 });
    if (first.status !== 'partial') return;
    // The next execution has time for every chunk but is stopped (as by the 6-minute limit) before its second write.
    h.call('setScoringLimitsForTest', 3, 1e9);
    const restore = killOnWrite(h, 2);
    expect(() => h.call('scoreProducts', request({ jobId: first.jobId }))).toThrow();
    restore();
    expect(wholeRowsOnly(values(h, 'Products!M2:X11'), expected.slice(1))).toBe(6);
    const last = h.call<ScoreResult>('scoreProducts', request({ jobId: first.jobId }));
    expect(last).toMatchObject({ status: 'done', rows: ROWS, summary: { total: ROWS } });
    expect(values(h, 'Products!M1:X11')).toEqual(expected);
  });

  it('selected rows are chunked too, never past the selection', () => {
    const products = productsSheet(ROWS);
    const expected = distmodel(products, balanced(), 'all');
    const h = limitedHarness({ Products: products }, 2, 0);
    h.env.setActiveRange('Products!A3:A7');
    let result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection' }));
    const progress: number[] = [];
    while (result.status === 'partial') {
      progress.push(result.done);
      result = h.call<ScoreResult>('scoreProducts', request({ scope: 'selection', jobId: result.jobId }));
    }
    expect(progress).toEqual([2, 4]);
    expect(result).toMatchObject({ status: 'done', rows: 5, range: 'Products!M3:X7' });
    expect(values(h, 'Products!M3:X7')).toEqual(expected.slice(2, 7));
    expect(blank(h, 'Products!M2:X2')).toBe(true);
    expect(blank(h, 'Products!M8:X11')).toBe(true);
  });

  it('an unknown job id is refused with a readable message', () => {
    const h = limitedHarness({ Products: productsSheet(3) }, 2, 0);
    expect(() => h.call('scoreProducts', request({ jobId: 'abc-123' }))).toThrow(/start scoring again/);
  });

  it('a job whose table moved is dropped with a readable message', () => {
    const h = limitedHarness({ Products: productsSheet(ROWS) }, 3, 0);
    const first = h.call<ScoreResult>('scoreProducts', request({}));
    if (first.status !== 'partial') throw new Error('expected a partial result');
    h.workbook.insertColumnsAfter('Products', 0, 1);
    expect(() => h.call('scoreProducts', request({ jobId: first.jobId }))).toThrow(/moved or changed/);
    expect(() => h.call('scoreProducts', request({ jobId: first.jobId }))).toThrow(/no longer known/);
  });
});
