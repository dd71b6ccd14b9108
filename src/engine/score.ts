// Scores one row. Each model's score is its weighted affinity sum scaled to 0-100 between the lowest and
// highest sum the row's known factors allow for that model, so blank factors neither help nor hurt and a
// row never depends on other rows. All work happens in a reusable workspace: scoring 100,000 rows creates
// no per-row objects.
import { INVALID } from './levels';
import { MODEL_COUNT } from './models';
import type { Scorer } from './scorer';
import { isBlank } from './text';

/** A margin (in points, 0-100 scale) below this is a close call: the runner-up is nearly as good. */
export const CLOSE_CALL_MARGIN = 5;

/** Two scores closer than this are a tie, broken by model order (the model listed first wins). */
export const TIE_EPSILON = 1e-9;

/** What a row with a product name but no factor value gets: it is a product still to fill in. */
export const EMPTY_ROW_MESSAGE = 'No factor values to score: fill at least one factor column.';

/** What a row came to. */
export type RowStatus = 'blank' | 'invalid' | 'empty' | 'scored';

export interface Workspace {
  status: RowStatus;
  /** Level index per compiled factor, or BLANK/INVALID. */
  readonly levelOf: Int32Array;
  /** 0-100 per model. */
  readonly scores: Float64Array;
  readonly sum: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  best: number;
  second: number;
  /** Messages for invalid cells, in factor order. */
  readonly messages: string[];
}

export function createWorkspace(scorer: Scorer): Workspace {
  return {
    status: 'blank',
    levelOf: new Int32Array(scorer.factors.length),
    scores: new Float64Array(MODEL_COUNT),
    sum: new Float64Array(MODEL_COUNT),
    low: new Float64Array(MODEL_COUNT),
    high: new Float64Array(MODEL_COUNT),
    best: 0,
    second: 1,
    messages: [],
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
  const { factors, totalLow, totalHigh } = scorer;
  const { levelOf, sum, low, high, scores, messages } = ws;
  // Start from the range of a row that knows every factor and take out the factors this row lacks: most
  // rows are complete, so the hot loop only adds the row's own affinities.
  for (let m = 0; m < MODEL_COUNT; m++) {
    sum[m] = 0;
    low[m] = totalLow[m] as number;
    high[m] = totalHigh[m] as number;
  }
  if (messages.length > 0) messages.length = 0;
  let known = 0;
  for (let f = 0; f < factors.length; f++) {
    const factor = factors[f] as (typeof factors)[number];
    const column = columns[f] as number;
    const value = column < 0 ? undefined : row[column];
    const level = factor.matcher.match(value);
    levelOf[f] = level;
    if (level < 0) {
      if (level === INVALID) messages.push(factor.matcher.explain(value));
      for (let m = 0; m < MODEL_COUNT; m++) {
        low[m] = (low[m] as number) - (factor.low[m] as number);
        high[m] = (high[m] as number) - (factor.high[m] as number);
      }
      continue;
    }
    known++;
    const base = level * MODEL_COUNT;
    for (let m = 0; m < MODEL_COUNT; m++) sum[m] = (sum[m] as number) + (factor.weighted[base + m] as number);
  }
  if (messages.length > 0) ws.status = 'invalid';
  else if (known === 0) ws.status = rowIsBlank(row) ? 'blank' : 'empty';
  else ws.status = 'scored';
  if (ws.status !== 'scored') return ws;
  if (known < factors.length) knownRange(scorer, ws);
  rank(ws, scores, sum, low, high);
  return ws;
}

/**
 * The range of a row that lacks some factors, summed over its known factors only. Subtracting the missing
 * factors from the totals leaves rounding residue (weights such as 0.1 and 0.7): a model that no known
 * factor can move would get a span of 1e-17 instead of 0 and a score of 0 or 100 instead of 50.
 */
function knownRange(scorer: Scorer, ws: Workspace): void {
  const { factors } = scorer;
  const { levelOf, low, high } = ws;
  low.fill(0);
  high.fill(0);
  for (let f = 0; f < factors.length; f++) {
    if ((levelOf[f] as number) < 0) continue;
    const factor = factors[f] as (typeof factors)[number];
    for (let m = 0; m < MODEL_COUNT; m++) {
      low[m] = (low[m] as number) + (factor.low[m] as number);
      high[m] = (high[m] as number) + (factor.high[m] as number);
    }
  }
}

function rank(
  ws: Workspace,
  scores: Float64Array,
  sum: Float64Array,
  low: Float64Array,
  high: Float64Array,
): void {
  let best = 0;
  let second = -1;
  for (let m = 0; m < MODEL_COUNT; m++) {
    const span = (high[m] as number) - (low[m] as number);
    // A model no known factor can move sits in the middle: nothing speaks for or against it.
    const score = span > 0 ? (100 * ((sum[m] as number) - (low[m] as number))) / span : 50;
    scores[m] = score;
    if (m === 0) continue;
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

/** Winner's score minus the runner-up's, in points. */
export function marginOf(ws: Workspace): number {
  return (ws.scores[ws.best] as number) - (ws.scores[ws.second] as number);
}

export function isCloseCall(ws: Workspace): boolean {
  return marginOf(ws) < CLOSE_CALL_MARGIN;
}

/**
 * How many points factor f adds to model m's score, against a neutral 50: the row's score for m is exactly
 * 50 plus the sum of these over the known factors, so the explanation adds up.
 */
export function contribution(scorer: Scorer, ws: Workspace, f: number, m: number): number {
  const level = ws.levelOf[f] as number;
  if (level < 0) return 0;
  const factor = scorer.factors[f] as (typeof scorer.factors)[number];
  const span = (ws.high[m] as number) - (ws.low[m] as number);
  if (span <= 0) return 0;
  const mid = ((factor.low[m] as number) + (factor.high[m] as number)) / 2;
  return (100 * ((factor.weighted[level * MODEL_COUNT + m] as number) - mid)) / span;
}
