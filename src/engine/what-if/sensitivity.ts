// Sensitivity of a scored row to each criteria weight, the others fixed. With factor f's weight at w,
// model m scores 50 x (R_m + w x a_m) / (W' + w): R_m is the weighted sum of the row's other known
// factors, a_m the affinity of the row's level of f, W' the table's other weights. The denominator is the
// same for every model, so the ranking follows the lines R_m + w x a_m, and the current winner b stays
// ahead of model c exactly while (R_c - R_b) + w x (a_c - a_b) stays below 0: one crossing per model, so
// the weights that keep the recommendation form one interval [low, high]. At a crossing the two scores are
// equal, and the tie goes to the model listed first (TIE_EPSILON), which decides whether the end itself
// still keeps the recommendation. A blank factor's weight only rescales every score: it never flips a row.

import { abs, INFINITY, max, min } from '../basics/sandbox-math';
import { MODEL_COUNT } from '../model/models';
import { TIE_EPSILON, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { type LinearFactor, linearFactors } from './linear-table';

/** How far a weight may move before a row is called fragile: from 0 to this many times its value. */
export const ROBUST_FACTOR = 3;

/** One factor's weight range (others fixed) over which a row keeps its recommendation. */
export interface WeightRange {
  /** Compiled factor index. */
  readonly factor: number;
  /** The factor's weight in the table. */
  readonly weight: number;
  /** Whether the row knows the factor; an unknown factor's range is always 0 to Infinity. */
  readonly known: boolean;
  /** Lowest weight of the range, 0 or more. */
  readonly low: number;
  /**
   * Whether the row keeps its recommendation at `low` itself (the tie there goes to it). False when low is
   * 0 and the factor is the only one the row knows: weight 0 turns the factor off and leaves no answer.
   */
  readonly lowHolds: boolean;
  /** The model (index) the row gets just below `low`, or at 0 when the tie there goes to it; -1 if none. */
  readonly lowModel: number;
  /** Highest weight of the range; Infinity when no weight is too high. */
  readonly high: number;
  readonly highHolds: boolean;
  /** The model (index) the row gets just above `high`; -1 when high is Infinity. */
  readonly highModel: number;
  /** No weight from 0 to ROBUST_FACTOR x the current one changes the recommendation (0 itself aside). */
  readonly robust: boolean;
}

// Floating-point noise in sums of weight x affinity: relative to the sums' magnitude.
const NOISE = 1e-12;

interface Crossing {
  at: number;
  holds: boolean;
  /** The model that leads just past the crossing: the steepest of the lines meeting there. */
  model: number;
  slope: number;
  /** The first-listed of the models meeting the winner there: who takes the tie at the crossing itself. */
  first: number;
}

/** Folds a crossing into the nearest one so far; equal places (within noise) keep all tied models in mind. */
function nearer(current: Crossing | null, at: number, c: number, slope: number, b: number, upward: boolean) {
  const holds = b < c;
  const fresh = { at, holds, model: c, slope, first: c };
  if (!current) return fresh;
  const tol = NOISE * max(1, abs(at));
  if (upward ? at < current.at - tol : at > current.at + tol) return fresh;
  if (abs(at - current.at) > tol) return current;
  // The same place: the end holds only if the current winner beats every tied model on the tie rule, and
  // past it the steepest line leads (equal lines: the model listed first).
  const steeper = upward ? slope > current.slope : slope < current.slope;
  return {
    at: current.at,
    holds: current.holds && holds,
    model: steeper || (slope === current.slope && c < current.model) ? c : current.model,
    slope: steeper ? slope : current.slope,
    first: min(current.first, c),
  };
}

function rangeOfKnown(scorer: Scorer, ws: Workspace, f: number, sums: Float64Array, scale: number) {
  const linear = linearFactors(scorer)[f] as LinearFactor;
  const w = linear.weight;
  const base = (ws.levelOf[f] as number) * MODEL_COUNT;
  const b = ws.best;
  const ab = linear.affinity[base + b] as number;
  const rb = (sums[b] as number) - w * ab;
  let up: Crossing | null = null;
  let down: Crossing | null = null;
  for (let c = 0; c < MODEL_COUNT; c++) {
    if (c === b) continue;
    const slope = (linear.affinity[base + c] as number) - ab;
    if (slope === 0) continue;
    let d0 = (sums[c] as number) - w * (linear.affinity[base + c] as number) - rb;
    if (abs(d0) <= NOISE * scale) d0 = 0;
    const tiedNow = abs((ws.scores[c] as number) - (ws.scores[b] as number)) <= TIE_EPSILON;
    // `+ 0` turns -0 (from -0 / slope) into 0, which a cell would otherwise show as "-0".
    let at = tiedNow ? w : -d0 / slope + 0;
    if (slope > 0) {
      at = max(at, w);
      up = nearer(up, at, c, slope, b, true);
    } else if (at >= 0) {
      at = min(at, w);
      down = nearer(down, at, c, slope, b, false);
    }
  }
  return { up, down, w };
}

function rangeOf(scorer: Scorer, ws: Workspace, f: number, sums: Float64Array, scale: number): WeightRange {
  const weight = (linearFactors(scorer)[f] as LinearFactor).weight;
  if ((ws.levelOf[f] as number) < 0) {
    return rangeRecord(f, weight, false, null, null, false);
  }
  const { up, down } = rangeOfKnown(scorer, ws, f, sums, scale);
  // The only known factor: every score is 50 x its affinity / total at any weight above 0 (no crossing),
  // and at 0 the row has no answer at all.
  const alone = ws.known === 1;
  return rangeRecord(f, weight, true, alone ? null : down, up, alone);
}

/** Past the lower end: the model leading just below it, or at weight 0 (nothing below) the tie's taker. */
function lowModelOf(down: Crossing | null): number {
  if (!down) return -1;
  if (down.at > 0) return down.model;
  return down.holds ? -1 : down.first;
}

function rangeRecord(
  factor: number,
  weight: number,
  known: boolean,
  down: Crossing | null,
  up: Crossing | null,
  alone: boolean,
): WeightRange {
  const low = down ? down.at : 0;
  const lowHolds = down ? down.holds : !alone;
  const high = up ? up.at : INFINITY;
  const highHolds = up ? up.holds : true;
  const top = ROBUST_FACTOR * weight;
  return {
    factor,
    weight,
    known,
    low,
    lowHolds,
    lowModel: lowModelOf(down),
    high,
    highHolds,
    highModel: up ? up.model : -1,
    robust: low === 0 && (high > top || (high === top && highHolds)),
  };
}

/** The row's weighted sums per model (weight x affinity over its known factors) and their magnitude. */
function rawSums(scorer: Scorer, ws: Workspace, sums: Float64Array): number {
  sums.fill(0);
  let scale = 0;
  linearFactors(scorer).forEach((linear, f) => {
    const level = ws.levelOf[f] as number;
    if (level < 0) return;
    for (let m = 0; m < MODEL_COUNT; m++) {
      const term = linear.weight * (linear.affinity[level * MODEL_COUNT + m] as number);
      sums[m] = (sums[m] as number) + term;
      scale += abs(term);
    }
  });
  return scale;
}

/**
 * For a scored row (ws.status 'scored'), one WeightRange per compiled factor, in table order: the range of
 * that factor's weight, the others fixed, over which the row keeps its recommendation, and the models it
 * flips to at each end. Exact: at `high` the row's winner and `highModel` score the same.
 */
// The row's weighted sums, reused from row to row (weightRanges is not re-entered).
const sums = new Float64Array(MODEL_COUNT);

export function weightRanges(scorer: Scorer, ws: Workspace): WeightRange[] {
  const scale = rawSums(scorer, ws, sums);
  return scorer.factors.map((_, f) => rangeOf(scorer, ws, f, sums, scale));
}

/** Whether the row keeps its recommendation with the factor's weight at `weight` (others fixed). */
export function keepsAt(range: WeightRange, weight: number): boolean {
  if (weight < range.low || weight > range.high) return false;
  if (weight === range.low) return range.lowHolds;
  if (weight === range.high) return range.highHolds;
  return true;
}
