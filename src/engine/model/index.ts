// The decision model: the four distribution models, the factors and their levels, weights tables and presets.
// The door of src/engine/model/: other parts import from here.
export { BUILT_IN_FACTORS, type BuiltInFactor, HEADERLESS_ORDER, PRODUCT_COLUMN } from './factors';
export { MODEL_DISPLAY_NAMES, MODEL_IDS, MODEL_NAMES, type ModelId } from './models';
export {
  balancedNote,
  findPreset,
  PRESET_NAMES,
  type PresetName,
  presetDescription,
  presetTable,
} from './presets';
export { presetScorer, resolveWeights } from './weights-source';
export {
  type FactorRowGroup,
  type FactorTable,
  findHeaderRow,
  findTableColumns,
  groupFactorRows,
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
