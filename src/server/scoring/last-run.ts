// How the last scoring run on a sheet ended, for a sidebar opened or reloaded after it. A long run is driven
// by the sidebar, one execution per call: reloading the sidebar during it left the run stopped between
// chunks, or finished by the call in flight, and the new sidebar said nothing of either (issue #17). A
// stopped run is its stored job (scoring-job.ts), resumable; a finished one is remembered here, one small
// document property per sheet.
import type { LastRun } from '../../shared/sidebar-contract';
import { documentProperties, parseJson, writeJson } from '../sheets';
import { latestJob } from './scoring-job';

const PREFIX = 'distmodel.lastrun.';

interface Finished {
  readonly range: string;
  readonly rows: number;
  readonly at: number;
}

/** Notes that a run on the sheet `sheetId` finished: `range` written (sheet-qualified A1), `rows` products. */
export function rememberFinished(sheetId: number, range: string, rows: number): void {
  const finished: Finished = { range, rows, at: Date.now() };
  writeJson(PREFIX + sheetId, finished);
}

/**
 * The run still stopped on the sheet, else the last one finished there, else null. One read of the document
 * properties, since the first screen waits for it.
 */
export function lastRun(sheetId: number): LastRun | null {
  const props = documentProperties().getProperties();
  const job = latestJob(props, sheetId);
  if (job) {
    const { id: jobId, scope, done, total, created: at } = job;
    return { status: 'unfinished', jobId, scope, done, total, at };
  }
  const finished = parseJson<Finished>(props[PREFIX + sheetId]);
  if (!finished || typeof finished.range !== 'string' || !Number.isFinite(finished.rows)) return null;
  return { status: 'finished', range: finished.range, rows: finished.rows, at: finished.at };
}
