// The engine's public surface. Nothing here knows about Apps Script: plain data in, plain data out.
export { CallError } from './call-error';
export { mapColumnInGrid } from './column-mapping';
export { type ColumnDescription, type ColumnRole, describeColumns } from './column-roles';
export { type ColumnMatch, countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from './columns';
export { agreement, assignFolds, CV_FOLDS, crossValidate } from './cross-validation';
export {
  distmodel,
  mapGrid,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  type OutputCell,
  type OutputKind,
  parseOutputKind,
  scoreGrid,
} from './distmodel';
export type { FactorContribution, RowExplanation } from './explain';
export { BUILT_IN_FACTORS, type BuiltInFactor, HEADERLESS_ORDER, PRODUCT_COLUMN } from './factors';
export { AFFINITY_STEP, DEFAULT_STRENGTH, MAX_STRENGTH } from './fit';
export { FIT_NOTE_PREFIX, fitSummary, fittedGrid, NOTE_COLUMN, rowNotes } from './fit-notes';
export { type FactChange, type Flip, type FlipPair, findFlip, findFlipPair } from './flip';
export { FLIP_HEADERS } from './flip-cells';
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
export { MODEL_DISPLAY_NAMES, MODEL_IDS, MODEL_NAMES, type ModelId } from './models';
export { type DecimalMark, decimalMarkOf } from './number-locale';
export { errorValueOf, isPlaceholder } from './placeholders';
export { findPreset, PRESET_NAMES, type PresetName, presetDescription, presetTable } from './presets';
export { parseAmount, readAmountText } from './price';
export { type ProductResult, scoreProduct } from './product';
export type { Reading } from './reading';
export { rowMessage } from './row-message';
export { isUnstartedRow } from './row-state';
export {
  type FactChangeView,
  type FlipView,
  productWhatIf,
  type RowWhatIf,
  rowWhatIf,
  type WeightRangeView,
} from './row-what-if';
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
export { keepsAt, ROBUST_FACTOR, type WeightRange, weightRanges } from './sensitivity';
export { distmodelSensitivity, NO_LIMIT, sensitivityHeader } from './sensitivity-grid';
export { CONFIDENCE_LEVELS, type Confidence, confidenceOf, type Evidence } from './shown';
export { isBlank, isDate, normalizeKey } from './text';
export { type PortfolioShifts, portfolioWeightShifts, type WeightShift } from './weight-shifts';
export { presetScorer, resolveWeights } from './weights-source';
export {
  type FactorTable,
  findHeaderRow,
  findTableColumns,
  missingColumns,
  PRODUCT_COLUMN_HEADER,
  parseWeightsTable,
  readNumber,
  splitColumnHeaders,
  TABLE_COLUMNS,
  type TableColumns,
  type TableProblem,
  type WeightsTable,
  type WeightsTableResult,
  weightsTableToGrid,
} from './weights-table';
export { roundedWeight } from './what-if';
