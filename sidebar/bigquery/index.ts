// Scoring beyond one spreadsheet: the BigQuery function.
// The door of sidebar/bigquery/: code outside this folder imports from here.
export * from './bigquery-panel';
