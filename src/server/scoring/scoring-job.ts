// A bulk-scoring job too large for one execution, kept in document properties between the sidebar's calls:
// where the table is, which rows remain, and the tally so far. Small by design (one property value is
// limited to 9 KB), so the rows to do are kept as segments, never as a list of rows.
import type { LiveOutput, ScoreScope } from '../../shared/sidebar-contract';
import { documentProperties, parseJson, readJson, writeJson } from '../sheets';
import type { RowSegment } from './output-region';
import type { Tally } from './plan';

const PREFIX = 'distmodel.job.';
/** Jobs nobody resumed for this long are dropped when a new one starts. */
const STALE_MS = 24 * 60 * 60 * 1000;
export const MAX_SEGMENTS = 200;

export interface ScoringJob {
  readonly id: string;
  readonly created: number;
  readonly sheetId: number;
  readonly sheetName: string;
  readonly scope: ScoreScope;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly segments: readonly RowSegment[];
  readonly total: number;
  /** Data rows written so far, counted along the segments in order. */
  done: number;
  /** Output rows below the table to clear when the job ends (stale results of a longer table). */
  readonly clearTo: number;
  /** The user agreed to write over their cells when the job started. */
  readonly overwrite: boolean;
  /** The table's last row and a hash of its cells when the job started (resume-check.ts). */
  readonly lastRow?: number;
  readonly rowsHash?: number;
  /** Live formulas the user agreed to replace with these frozen values, named when the job is done. */
  readonly replacedLive: readonly LiveOutput[];
  tally: Tally;
}

export function newJobId(): string {
  const random = Math.floor(Math.random() * 0x100000000)
    .toString(36)
    .padStart(7, '0');
  return `${Date.now().toString(36)}-${random}`;
}

export function loadJob(id: string): ScoringJob | null {
  if (!/^[a-z0-9-]{1,40}$/.test(id)) return null;
  const job = readJson<Partial<ScoringJob> & Omit<ScoringJob, 'replacedLive'>>(PREFIX + id);
  if (!job) return null;
  // A job saved by the previous version (mid-run across an update) lacks the fields added since.
  return { ...job, replacedLive: job.replacedLive ?? [], tally: { ...job.tally, thin: job.tally.thin ?? 0 } };
}

export function saveJob(job: ScoringJob): void {
  writeJson(PREFIX + job.id, job);
}

export function deleteJob(id: string): void {
  documentProperties().deleteProperty(PREFIX + id);
}

/**
 * Drops jobs abandoned long ago (a closed sidebar never resumes), so the store does not fill up, and every
 * earlier job on `sheetId`: a new run there rewrites its output, so a run stopped before (an execution
 * killed before the sidebar learnt its id) can never be resumed rightly and would linger for 24 hours.
 */
export function pruneStaleJobs(now: number, sheetId: number): void {
  const props = documentProperties();
  for (const key of props.getKeys()) {
    if (!key.startsWith(PREFIX)) continue;
    const created = Number.parseInt(key.slice(PREFIX.length).split('-')[0] ?? '', 36);
    const sameSheet = readJson<Pick<ScoringJob, 'sheetId'>>(key)?.sheetId === sheetId;
    if (!Number.isFinite(created) || now - created > STALE_MS || sameSheet) props.deleteProperty(key);
  }
}

/** The newest job stopped on the sheet `sheetId` among the document's properties `props`, or null. */
export function latestJob(props: Readonly<Record<string, string>>, sheetId: number): ScoringJob | null {
  let latest: ScoringJob | null = null;
  for (const [key, text] of Object.entries(props)) {
    if (!key.startsWith(PREFIX)) continue;
    const job = parseJson<ScoringJob>(text);
    if (job?.sheetId === sheetId && (!latest || job.created > latest.created)) latest = job;
  }
  return latest;
}
