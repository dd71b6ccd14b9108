// The engine's public surface. Nothing here knows about Apps Script: plain data in, plain data out.
export { CallError } from './call-error';
export { countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from './columns';
export {
  distmodel,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  type OutputCell,
  type OutputKind,
  parseOutputKind,
  scoreGrid,
} from './distmodel';
export type { FactorContribution, RowExplanation } from './explain';
export { BUILT_IN_FACTORS, type BuiltInFactor, HEADERLESS_ORDER, PRODUCT_COLUMN } from './factors';
export { MODEL_DISPLAY_NAMES, MODEL_IDS, MODEL_NAMES, type ModelId } from './models';
export { findPreset, PRESET_NAMES, type PresetName, presetDescription, presetTable } from './presets';
export { parseAmount } from './price';
export { type ProductResult, scoreProduct } from './product';
export { CLOSE_CALL_MARGIN, EMPTY_ROW_MESSAGE, MIN_EVIDENCE_SHARE, TIE_EPSILON } from './score';
export { compileWeights, POINTS_PER_AFFINITY, type Scorer } from './scorer';
export { CONFIDENCE_LEVELS, type Confidence, type Evidence } from './shown';
export { isBlank, isDate, normalizeKey } from './text';
export { presetScorer, resolveWeights } from './weights-source';
export {
  type FactorTable,
  findHeaderRow,
  findTableColumns,
  missingColumns,
  parseWeightsTable,
  readNumber,
  TABLE_COLUMNS,
  type TableColumns,
  type TableProblem,
  type WeightsTable,
  type WeightsTableResult,
  weightsTableToGrid,
} from './weights-table';
