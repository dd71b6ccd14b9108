// The server functions the sidebar and the menu call, each wrapped so a failure reaches the user as one
// readable sentence. They only adapt: the spreadsheet is read and written here, scoring is the engine's.

import { presetScorer, type Scorer } from '../engine';
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
import { type RowContext, readActiveRow } from './active-row';
import { readable } from './errors';
import { initialState } from './initial-state';
import { fitFromSheet, fitSource } from './learning';
import { setUpProductSheet } from './product-sheet';
import { asRowProbe, asSelectionProbe } from './row-probe';
import { insertChart, portfolioSummary, scoreProducts as scoreActiveSheet, weightShifts } from './scoring';
import { readingOf } from './sheets';
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

export const getInitialState = readable('open the sidebar', (): InitialState => initialState(active()));
export const getWeights = readable('read the weights', (): WeightsState => readWeightsState(active()));
export const getActiveRow = readable('read the active row', (probe?: unknown): ActiveRow | null =>
  readActiveRow(SpreadsheetApp.getActiveSheet(), asRowProbe(probe), cursorContext()),
);
// Polled while the sidebar is open: the row (alone, when the probe places its table) and, when asked, the
// weights version (the named range's values), which tells the sidebar the weights sheet changed under it.
export const getSelection = readable('read the active row', (probe?: unknown): Selection => {
  const asked = asSelectionProbe(probe);
  const row = readActiveRow(SpreadsheetApp.getActiveSheet(), asked, cursorContext());
  return { row, weightsVersion: asked.checkWeights ? readStoredTable(active()).version : null };
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
