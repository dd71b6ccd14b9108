// The weighted-sum decision matrix: compiled weights, scores, shown figures, confidence and explanations.
// The door of src/engine/scoring/: other parts import from here.

export {
  CLOSE_GAP,
  CONFIDENCE_LEVELS,
  CONFIDENCE_RIGHT_PERCENT,
  type Confidence,
  confidenceOf,
  EVIDENCE_BAND_FLOORS,
  evidenceBand,
  FIRM_GAP,
  type GapThresholds,
  type Judgement,
  judgeFrom,
  judgeRow,
  SET_GAP,
  scoreGap,
} from './confidence';
export type { FactorContribution, RowExplanation } from './explain';
export { type ProductResult, scoreProduct } from './product';
export {
  CLOSE_CALL_MARGIN,
  createWorkspace,
  EMPTY_ROW_MESSAGE,
  MIN_EVIDENCE_SHARE,
  scoreInto,
  TIE_EPSILON,
  type Workspace,
} from './score';
export { compileWeights, POINTS_PER_AFFINITY, type Scorer } from './scorer';
export { type Evidence, evidenceOf, evidencePercent } from './shown';
