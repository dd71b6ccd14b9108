// How sure a recommendation is, as a claim that can be checked against the reference set
// (docs/how-good.md): the models that cannot be ruled out ("Could also be", a split-conformal prediction
// set on the score gaps) and the Confidence word. Both depend only on the row's shown scores and how much
// of the table's weight it knows, so the cells, the sentence and the sidebar always agree.
//
// The score gap of model m is (winner's shown score - m's shown score) / the row's known weight share: the
// lead per unit of evidence, so a row that knows half the table is judged on the same scale as a full one.
// Rows that know less are noisier, so every threshold is set per evidence band.

import { round } from '../basics/sandbox-math';
import { MODEL_COUNT } from '../model/models';
import { MIN_EVIDENCE_SHARE, TIE_EPSILON, type Workspace } from './score';
import type { Scorer } from './scorer';
import { type Evidence, evidenceOf, isThinEvidence, shownScoreTenths } from './shown';

/**
 * Evidence bands by known weight share: [0] most of the table known (at least 0.7), [1] part of it (at
 * least MIN_EVIDENCE_SHARE, 0.3: the five factual columns of Balanced are 5 of 13 factors), [2] little,
 * which is Thin evidence.
 */
export const EVIDENCE_BAND_FLOORS = [0.7, MIN_EVIDENCE_SHARE, 0] as const;

/**
 * Per evidence band: the conformal threshold on the score gap (points per unit of evidence share) within
 * which a model cannot be ruled out, and the gap from which an answer is Firm. Computed by
 * `npm run reference -- --calibrate` (scripts/reference.ts) on the training four fifths of the reference
 * set (never the held-out fifth): the set threshold is the ceil((n + 1)(1 - 0.05)) / n quantile of the
 * documented model's gap (split-conformal, Angelopoulos and Bates 2021, section 1), the Firm threshold the
 * smallest whole-point lead from which at most 5% of answers are wrong (Laplace-smoothed) and never below
 * the set threshold. Band [2] (under 0.3 of the weight known) has too few rows to claim anything: every
 * model stays possible and nothing is Firm.
 */
export const SET_GAP: readonly number[] = [26.9, 31.2, 1000];
export const FIRM_GAP: readonly number[] = [33, 33, 1000];
/**
 * Per evidence band: the lead (score gap points) under which an answer is a Close call. Calibrated with
 * FIRM_GAP: the whole-point lead that best separates wrong answers from right ones on the training rows
 * (the largest Youden's J = share of wrong answers flagged - share of right answers flagged; Youden 1950,
 * "Index for rating diagnostic tests", Cancer 3:32-35), never above the Firm gap.
 */
export const CLOSE_GAP: readonly number[] = [6, 11, 1000];

/**
 * How far a recommendation can be relied on, weakest first: an exact tie (no pick), thin evidence (under
 * MIN_EVIDENCE_SHARE of the weight known), a close call (a lead under CLOSE_GAP: about as often wrong as
 * right), likely (a clear lead, right on most reference products but short of Firm's 95%), firm (right on
 * at least 95% of reference products not used to set the thresholds). Measured in docs/how-good.md.
 */
