// The server functions the sidebar and the menu call, each wrapped so a failure reaches the user as one
// readable sentence. They only adapt: the spreadsheet is read and written here, scoring is the engine's.
import { presetScorer, type Scorer } from '../engine';
import {
  type ActiveRow,
  CALL_ACTIONS,
  type ChartResult,
  type FitResult,
  type FitSourceResult,
  type InitialState,
  type PortfolioSummary,
  type SaveResult,
  type ScoreResult,
  type Selection,
  type SetupResult,
  type TeamView,
  type WeightShifts,
  type WeightsState,
} from '../shared/sidebar-contract';
import { type RowContext, readActiveRow } from './active-row';
import { bigQuerySql } from './bigquery-sql';
import { readable } from './errors';
import { initialState } from './initial-state';
import { fitFromSheet, fitSource } from './learning';
import { setUpProductSheet } from './product-sheet';
import { setUpRatingsSheet } from './ratings-sheet';
import { asRowProbe, asSelectionProbe } from './row-probe';
import { insertChart, portfolioSummary, scoreProducts as scoreActiveSheet, weightShifts } from './scoring';
import { readingOf } from './sheets';
import { readTeamView } from './team-view';
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

/**
 * What finding the cursor's row may need, asked for only then: the built-in column names first (no read),
 * then the stored weights' (a table of custom factors); the locale.
 */
function cursorContext(): RowContext {
  return {
    scorers: [() => presetScorer('Balanced') as Scorer, () => detectionScorer(readStoredGrid(active()))],
    locale: () => readingOf(active()).locale,
  };
}

export const getInitialState = readable(
  CALL_ACTIONS.getInitialState,
  (): InitialState => initialState(active()),
);
export const getWeights = readable(CALL_ACTIONS.getWeights, (): WeightsState => readWeightsState(active()));
export const getActiveRow = readable(CALL_ACTIONS.getActiveRow, (probe?: unknown): ActiveRow | null =>
  readActiveRow(SpreadsheetApp.getActiveSheet(), asRowProbe(probe), cursorContext()),
);
// Polled while the sidebar is open: the row (alone, when the probe places its table) and, when asked, the
// weights version (the named range's values), which tells the sidebar the weights sheet changed under it.
export const getSelection = readable(CALL_ACTIONS.getSelection, (probe?: unknown): Selection => {
  const asked = asSelectionProbe(probe);
  const row = readActiveRow(SpreadsheetApp.getActiveSheet(), asked, cursorContext());
  const stored = asked.checkWeights ? readStoredTable(active()) : null;
  return { row, weightsVersion: stored?.version ?? null, weightsSheetName: stored?.sheetName ?? null };
});
export const saveWeights = readable(
  CALL_ACTIONS.saveWeights,
  (grid: unknown, baseVersion: unknown): SaveResult => saveWeightsTable(active(), grid, baseVersion),
);
export const useSharedWeights = readable(
  CALL_ACTIONS.useSharedWeights,
  (): WeightsState => pointAtShared(active()),
);
export const setupProductSheet = readable(
  CALL_ACTIONS.setupProductSheet,
  (): SetupResult => setUpProductSheet(active()),
);
export const setupRatingsSheet = readable(
  CALL_ACTIONS.setupRatingsSheet,
  (): SetupResult => setUpRatingsSheet(active()),
);
export const getTeamView = readable(CALL_ACTIONS.getTeamView, (): TeamView => readTeamView(active()));
export const scoreProducts = readable(
  CALL_ACTIONS.scoreProducts,
  (request: unknown): ScoreResult => scoreActiveSheet(request),
);
export const getPortfolioSummary = readable(
  CALL_ACTIONS.getPortfolioSummary,
  (): PortfolioSummary => portfolioSummary(active()),
);
export const getWeightShifts = readable(
  CALL_ACTIONS.getWeightShifts,
  (): WeightShifts => weightShifts(active()),
);
export const insertSummaryChart = readable(
  CALL_ACTIONS.insertSummaryChart,
  (): ChartResult => insertChart(active()),
);
export const openSidebar = readable('open the sidebar', (): void => open());
export const scoreSelectedRows = readable('score the selected rows', (): void => scoreFromMenu());
export const showHelp = readable('show help', (): void => help());
export const getFitSource = readable(CALL_ACTIONS.getFitSource, (): FitSourceResult => fitSource(active()));
export const fitWeights = readable(
  CALL_ACTIONS.fitWeights,
  (request: unknown): FitResult => fitFromSheet(active(), request),
);
export const getBigQuerySql = readable(CALL_ACTIONS.getBigQuerySql, (dataset: unknown): string =>
  bigQuerySql(dataset),
);
