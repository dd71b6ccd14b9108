// The consensus's Confidence and "Could also be": the one place they are taken from the engine's rules for
// a single row, applied to the raters' averaged scores. When the reference-set confidence (judgeFrom, with
// its conformal "Could also be" set) is in the engine, both come from it here and nowhere else.

import { MODEL_COUNT } from '../model/models';
import type { Workspace } from '../scoring/score';
import {
  type Confidence,
  confidenceFrom,
  type Evidence,
  isCloseMargin,
  shownMarginTenths,
  shownScoreTenths,
} from '../scoring/shown';

export interface ConsensusJudgement {
  readonly confidence: Confidence;
  /** Models other than the consensus that cannot be ruled out, best score first (model indexes). */
  readonly couldAlsoBe: readonly number[];
}

/**
 * Judges averaged scores as the engine judges one row's: Confidence from the evidence and the shown
 * margin; "Could also be" for now the models whose shown lead is a close call (under CLOSE_CALL_MARGIN).
 */
export function judgeConsensus(ws: Workspace, evidence: Evidence): ConsensusJudgement {
  const best = shownScoreTenths(ws, ws.best);
  const couldAlsoBe: number[] = [];
  for (let m = 0; m < MODEL_COUNT; m++) {
    if (m !== ws.best && isCloseMargin(best - shownScoreTenths(ws, m))) couldAlsoBe.push(m);
  }
  couldAlsoBe.sort((a, b) => (ws.scores[b] as number) - (ws.scores[a] as number) || a - b);
  return { confidence: confidenceFrom(evidence, shownMarginTenths(ws)), couldAlsoBe };
}
