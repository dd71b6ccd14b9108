// Learning from known products: reading them, grouped cross-validation, fitting affinities and criteria
// weights, and the fit notes.
// The door of src/engine/learning/: other parts import from here.
export {
  type Agreement,
  CV_FOLDS,
  crossValidate,
  type FoldPlan,
  LEAVE_ONE_OUT_LIMIT,
  planFolds,
  predict,
  profileGroups,
} from './cross-validation';
export { AFFINITY_STEP, DEFAULT_STRENGTH, MAX_STRENGTH } from './fit';
export { FIT_NOTE_PREFIX, fitSummary, fittedGrid, NOTE_COLUMN, rowNotes } from './fit-notes';
export { FIT_PRODUCTS_SHOWN, type FitProduct, type FitProducts, fitProducts } from './fit-products';
export {
  type KnownProducts,
  modelIndexOf,
  type RowNames,
  readKnownProducts,
  type SkippedRow,
} from './known-products';
export {
  type AffinityChange,
  type LearnResult,
  learnFrom,
  learnWeights,
  MAX_MODEL_LOSS,
  MIN_PRODUCTS_PER_MODEL,
  parseStrength,
  type Verdict,
  type WeightChange,
} from './learn';
export { agreementPerModel, balancedAccuracy, wilsonInterval } from './per-model';
