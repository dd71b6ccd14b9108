// The server functions the sidebar and the menu call, each wrapped so a failure reaches the user as one
// readable sentence. They only adapt: the spreadsheet is read and written here, scoring is the engine's.
import type {
  ActiveRow,
  ChartResult,
  FitResult,
  FitSourceResult,
  InitialState,
  PortfolioSummary,
  SaveResult,
  ScoreResult,
  Selection,
  SetupResult,
  WeightShifts,
  WeightsState,
} from '../shared/sidebar-contract';
import { readActiveRow } from './active-row';
import { bigQuerySql } from './bigquery-sql';
import { readable } from './errors';
import { initialState } from './initial-state';
import { fitFromSheet, fitSource } from './learning';
import { setUpProductSheet } from './product-sheet';
import { insertChart, portfolioSummary, scoreProducts as scoreActiveSheet, weightShifts } from './scoring';
import { showHelp as help, openSidebar as open, scoreSelectedRows as scoreFromMenu } from './ui';
import {
  detectionScorer,
  useSharedWeights as pointAtShared,
  readStoredGrid,
  readStoredTable,
  readWeightsState,
  saveWeightsTable,
} from './weights';

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export const getInitialState = readable('open the sidebar', (): InitialState => initialState(active()));
export const getWeights = readable('read the weights', (): WeightsState => readWeightsState(active()));
export const getActiveRow = readable('read the active row', (): ActiveRow | null => {
  const ss = active();
  return readActiveRow(ss, detectionScorer(readStoredGrid(ss)));
});
// Polled while the sidebar is open: only the grid is read, not the named range the weights state checks; its
// version tells the sidebar when the weights sheet changed under it (a hand edit, a colleague's save, Undo).
export const getSelection = readable('read the active row', (): Selection => {
  const ss = active();
  const stored = readStoredTable(ss);
  return { row: readActiveRow(ss, detectionScorer(stored.grid)), weightsVersion: stored.version };
});
export const saveWeights = readable(
  'save the weights',
  (grid: unknown, baseVersion: unknown): SaveResult => saveWeightsTable(active(), grid, baseVersion),
);
export const useSharedWeights = readable(
  'point the formulas at the shared weights',
  (): WeightsState => pointAtShared(active()),
);
export const setupProductSheet = readable(
  'set up a product sheet',
  (): SetupResult => setUpProductSheet(active()),
);
export const scoreProducts = readable(
  'score the products',
  (request: unknown): ScoreResult => scoreActiveSheet(request),
);
export const getPortfolioSummary = readable(
  'summarize the products',
  (): PortfolioSummary => portfolioSummary(active()),
);
export const getWeightShifts = readable(
  'count the products each weight can change',
  (): WeightShifts => weightShifts(active()),
);
export const insertSummaryChart = readable('insert the chart', (): ChartResult => insertChart(active()));
export const openSidebar = readable('open the sidebar', (): void => open());
export const scoreSelectedRows = readable('score the selected rows', (): void => scoreFromMenu());
export const showHelp = readable('show help', (): void => help());
export const getFitSource = readable('look for the known models', (): FitSourceResult => fitSource(active()));
export const fitWeights = readable(
  'learn from the products',
  (request: unknown): FitResult => fitFromSheet(active(), request),
);
export const getBigQuerySql = readable('get the BigQuery function', (dataset: unknown): string =>
  bigQuerySql(dataset),
);
