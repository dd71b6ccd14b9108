// DISTMODEL's block form: a products range in, a 2-D array out, one output row per input row. Bad cells
// become a message in their own row; only a wrong call (unknown output, bad weights) throws.

import { CallError } from '../basics/call-error';
import { rowMessage } from '../basics/row-message';
import { isUnstartedRow } from '../basics/row-state';
import { isBlank, listChoices, normalizeKey } from '../basics/text';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from '../model/models';
import { resolveWeights } from '../model/weights-source';
import {
  type ColumnMap,
  countKnownHeaders,
  HEADER_MIN_MATCHES,
  mapHeader,
  mapHeaderless,
} from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { judgeFrom } from '../scoring/confidence';
import { explainSentence, modelList, sentenceOf } from '../scoring/explain';
import { createProfileCache } from '../scoring/profile-cache';
import { createWorkspace, EMPTY_ROW_MESSAGE, scoreInto, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { evidenceOf, evidenceText, fromTenths, shownMarginTenths, shownScoreTenths } from '../scoring/shown';
import { FLIP_HEADERS, flipCells } from '../what-if/flip-cells';
import { whatIfSentence } from '../what-if/what-if';

export const OUTPUT_KINDS = ['model', 'scores', 'explain', 'all', 'flip', 'whatif'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export type OutputCell = string | number | boolean;

export const OUTPUT_HEADERS: Readonly<Record<OutputKind, readonly string[]>> = {
  model: ['Distribution model'],
  scores: MODEL_DISPLAY_NAMES,
  explain: ['Explanation'],
  all: [
    'Distribution model',
    ...MODEL_DISPLAY_NAMES,
    'Margin',
    'Close call',
    'Runner-up',
    'Could also be',
    'Evidence',
    'Confidence',
    'Explanation',
  ],
  flip: FLIP_HEADERS,
  whatif: ['What would change it'],
};

/**
 * DISTMODEL's `output` argument: blank is "model"; otherwise one of OUTPUT_KINDS, in any case or spacing.
 * @throws CallError naming the value and the accepted kinds when it is none of them.
 */
export function parseOutputKind(value: unknown): OutputKind {
  if (isBlank(value)) return 'model';
  const key = typeof value === 'string' ? normalizeKey(value) : '';
  const kind = OUTPUT_KINDS.find((k) => k === key);
  if (!kind) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new CallError(
      `output: ${shown} is not accepted; use ${listChoices(OUTPUT_KINDS.map((k) => `"${k}"`))}.`,
    );
  }
  return kind;
}

// Globals such as Array are slow lookups inside Apps Script's sandbox (and the vm standing in for it); the
// per-row paths use this local alias.
const isArray = Array.isArray;

/** A range arrives as rows of cells, a single cell as its value; anything else is made a grid. */
function asGrid(products: unknown): readonly (readonly unknown[])[] {
  if (!isArray(products)) return [[products]];
  let rows = 0;
  for (const row of products) if (isArray(row)) rows++;
  if (rows === products.length) return products;
  if (rows === 0 && products.length > 0) return [products];
  // Array.from rather than map: map skips the holes of a sparse array and would leave them in the grid.
  return Array.from(products, (row) => (isArray(row) ? row : [row]));
}

function widest(grid: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return width;
}

/** A row of `width` cells starting with `first`, the rest blank. Built from literals: see formatRow. */
function messageRow(width: number, first: OutputCell): OutputCell[] {
  const out: OutputCell[] = [first];
  for (let i = 1; i < width; i++) out.push('');
  return out;
}

/** A row that is not scored: blank cells, or its message in the first cell. Null for a scored row. */
function unscoredRow(ws: Workspace, width: number): OutputCell[] | null {
  if (ws.status === 'blank') return messageRow(width, '');
  if (ws.status === 'invalid') return messageRow(width, rowMessage(ws.messages));
  if (ws.status === 'empty') return messageRow(width, EMPTY_ROW_MESSAGE);
  return null;
}

// Output rows are built from array literals rather than `new Array(n)`, which looks up the global Array.
function formatRow(scorer: Scorer, ws: Workspace, kind: OutputKind): OutputCell[] {
  const name = MODEL_DISPLAY_NAMES[ws.best] as string;
  switch (kind) {
    case 'model':
      return [name];
    case 'explain':
      return [explainSentence(scorer, ws)];
    case 'scores':
      return scoreCells(ws, []);
    case 'all': {
      const marginTenths = shownMarginTenths(ws);
      const evidence = evidenceOf(scorer, ws);
      const judgement = judgeFrom(ws, evidence);
      // One array literal of the row's final length (the four models of MODEL_DISPLAY_NAMES): growing it
      // by pushes reallocates it several times, garbage a 100,000-row result pays for.
      return [
        name,
        fromTenths(shownScoreTenths(ws, 0)),
        fromTenths(shownScoreTenths(ws, 1)),
        fromTenths(shownScoreTenths(ws, 2)),
        fromTenths(shownScoreTenths(ws, 3)),
        fromTenths(marginTenths),
        judgement.closeCall,
        MODEL_DISPLAY_NAMES[ws.second] as string,
        modelList(judgement.others),
        evidenceText(evidence),
        judgement.confidence,
        sentenceOf(scorer, ws, evidence, marginTenths, judgement),
      ];
    }
    case 'flip':
      return flipCells(scorer, ws);
    case 'whatif':
      return [whatIfSentence(scorer, ws)];
  }
}

function scoreCells(ws: Workspace, out: OutputCell[]): OutputCell[] {
  for (let m = 0; m < MODEL_COUNT; m++) out.push(fromTenths(shownScoreTenths(ws, m)));
  return out;
}

/**
 * Scores a grid of products with a compiled table. Without `header`, the grid's first row may be a header
 * (then echoed as the output's header row); with one, every grid row is a product and the output has no
 * header row, so it lines up row for row with a block selected below the table's header.
 */
export function scoreGrid(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  kind: OutputKind,
  header: readonly unknown[] | null = null,
  reading: Reading = {},
): OutputCell[][] {
  // A one-name row costs less to build than to look up: "model" is not cached by profile.
  const format = (bound: Scorer, ws: Workspace) => formatRow(bound, ws, kind);
  return mapGrid(scorer, grid, header, OUTPUT_HEADERS[kind], format, reading, kind !== 'model');
}

/**
 * Scores every product row of a grid and formats each scored one with `format` (given the scorer bound to
 * the block's reading); blank rows come out blank and rows that cannot be scored carry their message, each
 * `outHeader.length` cells wide. The header rule is scoreGrid's. `format` must depend on the workspace's
 * levels alone: it runs once per product profile (scoring/profile-cache.ts), and rows of one profile share
 * its output row (rows x outHeader.length; do not change a row in place), unless `byProfile` is false.
 */
export function mapGrid(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  header: readonly unknown[] | null,
  outHeader: readonly string[],
  format: (bound: Scorer, ws: Workspace) => OutputCell[],
  reading: Reading = {},
  byProfile = true,
): OutputCell[][] {
  const first = grid[0] ?? [];
  const headed = header === null && countKnownHeaders(scorer, first) >= HEADER_MIN_MATCHES;
  const columns: ColumnMap = header
    ? mapHeader(scorer, header)
    : headed
      ? mapHeader(scorer, first)
      : mapHeaderless(scorer, widest(grid));
  const bound = bindReading(scorer, columns, header ?? (headed ? first : null), reading);
  const ws = createWorkspace(bound);
  const profiles = byProfile ? createProfileCache<OutputCell[]>(bound) : null;
  const outWidth = outHeader.length;
  const out: OutputCell[][] = [];
  if (headed) out.push([...outHeader]);
  for (let r = out.length; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    if (isUnstartedRow(row)) {
      out.push(messageRow(outWidth, ''));
      continue;
    }
    scoreInto(bound, ws, row, columns.factorColumn);
    const unscored = unscoredRow(ws, outWidth);
    if (unscored) {
      out.push(unscored);
      continue;
    }
    // One output row per product profile, shared by its rows: callers never change a row in place.
    let cells = profiles?.get(ws);
    if (!cells) {
      cells = format(bound, ws);
      profiles?.set(ws, cells);
    }
    out.push(cells);
  }
  return out;
}

/** A few of a header's cells, quoted, for a message. */
function shownCells(row: readonly unknown[]): string {
  const cells = row.filter((c) => !isBlank(c)).map((c) => `"${String(c)}"`);
  return cells.length > 4 ? `${cells.slice(0, 4).join(', ')}, ...` : cells.join(', ');
}

/**
 * The `header` argument: null when omitted or blank (the products block then speaks for itself), else the
 * one row naming the columns. A header that could not be a header row is a wrong call, not a silent
 * fallback to the headerless order, which would score every row from the wrong columns.
 */
function parseHeaderArg(scorer: Scorer, value: unknown): readonly unknown[] | null {
  const rows = asGrid(value).filter((row) => !row.every(isBlank));
  if (rows.length === 0) return null;
  if (rows.length > 1) {
    throw new CallError(
      `header: give the column names as one row (such as A$1:L$1), not ${rows.length} rows.`,
    );
  }
  const row = rows[0] as readonly unknown[];
  const known = countKnownHeaders(scorer, row);
  if (known < HEADER_MIN_MATCHES) {
    throw new CallError(
      `header: ${shownCells(row)} names ${known} known column(s); it needs at least ${HEADER_MIN_MATCHES}, such as "Customer" and "Price". Pass the table's header row, such as A$1:L$1.`,
    );
  }
  return row;
}

/** The products and header arguments of a call, read against a scorer: the grid and its header row. */
export function readProducts(
  scorer: Scorer,
  products: unknown,
  header: unknown,
): { grid: readonly (readonly unknown[])[]; header: readonly unknown[] | null } {
  return { grid: asGrid(products), header: parseHeaderArg(scorer, header) };
}

/**
 * =DISTMODEL(products, [weights], [output], [header]) on plain values; `reading` says what the shell knows
 * of the spreadsheet (its locale), not an argument of the formula.
 */
export function distmodel(
  products: unknown,
  weights?: unknown,
  output?: unknown,
  header?: unknown,
  reading: Reading = {},
): OutputCell[][] {
  const kind = parseOutputKind(output);
  const scorer = resolveWeights(weights);
  return scoreGrid(scorer, asGrid(products), kind, parseHeaderArg(scorer, header), reading);
}
