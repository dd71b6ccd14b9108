// Scores one row with the weighted-sum decision matrix: each model's score is the sum, over the row's known
// factors, of weight x affinity, put on one common points scale by the table's total weight (see
// `pointsPerUnit` in scorer.ts). A blank factor adds exactly 0, a constant added to a model's column
// really favours it, and a row never depends on other rows. All work happens in a reusable workspace:
// scoring 100,000 rows creates no per-row objects.

import { isBlank } from '../basics/text';
import { MODEL_COUNT } from '../model/models';
import { INVALID } from '../reading/levels';
import type { Scorer } from './scorer';

/** A shown margin (points) below this is a close call: the runner-up is nearly as good. */
export const CLOSE_CALL_MARGIN = 5;

/**
 * Share of the table's total weight (0-1) that a row's known factors must cover for its recommendation to
 * rest on enough evidence; below it the result is marked "Thin evidence". 0.3 keeps a row with the five
 * factual columns (Customer, Product type, Price, Complexity, See before buying: 5 of Balanced's 13
 * factors, 38%) out of it: those facts decide most cases (docs/how-good.md), the blanks are refinements.
 */
export const MIN_EVIDENCE_SHARE = 0.3;

/** Two exact scores closer than this (points) are a tie, broken by model order (the first listed wins). */
export const TIE_EPSILON = 1e-9;

/** What a row with a product name but no factor value gets: it is a product still to fill in. */
export const EMPTY_ROW_MESSAGE = 'No factor values to score: fill at least one factor column.';

/** What a row came to. */
export type RowStatus = 'blank' | 'invalid' | 'empty' | 'scored';

export interface Workspace {
  status: RowStatus;
  /** Level index per compiled factor, or BLANK/INVALID. */
  readonly levelOf: Int32Array;
  /** Exact score per model, in points (see scorer.ts for the scale). */
  readonly scores: Float64Array;
  best: number;
  second: number;
  /** How many compiled factors the row knows, and their summed weight. */
  known: number;
  knownWeight: number;
  /** Messages for invalid cells, in factor order. */
  readonly messages: string[];
  /** How converted values were read ("Price: ... per month, counted as ... a year"), in factor order. */
  readonly notes: string[];
}

export function createWorkspace(scorer: Scorer): Workspace {
  return {
    status: 'blank',
    levelOf: new Int32Array(scorer.factors.length),
    scores: new Float64Array(MODEL_COUNT),
    best: 0,
    second: 1,
    known: 0,
    knownWeight: 0,
    messages: [],
    notes: [],
  };
}

function rowIsBlank(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * Scores a row: factor f's value is row[columns[f]] (no column: -1). A row with no factor value is 'blank'
 * when every cell (the product name included) is empty, else 'empty' (a product still to fill in).
 */
export function scoreInto(
  scorer: Scorer,
  ws: Workspace,
  row: readonly unknown[],
  columns: Int32Array,
): Workspace {
  const { factors } = scorer;
  const { levelOf, scores, messages, notes } = ws;
  for (let m = 0; m < MODEL_COUNT; m++) scores[m] = 0;
  if (messages.length > 0) messages.length = 0;
  if (notes.length > 0) notes.length = 0;
  let known = 0;
  let knownWeight = 0;
  for (let f = 0; f < factors.length; f++) {
    const factor = factors[f] as (typeof factors)[number];
    const column = columns[f] as number;
    const value = column < 0 ? undefined : row[column];
    const level = factor.matcher.match(value);
    levelOf[f] = level;
    if (level < 0) {
      if (level === INVALID) messages.push(factor.matcher.explain(value));
      continue;
    }
    known++;
    knownWeight += factor.weight;
    // Only per-year amounts have notes; the check costs one property read for every other factor.
    if (factor.matcher.note !== undefined) {
      const note = factor.matcher.note(value);
      if (note !== '') notes.push(note);
    }
    const base = level * MODEL_COUNT;
    for (let m = 0; m < MODEL_COUNT; m++)
      scores[m] = (scores[m] as number) + (factor.points[base + m] as number);
  }
  ws.known = known;
  ws.knownWeight = knownWeight;
  if (messages.length > 0) ws.status = 'invalid';
  else if (known === 0) ws.status = rowIsBlank(row) ? 'blank' : 'empty';
  else ws.status = 'scored';
  if (ws.status === 'scored') rank(ws, scores);
  return ws;
}

/**
 * The top two models of `scores` (points, model order) into `ws.best` and `ws.second`; a score within
 * TIE_EPSILON of a higher-listed model's counts as equal to it. Exported so what-if analyses rank a changed
 * row by exactly the rule the scorer uses.
 */
export function rank(ws: { best: number; second: number }, scores: Float64Array): void {
  let best = 0;
  let second = -1;
  for (let m = 1; m < MODEL_COUNT; m++) {
    const score = scores[m] as number;
    if (score > (scores[best] as number) + TIE_EPSILON) {
      second = best;
      best = m;
    } else if (second < 0 || score > (scores[second] as number) + TIE_EPSILON) {
      second = m;
    }
  }
  ws.best = best;
  ws.second = second;
}
