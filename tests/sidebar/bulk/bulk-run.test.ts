import { describe, expect, it } from 'vitest';
import { runScoring, type ScoringUi, startRequest } from '../../../sidebar/bulk/bulk-run';
import type { ScoreRequest, ScoreResult } from '../../../src/shared/sidebar-contract';

const SUMMARY = { counts: { 'Open resale': 2 }, invalid: 0, total: 2, thin: 0 };

function scripted(results: ScoreResult[]) {
  const requests: ScoreRequest[] = [];
  return {
    requests,
    api: {
      scoreProducts: async (request: ScoreRequest) => {
        requests.push(request);
        const next = results.shift();
        if (!next) throw new Error('no more answers');
        return next;
      },
    },
  };
}

function ui(answer: boolean, stopAfter = Number.POSITIVE_INFINITY) {
  const log: string[] = [];
  let chunks = 0;
  const value: ScoringUi = {
    confirmOverwrite: async (range, cells, count) => {
      log.push(`confirm ${range} ${cells.join(',')} (${count})`);
      return answer;
    },
    progress: (done, total) => {
      chunks += 1;
      log.push(`${done}/${total}`);
    },
    stopRequested: () => chunks >= stopAfter,
  };
  return { ui: value, log };
}

describe('bulk scoring conversation', () => {
  it('asks before overwriting and re-runs with overwrite only after a yes', async () => {
    const server = scripted([
      {
        status: 'needs-confirmation',
        range: 'P!N1:X3',
        occupiedCells: ['N2'],
        occupiedCount: 40,
        replacesLive: [],
      },
      { status: 'done', range: 'P!N1:X3', rows: 2, replacedLive: [], summary: SUMMARY },
    ]);
    const { ui: yes, log } = ui(true);
    const outcome = await runScoring(server.api, startRequest('selection', 'values'), yes);
    expect(outcome).toEqual({ kind: 'done', range: 'P!N1:X3', rows: 2, replacedLive: [], summary: SUMMARY });
    expect(log).toEqual(['confirm P!N1:X3 N2 (40)']);
    expect(server.requests.map((r) => r.overwrite)).toEqual([false, true]);
    expect(server.requests[1]).toMatchObject({ scope: 'selection', mode: 'values' });
  });

  it('writes nothing more after a no', async () => {
    const server = scripted([
      {
        status: 'needs-confirmation',
        range: 'P!N1:X3',
        occupiedCells: ['N2'],
        occupiedCount: 1,
        replacesLive: [],
      },
    ]);
    const outcome = await runScoring(server.api, startRequest('table', 'formulas'), ui(false).ui);
    expect(outcome).toEqual({ kind: 'declined' });
    expect(server.requests).toHaveLength(1);
  });

  it('follows partial results with the job id and reports progress', async () => {
    const server = scripted([
      { status: 'partial', jobId: 'j', done: 10, total: 30 },
      { status: 'partial', jobId: 'j', done: 20, total: 30 },
      { status: 'done', range: 'P!N1:X31', rows: 30, replacedLive: [], summary: SUMMARY },
    ]);
    const { ui: track, log } = ui(true);
    const outcome = await runScoring(server.api, startRequest('table', 'formulas'), track);
    expect(outcome.kind).toBe('done');
    expect(log).toEqual(['10/30', '20/30']);
    expect(server.requests.map((r) => r.jobId)).toEqual([null, 'j', 'j']);
  });

  it('stops between chunks and hands back the request that resumes the job', async () => {
    const server = scripted([
      { status: 'partial', jobId: 'j', done: 10, total: 30 },
      { status: 'partial', jobId: 'j', done: 20, total: 30 },
    ]);
    const outcome = await runScoring(server.api, startRequest('table', 'formulas'), ui(true, 2).ui);
    expect(outcome).toMatchObject({ kind: 'stopped', done: 20, total: 30, request: { jobId: 'j' } });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up instead of looping when the server repeats itself', async () => {
    const again = {
      status: 'needs-confirmation',
      range: 'P!N1',
      occupiedCells: ['N1'],
      occupiedCount: 1,
      replacesLive: [],
    } as const;
    await expect(
      runScoring(scripted([again, again]).api, startRequest('table', 'values'), ui(true).ui),
    ).rejects.toThrow(/asked again/);
    const stuck = { status: 'partial', jobId: 'j', done: 5, total: 9 } as const;
    await expect(
      runScoring(scripted([stuck, stuck, stuck, stuck]).api, startRequest('table', 'values'), ui(true).ui),
    ).rejects.toThrow(/no progress/);
  });

  it('passes on the no-table message', async () => {
    const server = scripted([{ status: 'no-table', message: 'No product table found on "Sheet1".' }]);
    expect(await runScoring(server.api, startRequest('table', 'values'), ui(true).ui)).toEqual({
      kind: 'no-table',
      message: 'No product table found on "Sheet1".',
    });
  });
});
