// Several raters per product: their consensus, where they disagree, and whether it changes the answer.
// The door of src/engine/consensus/: other parts import from here.
export { consensusOf, type Dispute, type ProductConsensus } from './consensus';
export {
  CONSENSUS_HEADERS,
  CONSENSUS_OUTPUTS,
  type ConsensusCell,
  type ConsensusOutput,
  consensusGrid,
  distmodelConsensus,
  notesText,
  settleText,
} from './consensus-grid';
export { type ConsensusJudgement, judgeConsensus } from './judgement';
export {
  type ProductRatings,
  RATER_COLUMN,
  type RaterRating,
  type RatingsBlock,
  raterColumnOf,
  readRatings,
} from './ratings';
export {
  type TeamData,
  type TeamFactorData,
  type TeamPortfolioData,
  type TeamProductData,
  teamView,
} from './team-view';
