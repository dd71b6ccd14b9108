// Bulk scoring of the product table on the active sheet: output columns (the engine's 'all' output) beside
// the table, as live DISTMODEL formulas (formula-output.ts) or as frozen values, written here one setValues
// per chunk of whole rows; a table too large for one execution is continued by the sidebar with the job
// id this returns. Nothing is written over the user's cells without their consent (output-region.ts).
import { formatA1 } from '../../shared/a1';
import type { LiveOutput, ScoreRequest, ScoreResult, ScoreScope } from '../../shared/sidebar-contract';
import { UserError } from '../errors';
import { isDistModelFormula, literalGrid, OUTPUT_WIDTH } from '../sheets';
import { writeBlockFormulas, writeTableFormula } from './formula-output';
import { markOutputColumn } from './output-marker';
import type { OutputLedger } from './output-record';
import { clipSegments, liveFormulaSpills, type RowSegment, segmentRows } from './output-region';
import { addRows, emptyTally, planLiveFormulas, type ScoringLimits, scoringLimits } from './plan';
import { resumeProblem, tableFingerprint } from './resume-check';
import {
  deleteJob,
  loadJob,
  MAX_SEGMENTS,
  newJobId,
  pruneStaleJobs,
  type ScoringJob,
  saveJob,
} from './scoring-job';
import {
  areaFormulas,
  confirmation,
  dataRows,
  done,
  outputBottom,
  outputLedger,
  readSnapshot,
  recordCleared,
  type Snapshot,
  scoreRows,
  writeOutputHeader,
} from './scoring-snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function parseRequest(value: unknown): ScoreRequest {
  const r = (value ?? {}) as Partial<Record<keyof ScoreRequest, unknown>>;
  if (r.scope !== 'table' && r.scope !== 'selection')
    throw new UserError('Choose to score the table or the selected rows.');
  if (r.mode !== 'formulas' && r.mode !== 'values')
    throw new UserError('Choose live formulas or frozen values.');
  if (r.jobId !== null && r.jobId !== undefined && typeof r.jobId !== 'string') {
    throw new UserError('The scoring run to continue is not valid; start scoring again.');
  }
  return { scope: r.scope, mode: r.mode, overwrite: r.overwrite === true, jobId: r.jobId ?? null };
}

function noTable(sheet: Sheet): ScoreResult {
  return {
    status: 'no-table',
    message: `No product table found on "${sheet.getName()}": its header row (in the first rows) needs columns such as Product, Customer, Product type and Price.`,
  };
}

function ensureColumns(sheet: Sheet, lastColumn: number): void {
  const max = sheet.getMaxColumns();
  if (lastColumn > max) sheet.insertColumnsAfter(max, lastColumn - max);
}

function selectedSegments(sheet: Sheet): RowSegment[] {
  const list = sheet.getActiveRangeList();
  const ranges = list ? list.getRanges() : [sheet.getActiveRange()].filter((r) => r !== null);
  return ranges.map((r): RowSegment => [r.getRow(), r.getRow() + r.getNumRows() - 1]);
}

/** The n-th data row along the segments, and the end of its chunk (within the same segment). */
function nextChunk(segments: readonly RowSegment[], done: number, chunkRows: number): RowSegment {
  let skip = done;
  for (const [a, b] of segments) {
    const size = b - a + 1;
    if (skip < size) {
      const from = a + skip;
      return [from, Math.min(b, from + chunkRows - 1)];
    }
    skip -= size;
  }
  throw new Error('no rows left to score');
}

function remainingSegments(segments: readonly RowSegment[], done: number): RowSegment[] {
  if (done === 0) return [...segments];
  const total = segmentRows(segments);
  if (done >= total) return [];
  const [from] = nextChunk(segments, done, 1);
  return clipSegments(segments, from, Number.MAX_SAFE_INTEGER);
}

