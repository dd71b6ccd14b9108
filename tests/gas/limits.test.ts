// Contract: the Apps Script limits the stand-ins enforce (workbench/gas/limits.ts says where each comes from).
// https://developers.google.com/apps-script/guides/services/quotas
// https://developers.google.com/apps-script/reference/lock/lock (flush before releaseLock)
import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FUNCTION_LIMITS,
  type CustomFunctionLimits,
  createEnvironment,
  LIMIT_MESSAGES,
  loadAddon,
  Workbook,
} from '../../workbench/gas';

const PROBE = `
/** A rows x columns grid of numbers. @customfunction */
function GRID(rows, columns) {
  var out = [];
  for (var r = 0; r < rows; r++) { var row = []; for (var c = 0; c < columns; c++) row.push(r + c); out.push(row); }
  return out;
}
/** Busy for ms milliseconds, then returns its argument. @customfunction */
function BUSY(ms, x) { var end = Date.now() + ms; while (Date.now() < end) {} return x; }
/** Echoes its argument. @customfunction */
function ECHO(x) { return x; }
function writeUnderLock(flush) {
  var lock = LockService.getDocumentLock();
  lock.tryLock(1000);
  SpreadsheetApp.getActiveSpreadsheet().getRange('S!A1').setValue('saved');
  if (flush) SpreadsheetApp.flush();
  lock.releaseLock();
}
function busyThenRead(ms) {
  var end = Date.now() + ms; while (Date.now() < end) {}
  return SpreadsheetApp.getActiveSpreadsheet().getRange('S!A1').getValue();
}
function busy(ms) { var end = Date.now() + ms; while (Date.now() < end) {} return 'done'; }
`;

function probe(limits: Partial<CustomFunctionLimits> = {}, executionLimitMs?: number) {
  const workbook = new Workbook({ sheets: { S: [[1]] }, customFunctionLimits: limits });
  const env = createEnvironment({ workbook, executionLimitMs });
  const addon = loadAddon(env, { code: PROBE });
  const set = (a1: string, v: unknown) => workbook.setContents(workbook.resolve(a1, 'S'), [[v]]);
  const error = (row: number, column: number) => workbook.getError('S', row, column);
  return { workbook, env, addon, set, error };
}

describe('custom-function result size', () => {
  it('the default is conservative: well below the 493,952 cells a public report saw fail', () => {
    expect(CUSTOM_FUNCTION_LIMITS.resultCells).toBeLessThanOrEqual(493_952 / 1.5);
  });

  it('a result over the limit shows #ERROR! "Result too large" and spills nothing', () => {
    const { set, error, workbook } = probe({ resultCells: 100 });
    set('C1', '=GRID(25, 4)');
    expect(error(1, 3)).toBeNull();
    expect(workbook.getValues(workbook.resolve('S!F25'))).toEqual([[27]]);
    set('C1', '=GRID(26, 4)');
    expect(error(1, 3)).toEqual({ type: '#ERROR!', message: LIMIT_MESSAGES.resultTooLarge });
    expect(
      workbook
        .getValues(workbook.resolve('S!D1:F26'))
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(workbook.customFunctionStats().refused[LIMIT_MESSAGES.resultTooLarge]).toBe(1);
  });

  it('at the default limit: one cell over is refused', () => {
    const { set, error } = probe({}, undefined);
    const rows = CUSTOM_FUNCTION_LIMITS.resultCells / 2 + 1;
    set('C1', `=GRID(${rows}, 2)`);
    expect(error(1, 3)).toEqual({ type: '#ERROR!', message: LIMIT_MESSAGES.resultTooLarge });
  });

  it('the largest result is recorded in cells and bytes', () => {
    const { set, workbook } = probe();
    set('C1', '=GRID(3, 2)');
    expect(workbook.customFunctionStats()).toMatchObject({ largestResultCells: 6, largestResultBytes: 6 });
  });
});

describe('custom-function run time', () => {
  it('a call beyond the limit shows #ERROR! "Exceeded maximum execution time"', () => {
    const { set, error, workbook } = probe({ runMs: 300 });
    set('C1', '=BUSY(1, "quick")');
    expect(workbook.getValues(workbook.resolve('S!C1'))).toEqual([['quick']]);
    set('C1', '=BUSY(600, "slow")');
    expect(error(1, 3)).toEqual({ type: '#ERROR!', message: LIMIT_MESSAGES.timeout });
  });

  it('the default is the documented 30 seconds', () => {
    expect(CUSTOM_FUNCTION_LIMITS.runMs).toBe(30_000);
  });
});

describe('simultaneous custom-function executions', () => {
  /** `cells` formulas in column C, each reading A1: a change to A1 recalculates them all at once. */
  function formulas(cells: number) {
    const p = probe();
    const column = Array.from({ length: cells }, () => ['=ECHO(A1)']);
    p.workbook.setContents(p.workbook.resolve(`S!C1:C${cells}`), column);
    return p;
  }

  it('30 formula cells reading one range all recalculate when it changes', () => {
    const { set, workbook } = formulas(30);
    set('A1', 7);
    expect(workbook.getValues(workbook.resolve('S!C1:C30')).flat()).toEqual(new Array(30).fill(7));
    expect(workbook.customFunctionStats().largestWave).toBe(30);
  });

  it('the 31st at once fails with the quota error, as Sheets reports it', () => {
    const { set, workbook, error } = formulas(31);
    set('A1', 7);
    const shown = workbook.getValues(workbook.resolve('S!C1:C31')).flat();
    expect(shown.filter((v) => v === 7)).toHaveLength(30);
    expect(shown.filter((v) => v === '#ERROR!')).toHaveLength(1);
    const failed = shown.indexOf('#ERROR!') + 1;
    expect(error(failed, 3)).toEqual({ type: '#ERROR!', message: LIMIT_MESSAGES.tooManyExecutions });
  });

  it('separate changes are separate waves', () => {
    const { set, workbook } = probe();
    for (let i = 1; i <= 40; i++) set(`C${i}`, '=ECHO(1)');
    expect(workbook.customFunctionStats().largestWave).toBe(1);
    expect(workbook.customFunctionStats().refused).toEqual({});
  });
});

describe('SpreadsheetApp.flush before releasing a lock', () => {
  it('a lock released with writes not flushed is recorded; with flush() it is not', () => {
    const { addon, env } = probe();
    const releases = env.document.locks.document.unflushedReleases;
    addon.call('writeUnderLock', true);
    expect(releases).toEqual([]);
    addon.call('writeUnderLock', false);
    expect(releases).toEqual([expect.objectContaining({ scope: 'document', pendingWrites: 1 })]);
  });

  it('the end of an execution applies its writes: the next execution starts with none pending', () => {
    const { addon, env } = probe();
    addon.call('writeUnderLock', false);
    expect(env.pendingWrites).toBe(0);
  });
});

describe('execution time of a server call', () => {
  it('the default is the documented 6 minutes', () => {
    expect(createEnvironment().executionLimitMs).toBe(6 * 60 * 1000);
  });

  it('a script past the limit is stopped at its next service call', () => {
    const { addon } = probe({}, 300);
    expect(addon.call('busyThenRead', 1)).toBe(1);
    expect(() => addon.call('busyThenRead', 600)).toThrow(LIMIT_MESSAGES.timeout);
  });

  it('a script past the limit without a service call loses its result', () => {
    const { addon } = probe({}, 300);
    expect(() => addon.call('busy', 600)).toThrow(LIMIT_MESSAGES.timeout);
    expect(addon.call('busy', 1)).toBe('done');
  });
});
