// What a scored row shows, at the precision the cells show it (one decimal): scores, margin, close call,
// evidence and confidence. Every figure a user sees is derived here, so the margin is always the difference
// of the scores shown and the close-call flag is decided on that same figure.

// Several per output row: bound once, as global lookups are slow in the sandbox.
import { abs, floor, max, round, sign } from '../basics/sandbox-math';
import { MODEL_COUNT } from '../model/models';
import { CLOSE_CALL_MARGIN, MIN_EVIDENCE_SHARE, type Workspace } from './score';
import type { Scorer } from './scorer';

// Relative tolerance for floating-point noise: 0.1 + 0.2 is 0.30000000000000004, and a score computed from
// weights scaled by 3 may land an ulp away from the same score with unscaled weights.
const NOISE = 1e-9;

/**
 * `points` in whole tenths, rounded half up, with noise around a .x5 boundary snapped to the boundary: so
 * multiplying every weight by the same number can never tip a shown digit.
 */
export function toTenths(points: number): number {
  const tenths = points * 10;
  const below = floor(tenths);
  const size = abs(tenths);
  if (abs(tenths - below - 0.5) <= NOISE * max(size, 1)) return below + 1;
  return round(tenths);
}

/** Tenths back to a number for a cell, without "-0". */
export function fromTenths(tenths: number): number {
  return tenths === 0 ? 0 : tenths / 10;
}

/**
 * Model m's score as shown, in tenths of a point. Scores are rounded as distances from the winner's score:
 * so the shown margin is the exact margin rounded (it never shrinks when the exact margin grows) and is, to
 * the digit, the winner's shown score minus the runner-up's.
 */
export function shownScoreTenths(ws: Workspace, m: number): number {
  const best = ws.scores[ws.best] as number;
  return toTenths(best) - toTenths(best - (ws.scores[m] as number));
}

/** Shown scores in model order, in points (one decimal). */
export function shownScores(ws: Workspace): number[] {
  const out: number[] = [];
  for (let m = 0; m < MODEL_COUNT; m++) out.push(fromTenths(shownScoreTenths(ws, m)));
  return out;
}

/** The shown margin in tenths: the winner's shown score minus the runner-up's. */
export function shownMarginTenths(ws: Workspace): number {
  const best = ws.scores[ws.best] as number;
  return toTenths(best - (ws.scores[ws.second] as number));
}

/** The shown margin, in points (one decimal). */
export function shownMargin(ws: Workspace): number {
  return fromTenths(shownMarginTenths(ws));
}

/** A close call: the shown margin is under CLOSE_CALL_MARGIN points (a shown tie, margin 0, is one). */
export function isCloseCall(ws: Workspace): boolean {
  return isCloseMargin(shownMarginTenths(ws));
}

/** Whether a shown margin, in tenths, makes a close call. */
export function isCloseMargin(marginTenths: number): boolean {
  return marginTenths < CLOSE_CALL_MARGIN * 10;
}

/** How much of the table a row's answer rests on. */
export interface Evidence {
  /** Known factors, and factors with a weight above 0 in the table. */
  readonly known: number;
  readonly total: number;
  /** The known factors' share of the table's total weight, 0-1. */
  readonly share: number;
}

export function evidenceOf(scorer: Scorer, ws: Workspace): Evidence {
  return { known: ws.known, total: scorer.factors.length, share: ws.knownWeight / scorer.totalWeight };
}

/** The known share of the weight in whole percent, rounded down (64 of 64.9%), as every text shows it. */
export function evidencePercent(evidence: Evidence): number {
  return floor(evidence.share * 100 + NOISE);
}

/**
 * "7 of 11 factors, 64% of the weight". Rows share a handful of these, so each is built once: every row's
 * cell then holds the same string instead of a copy of its own.
 */
const evidenceTexts = new Map<number, string>();
export function evidenceText(evidence: Evidence): string {
  const percent = evidencePercent(evidence);
  const key = (evidence.known * 4096 + evidence.total) * 128 + percent;
  let text = evidenceTexts.get(key);
  if (text === undefined) {
    text = `${evidence.known} of ${evidence.total} factors, ${percent}% of the weight`;
    if (evidenceTexts.size < 10_000) evidenceTexts.set(key, text);
  }
  return text;
}

/** Under MIN_EVIDENCE_SHARE of the weight is known: the answer may change as the blanks are filled. */
export function isThinEvidence(evidence: Evidence): boolean {
  return evidence.share < MIN_EVIDENCE_SHARE - NOISE;
}

/**
 * Each known factor's points for model m, in tenths, apportioned so they add up exactly to the shown
 * score: each is the exact contribution rounded, and the few tenths that rounding leaves over go to the
 * factors whose exact contributions were nearest the next tenth (largest remainder). Unknown factors get 0.
 * Returns one entry per compiled factor.
 */
export function contributionTenths(scorer: Scorer, ws: Workspace, m: number): number[] {
  // Plain loops over the factors, no map/filter/reduce closures: this runs for every explained row.
  const factors = scorer.factors;
  const exact: number[] = [];
  const tenths: number[] = [];
  let sum = 0;
  for (let f = 0; f < factors.length; f++) {
    const level = ws.levelOf[f] as number;
    // Snapped to a millionth of a tenth, so that floating-point noise (weights scaled by 3, say) never
    // decides which of two equal remainders gets a leftover tenth; equal ones go to the factor listed first.
    const points = (factors[f] as Scorer['factors'][number]).points[level * MODEL_COUNT + m] as number;
    const x = level < 0 ? 0 : round(points * 1e7) / 1e6;
    const t = toTenths(x / 10);
    exact.push(x);
    tenths.push(t);
    sum += t;
  }
  let left = shownScoreTenths(ws, m) - sum;
  // Rounding leaves at most half a tenth per factor to hand out; the bound keeps a score the table limits
  // should have refused (NaN, or too large for a step of one tenth to change) from looping for ever.
  for (let steps = 0; left !== 0 && steps <= factors.length; steps++) {
    const step = sign(left);
    // The known factor whose rounding moved it furthest against the direction still to go (the first one
    // listed among equals).
    let pick = -1;
    for (let f = 0; f < factors.length; f++) {
      if ((ws.levelOf[f] as number) < 0) continue;
      const off = step * ((exact[f] as number) - (tenths[f] as number));
      if (pick < 0 || off > step * ((exact[pick] as number) - (tenths[pick] as number))) pick = f;
    }
    if (pick < 0) break;
    tenths[pick] = (tenths[pick] as number) + step;
    left -= step;
  }
  return tenths;
}