/** Writes chunks of whole rows, one setValues each, until the job is done or the time budget is spent. */
function runValues(
  snap: Snapshot,
  job: ScoringJob,
  stored: boolean,
  started: number,
  limits: ScoringLimits,
  ledger: OutputLedger,
): ScoreResult {
  const { sheet, table, outputColumn } = snap;
  if (job.scope === 'selection' && job.done === 0) writeOutputHeader(snap);
  let chunks = 0;
  let lastChunkMs = 0;
  while (job.done < job.total) {
    // At least one chunk per execution, so every call makes progress.
    if (chunks > 0 && Date.now() - started + lastChunkMs * 1.5 >= limits.timeBudgetMs) break;
    const t0 = Date.now();
    const [from, to] = nextChunk(job.segments, job.done, limits.chunkRows);
    const out = scoreRows(snap, from, to);
    const withHeader = job.scope === 'table' && from === table.headerRow + 1;
    const rows = withHeader ? out : out.slice(1);
    sheet
      .getRange(withHeader ? table.headerRow : from, outputColumn, rows.length, OUTPUT_WIDTH)
      .setValues(literalGrid(rows));
    for (let r = from; r <= to; r++) ledger.wrote(r, out[r - from + 1] ?? null);
    ledger.save();
    addRows(job.tally, out.slice(1));
    job.done += to - from + 1;
    if (stored) saveJob(job);
    chunks++;
    lastChunkMs = Date.now() - t0;
  }
  if (job.done < job.total) return { status: 'partial', jobId: job.id, done: job.done, total: job.total };
  if (stored) deleteJob(job.id);
  if (job.scope === 'table' && job.clearTo > table.lastRow) {
    sheet.getRange(table.lastRow + 1, outputColumn, job.clearTo - table.lastRow, OUTPUT_WIDTH).clearContent();
    recordCleared(ledger, [[table.lastRow + 1, job.clearTo]]);
  }
  const first =
    job.scope === 'table' ? table.headerRow : ((job.segments[0] as RowSegment)[0] ?? table.headerRow);
  const last = (job.segments[job.segments.length - 1] as RowSegment)[1];
  // A selection's tally counts only its rows: the summary is of the whole table, counted anew.
  return done(snap, first, last, job.total, job.scope === 'table' ? job.tally : null, job.replacedLive);
}

interface RowsToWrite {
  readonly scope: ScoreScope;
  readonly segments: RowSegment[];
  /** Live formulas that frozen values for the selected rows replace (they cover those rows). */
  readonly replacesLive: LiveOutput[];
}

/**
 * The rows a run writes. A live formula's results cannot be split: selected rows inside them widen to all
 * the rows they cover, and a formula in the output header (it covers every row, and the header is written)
 * makes the run the whole table's. Live output stays live; frozen values replace it, which the user is asked
 * about first (confirmation), naming the formulas.
 */
function rowsToWrite(
  snap: Snapshot,
  req: ScoreRequest,
  selected: readonly RowSegment[],
  formulas: readonly (readonly string[])[],
): RowsToWrite {
  const { table, outputColumn, values } = snap;
  if (req.scope === 'table') return { scope: 'table', segments: dataRows(table), replacesLive: [] };
  const rows = clipSegments(selected, table.headerRow + 1, table.lastRow);
  const inHeader = (formulas[0] ?? []).some(isDistModelFormula);
  const spills = liveFormulaSpills(values, table.headerRow, outputColumn, formulas);
  const hit = spills.filter(
    (s) => s.row === table.headerRow || rows.some(([a, b]) => s.from <= b && s.to >= a),
  );
  const bottom = outputBottom(snap, []);
  const replacesLive =
    req.mode === 'values' && rows.length > 0
      ? hit.map((s) => ({
          cell: formatA1(s.row, outputColumn + s.offset),
          covers: formatA1(
            s.from,
            outputColumn + s.offset,
            Math.min(s.to, bottom) - s.from + 1,
            OUTPUT_WIDTH - s.offset,
          ),
        }))
      : [];
  if (inHeader && rows.length > 0) return { scope: 'table', segments: dataRows(table), replacesLive };
  const segments = clipSegments(
    [...rows, ...hit.map((s): RowSegment => [s.from, s.to])],
    table.headerRow + 1,
    table.lastRow,
  );
  return { scope: 'selection', segments, replacesLive };
}

