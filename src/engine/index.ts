// The engine's public surface. Nothing here knows about Apps Script: plain data in, plain data out.
export { countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from './columns';
export {
  distmodel,
  EMPTY_ROW_MESSAGE,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  type OutputCell,
  type OutputKind,
  parseOutputKind,
  scoreGrid,
} from './distmodel';
export { explainRow, type FactorContribution, type RowExplanation, round1 } from './explain';
export { BUILT_IN_FACTORS, type BuiltInFactor, HEADERLESS_ORDER, PRODUCT_COLUMN } from './factors';
export { MODEL_DISPLAY_NAMES, MODEL_IDS, MODEL_NAMES, type ModelId } from './models';
export { findPreset, PRESET_NAMES, type PresetName, presetDescription, presetTable } from './presets';
export { parseAmount } from './price';
export { type ProductResult, scoreProduct } from './product';
export { CLOSE_CALL_MARGIN, TIE_EPSILON } from './score';
export { compileWeights, type Scorer } from './scorer';
export { CallError, presetScorer, resolveWeights, scorerFromGrid } from './weights-source';
export {
  type FactorTable,
  parseWeightsTable,
  TABLE_COLUMNS,
  type TableProblem,
  type WeightsTable,
  type WeightsTableResult,
  weightsTableToGrid,
} from './weights-table';
