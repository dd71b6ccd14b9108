// Entry points for hosts other than Sheets: a BigQuery UDF, the command line.
// The door of src/engine/hosts/: other parts import from here.
export {
  createRecordScorer,
  HOST_FIELDS,
  type HostField,
  type HostResult,
  type RecordScorer,
  scoreRecord,
} from './record-scorer';
export { scorerFromWeightsText } from './weights-text';