export const CONFIDENCE_LEVELS = ['Tie', 'Thin evidence', 'Close call', 'Likely', 'Firm'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * How often answers shown with each word were right, in percent (the sidebar says it in the user's
 * language), out of fold on the reference set's
 * training four fifths (`npm run reference -- --calibrate`; docs/how-good.md has the held-out fifth):
 * Close call 312 of 528, Likely 624 of 790, Firm 68 of 72.
 */
export const CONFIDENCE_RIGHT_PERCENT = { 'Close call': 59, Likely: 79, Firm: 94 } as const;

/** What a scored row can be relied on for. */
export interface Judgement {
  readonly confidence: Confidence;
  /** The winner's lead is under the Close call gap (or a tie): the "Close call" cell. */
  readonly closeCall: boolean;
  /** Two or more models share the top score exactly. */
  readonly tie: boolean;
  /** Models other than the winner that cannot be ruled out, best score first (model indexes). */
  readonly others: readonly number[];
}

/** The evidence band (index into SET_GAP and FIRM_GAP) of a known weight share. */
export function evidenceBand(share: number): number {
  for (let b = 0; b < EVIDENCE_BAND_FLOORS.length; b++) {
    if (share >= (EVIDENCE_BAND_FLOORS[b] as number) - 1e-9) return b;
  }
  return EVIDENCE_BAND_FLOORS.length - 1;
}

/** Model m's score gap: the winner's lead over it in shown points per unit of known weight share. */
export function scoreGap(ws: Workspace, evidence: Evidence, m: number): number {
  const tenths = shownScoreTenths(ws, ws.best) - shownScoreTenths(ws, m);
  if (evidence.share <= 0) return Number.POSITIVE_INFINITY;
  // Snapped to a millionth, so floating-point noise in the share (every weight scaled by 3) never tips a
  // threshold.
  return round((tenths / 10 / evidence.share) * 1e6) / 1e6;
}

/** Per evidence band, the set, Close call and Firm thresholds (score gap points); the engine's are calibrated. */
export interface GapThresholds {
  readonly set: readonly number[];
  readonly close: readonly number[];
  readonly firm: readonly number[];
}

const CALIBRATED: GapThresholds = { set: SET_GAP, close: CLOSE_GAP, firm: FIRM_GAP };

/**
 * Judges a scored row from its shown scores and evidence; `thresholds` other than the calibrated ones are
 * for the script that checks the calibration out of fold.
 */
export function judgeFrom(
  ws: Workspace,
  evidence: Evidence,
  thresholds: GapThresholds = CALIBRATED,
): Judgement {
  const band = evidenceBand(evidence.share);
  const setGap = thresholds.set[band] as number;
  const firmGap = thresholds.firm[band] as number;
  const closeGap = Math.min(thresholds.close[band] as number, firmGap);
  const tie = (ws.scores[ws.best] as number) - (ws.scores[ws.second] as number) <= TIE_EPSILON;
  const others: number[] = [];
  for (let m = 0; m < MODEL_COUNT; m++) {
    if (m === ws.best) continue;
    const exactTie = (ws.scores[ws.best] as number) - (ws.scores[m] as number) <= TIE_EPSILON;
    if (exactTie || scoreGap(ws, evidence, m) <= setGap) others.push(m);
  }
  // Only a Firm answer rules every other model out: below the Firm gap the runner-up stays possible, so
  // the word and Could also be never disagree (a Likely answer with nothing else possible would).
  const lead = scoreGap(ws, evidence, ws.second);
  if (lead < firmGap && !others.includes(ws.second)) others.push(ws.second);
  // Best shown score first (shown, so scaling every weight never reorders them); model order among equals.
  others.sort((a, b) => shownScoreTenths(ws, b) - shownScoreTenths(ws, a) || a - b);
  const closeCall = tie || lead < closeGap;
  let confidence: Confidence;
  if (tie) confidence = 'Tie';
  // FIRM_GAP is never below SET_GAP, so a Firm answer has no other model it cannot rule out.
  else if (lead >= firmGap) confidence = 'Firm';
  // Under MIN_EVIDENCE_SHARE of the weight known, the blanks rather than the table keep it open.
  else if (isThinEvidence(evidence)) confidence = 'Thin evidence';
  else if (closeCall) confidence = 'Close call';
  else confidence = 'Likely';
  return { confidence, closeCall, tie, others };
}

/** judgeFrom for a row scored with `scorer`. */
export function judgeRow(scorer: Scorer, ws: Workspace): Judgement {
  return judgeFrom(ws, evidenceOf(scorer, ws));
}

/** The row's Confidence word. */
export function confidenceOf(scorer: Scorer, ws: Workspace): Confidence {
  return judgeRow(scorer, ws).confidence;
}
