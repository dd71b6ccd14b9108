// Learning from known products: reading them, cross-validation, fitting affinities and the fit notes.
// The door of src/engine/learning/: other parts import from here.
export { agreement, assignFolds, CV_FOLDS, crossValidate } from './cross-validation';
export { AFFINITY_STEP, DEFAULT_STRENGTH, MAX_STRENGTH } from './fit';
export { FIT_NOTE_PREFIX, fitSummary, fittedGrid, NOTE_COLUMN, rowNotes } from './fit-notes';
export { type KnownProducts, modelIndexOf, type RowNames, readKnownProducts } from './known-products';
export {
  type AffinityChange,
  type LearnResult,
  learnFrom,
  learnWeights,
  MIN_PRODUCTS_PER_MODEL,
  parseStrength,
  type Verdict,
} from './learn';
