// DISTMODEL's block form: a products range in, a 2-D array out, one output row per input row. Bad cells
// become a message in their own row; only a wrong call (unknown output, bad weights) throws.
import { type ColumnMap, countKnownHeaders, HEADER_MIN_MATCHES, mapHeader, mapHeaderless } from './columns';
import { explainSentence, round1 } from './explain';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from './models';
import { createWorkspace, isCloseCall, marginOf, scoreInto, type Workspace } from './score';
import type { Scorer } from './scorer';
import { isBlank, listChoices, normalizeKey } from './text';
import { CallError, resolveWeights } from './weights-source';

export const OUTPUT_KINDS = ['model', 'scores', 'explain', 'all'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export type OutputCell = string | number | boolean;

export const OUTPUT_HEADERS: Readonly<Record<OutputKind, readonly string[]>> = {
  model: ['Distribution model'],
  scores: MODEL_DISPLAY_NAMES,
  explain: ['Explanation'],
  all: ['Distribution model', ...MODEL_DISPLAY_NAMES, 'Margin', 'Close call', 'Explanation'],
};

export const EMPTY_ROW_MESSAGE = 'No factor values to score: fill at least one factor column.';

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

/** A range arrives as rows of cells, a single cell as its value; anything else is made a grid. */
function asGrid(products: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(products)) return [[products]];
  if (products.length > 0 && products.every((row) => !Array.isArray(row))) return [products];
  return products.map((row) => (Array.isArray(row) ? row : [row]));
}

function rowIsBlank(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

function fillRow(out: OutputCell[], first: OutputCell): OutputCell[] {
  out[0] = first;
  for (let i = 1; i < out.length; i++) out[i] = '';
  return out;
}

function formatRow(scorer: Scorer, ws: Workspace, kind: OutputKind): OutputCell[] {
  const width = OUTPUT_HEADERS[kind].length;
  const out = new Array<OutputCell>(width);
  if (ws.status === 'blank') return fillRow(out, '');
  if (ws.status === 'invalid') return fillRow(out, ws.messages.join(' '));
  if (ws.status === 'empty') return fillRow(out, EMPTY_ROW_MESSAGE);
  const name = MODEL_DISPLAY_NAMES[ws.best] as string;
  switch (kind) {
    case 'model':
      out[0] = name;
      break;
    case 'explain':
      out[0] = explainSentence(scorer, ws);
      break;
    case 'scores':
      for (let m = 0; m < MODEL_COUNT; m++) out[m] = round1(ws.scores[m] as number);
      break;
    case 'all':
      out[0] = name;
      for (let m = 0; m < MODEL_COUNT; m++) out[m + 1] = round1(ws.scores[m] as number);
      out[MODEL_COUNT + 1] = round1(marginOf(ws));
      out[MODEL_COUNT + 2] = isCloseCall(ws);
      out[MODEL_COUNT + 3] = explainSentence(scorer, ws);
      break;
  }
  return out;
}

/** Scores a grid of products with a compiled table; the grid's first row may be a header. */
export function scoreGrid(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  kind: OutputKind,
): OutputCell[][] {
  const first = grid[0] ?? [];
  const hasHeader = countKnownHeaders(scorer, first) >= HEADER_MIN_MATCHES;
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const columns: ColumnMap = hasHeader ? mapHeader(scorer, first) : mapHeaderless(scorer, width);
  const ws = createWorkspace(scorer);
  const out: OutputCell[][] = new Array(grid.length);
  let r = 0;
  if (hasHeader) out[r++] = [...OUTPUT_HEADERS[kind]];
  for (; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    scoreInto(scorer, ws, row, columns.factorColumn, rowIsBlank(row));
    out[r] = formatRow(scorer, ws, kind);
  }
  return out;
}

/** =DISTMODEL(products, [weights], [output]) on plain values. */
export function distmodel(products: unknown, weights?: unknown, output?: unknown): OutputCell[][] {
  const kind = parseOutputKind(output);
  const scorer = resolveWeights(weights);
  return scoreGrid(scorer, asGrid(products), kind);
}