function startScoring(
  ss: Spreadsheet,
  req: ScoreRequest,
  started: number,
  limits: ScoringLimits,
): ScoreResult {
  const sheet = ss.getActiveSheet();
  const snap = readSnapshot(ss, sheet);
  if (!snap) return noTable(sheet);
  const { table } = snap;
  const formulas = areaFormulas(snap, outputBottom(snap, []));
  const { scope, segments, replacesLive } = rowsToWrite(snap, req, selectedSegments(sheet), formulas);
  if (segments.length === 0) {
    const message =
      scope === 'table'
        ? `The product table on "${sheet.getName()}" has a header but no rows yet.`
        : `Select one or more rows of the product table on "${sheet.getName()}" (below its header row) first.`;
    return { status: 'no-table', message };
  }
  if (segments.length > MAX_SEGMENTS) {
    throw new UserError(
      `The selection has ${segments.length} separate blocks; select at most ${MAX_SEGMENTS}.`,
    );
  }
  // Live output is cut into formulas within Google's limits; selected blocks may be joined for it.
  const live =
    req.mode === 'formulas' ? planLiveFormulas(scope, table, sheet.getMaxRows(), segments, formulas) : null;
  if (live && !live.ok) throw new UserError(live.message);
  const covered = live?.ok ? live.segments : segments;
  // Table output also covers rows below the table, where results of a longer table may remain.
  const bottom = outputBottom(snap, covered);
  const checked: RowSegment[] = scope === 'table' ? [[table.headerRow + 1, bottom]] : covered;
  const ledger = outputLedger(snap, bottom);
  // Runs stopped earlier on this sheet end here, before any question: this one rewrites their output, so
  // none of them can be resumed rightly, and none lingers while the user decides.
  pruneStaleJobs(started, sheet.getSheetId());
  if (!req.overwrite) {
    const ask = confirmation(snap, checked, formulas, ledger, replacesLive);
    if (ask) return ask;
  }
  ensureColumns(sheet, snap.outputColumn + OUTPUT_WIDTH - 1);
  markOutputColumn(sheet, snap.outputColumn);
  if (live?.ok) {
    return scope === 'table'
      ? writeTableFormula(ss, snap, bottom, ledger, live.formulas)
      : writeBlockFormulas(ss, snap, covered, live.formulas, ledger);
  }
  const job: ScoringJob = {
    id: newJobId(),
    created: started,
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    scope,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    lastColumn: table.lastColumn,
    segments,
    total: segmentRows(segments),
    done: 0,
    clearTo: scope === 'table' ? bottom : 0,
    overwrite: req.overwrite,
    replacedLive: replacesLive,
    tally: emptyTally(),
    ...tableFingerprint(snap),
  };
  const stored = job.total > limits.chunkRows;
  if (stored) saveJob(job);
  return runValues(snap, job, stored, started, limits, ledger);
}

function jobSheet(ss: Spreadsheet, job: ScoringJob): Sheet | null {
  const byName = ss.getSheetByName(job.sheetName);
  if (byName && byName.getSheetId() === job.sheetId) return byName;
  return ss.getSheets().find((s) => s.getSheetId() === job.sheetId) ?? null;
}

function resumeScoring(
  ss: Spreadsheet,
  req: ScoreRequest,
  jobId: string,
  started: number,
  limits: ScoringLimits,
): ScoreResult {
  const job = loadJob(jobId);
  if (!job)
    throw new UserError(
      'This scoring run is no longer known (it finished, was cancelled, or a later run on its sheet replaced it); start scoring again.',
    );
  const sheet = jobSheet(ss, job);
  const snap = sheet ? readSnapshot(ss, sheet) : null;
  const { table } = snap ?? {};
  if (
    !snap ||
    !table ||
    table.headerRow !== job.headerRow ||
    table.firstColumn !== job.firstColumn ||
    table.lastColumn !== job.lastColumn
  ) {
    deleteJob(job.id);
    throw new UserError('The product table moved or changed while it was being scored; start scoring again.');
  }
  const bottom = Math.max(outputBottom(snap, job.segments), job.clearTo);
  const ledger = outputLedger(snap, bottom);
  const formulas = areaFormulas(snap, bottom);
  const problem = resumeProblem(snap, job, formulas);
  if (problem) {
    deleteJob(job.id);
    throw new UserError(problem);
  }
  if (!job.overwrite && !req.overwrite) {
    const remaining = remainingSegments(job.segments, job.done);
    const ask = confirmation(snap, remaining, formulas, ledger);
    if (ask) return ask;
  }
  const resumed: ScoringJob = { ...job, overwrite: job.overwrite || req.overwrite };
  return runValues(snap, resumed, true, started, limits, ledger);
}

export function scoreProducts(request: unknown): ScoreResult {
  const started = Date.now();
  const req = parseRequest(request);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const limits = scoringLimits();
  return req.jobId
    ? resumeScoring(ss, req, req.jobId, started, limits)
    : startScoring(ss, req, started, limits);
}
