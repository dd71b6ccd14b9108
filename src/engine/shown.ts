// What a scored row shows, at the precision the cells show it (one decimal): scores, margin, close call,
// evidence and confidence. Every figure a user sees is derived here, so the margin is always the difference
// of the scores shown and the close-call flag is decided on that same figure.
import { MODEL_COUNT } from './models';
import { CLOSE_CALL_MARGIN, MIN_EVIDENCE_SHARE, type Workspace } from './score';
import type { Scorer } from './scorer';

// Relative tolerance for floating-point noise: 0.1 + 0.2 is 0.30000000000000004, and a score computed from
// weights scaled by 3 may land an ulp away from the same score with unscaled weights.
const NOISE = 1e-9;

// Globals such as Math are slow lookups inside Apps Script's sandbox (and the vm standing in for it): these
// run several times per output row, so they use local aliases.
const { abs, floor, max, round, sign } = Math;

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
  return shownMarginTenths(ws) < CLOSE_CALL_MARGIN * 10;
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

/** "7 of 11 factors, 64% of the weight". */
export function evidenceText(evidence: Evidence): string {
  const percent = floor(evidence.share * 100 + NOISE);
  return `${evidence.known} of ${evidence.total} factors, ${percent}% of the weight`;
}

/** Under MIN_EVIDENCE_SHARE of the weight is known: the answer may change as the blanks are filled. */
export function isThinEvidence(evidence: Evidence): boolean {
  return evidence.share < MIN_EVIDENCE_SHARE - NOISE;
}

/**
 * How far a recommendation can be relied on, from least to most: thin evidence (under half of the weight
 * known), a close call (shown margin under 5 points), firm.
 */
export const CONFIDENCE_LEVELS = ['Thin evidence', 'Close call', 'Firm'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export function confidenceOf(scorer: Scorer, ws: Workspace): Confidence {
  if (isThinEvidence(evidenceOf(scorer, ws))) return 'Thin evidence';
  return isCloseCall(ws) ? 'Close call' : 'Firm';
}

/**
 * Each known factor's points for model m, in tenths, apportioned so they add up exactly to the shown
 * score: each is the exact contribution rounded, and the few tenths that rounding leaves over go to the
 * factors whose exact contributions were nearest the next tenth (largest remainder). Unknown factors get 0.
 * Returns one entry per compiled factor.
 */
export function contributionTenths(scorer: Scorer, ws: Workspace, m: number): number[] {
  // Snapped to a millionth of a tenth, so that floating-point noise (weights scaled by 3, say) never
  // decides which of two equal remainders gets a leftover tenth; equal ones go to the factor listed first.
  const exact = scorer.factors.map((factor, f) => {
    const level = ws.levelOf[f] as number;
    return level < 0 ? 0 : round((factor.points[level * MODEL_COUNT + m] as number) * 1e7) / 1e6;
  });
  const tenths = exact.map((x) => toTenths(x / 10));
  let left = shownScoreTenths(ws, m) - tenths.reduce((sum, t) => sum + t, 0);
  const known = exact.map((_, f) => f).filter((f) => (ws.levelOf[f] as number) >= 0);
  while (left !== 0 && known.length > 0) {
    const step = sign(left);
    // The factor whose rounding moved it furthest against the direction still to go.
    const f = known.reduce((a, b) =>
      step * ((exact[b] as number) - (tenths[b] as number)) >
      step * ((exact[a] as number) - (tenths[a] as number))
        ? b
        : a,
    );
    tenths[f] = (tenths[f] as number) + step;
    left -= step;
  }
  return tenths;
}
