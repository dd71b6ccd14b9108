// The consensus's Confidence and "Could also be": the one place they are taken from the engine's rules for
// a single row (judgeFrom: the calibrated Firm gap and the conformal "Could also be" set), applied to the
// raters' averaged scores.
import { type Confidence, judgeFrom } from '../scoring/confidence';
import type { Workspace } from '../scoring/score';
import type { Evidence } from '../scoring/shown';

export interface ConsensusJudgement {
  readonly confidence: Confidence;
  /** Models other than the consensus that cannot be ruled out, best score first (model indexes). */
  readonly couldAlsoBe: readonly number[];
}

/** Judges averaged scores exactly as the engine judges one row's (judgeFrom). */
export function judgeConsensus(ws: Workspace, evidence: Evidence): ConsensusJudgement {
  const judgement = judgeFrom(ws, evidence);
  return { confidence: judgement.confidence, couldAlsoBe: judgement.others };
}
