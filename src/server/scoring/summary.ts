// The portfolio summary: how many products of the active sheet's table fall in each model (scored by the
// engine), and a native chart of it on a sheet of its own.
import { isBlank, MODEL_DISPLAY_NAMES, portfolioWeightShifts } from '../../engine';
import type { ChartResult, PortfolioSummary, WeightShifts } from '../../shared/sidebar-contract';
import { UserError } from '../errors';
import { insertSheetInBackground, literalGrid, tableRows } from '../sheets';
import { toSummary } from './plan';
import { areaFormulas, dataRows, readSnapshot, type Snapshot, tallyTable } from './scoring-snapshot';
import { uncoveredRows } from './uncovered-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SUMMARY_SHEET_NAME = 'DistModel summary';
const SUMMARY_HEADER = ['Distribution model', 'Products'] as const;

function activeTable(ss: Spreadsheet): Snapshot {
  const sheet = ss.getActiveSheet();
  const snap = readSnapshot(ss, sheet);
  if (!snap) {
    throw new UserError(
      `No product table found on "${sheet.getName()}": open the sheet with your products first.`,
    );
  }
  return snap;
}

function summaryOf(snap: Snapshot): PortfolioSummary {
  return toSummary(tallyTable(snap, dataRows(snap.table)), snap.sheet.getName());
}

/** The summary, and the product rows live output does not reach (uncovered-rows.ts), if any. */
export function portfolioSummary(ss: Spreadsheet): PortfolioSummary {
  const snap = activeTable(ss);
  const uncovered = uncoveredRows(snap, areaFormulas(snap, snap.table.lastRow));
  return uncovered ? { ...summaryOf(snap), uncovered } : summaryOf(snap);
}

/**
 * For each factor, how many of the active table's products change model if its weight alone is halved or
 * doubled: one read of the sheet, then one exact sensitivity analysis per row in the engine.
 */
export function weightShifts(ss: Spreadsheet): WeightShifts {
  const { table, values, scorer, reading } = activeTable(ss);
  const rows = tableRows(values, table, table.headerRow + 1, table.lastRow);
  return portfolioWeightShifts(scorer, table.headers, rows, reading);
}

/** The summary layout: the chart's data (header and one row per model), then notes below a gap. */
function summaryGrid(summary: PortfolioSummary, source: string): (string | number)[][] {
  return [
    [...SUMMARY_HEADER],
    ...MODEL_DISPLAY_NAMES.map((name) => [name, summary.counts[name] ?? 0]),
    ['', ''],
    ['Rows with problems', summary.invalid],
    ['Of the products scored, on thin evidence', summary.thin],
    ['Products scored from', source],
  ];
}

/** A summary sheet is DistModel's when it is empty or starts with the summary header. */
function isOurs(sheet: Sheet): boolean {
  const values = sheet.getRange(1, 1, 1, 2).getValues()[0] ?? [];
  const empty = sheet.getLastRow() === 0 || values.every(isBlank);
  return empty || (values[0] === SUMMARY_HEADER[0] && values[1] === SUMMARY_HEADER[1]);
}

function summarySheet(ss: Spreadsheet): Sheet {
  for (let n = 1; ; n++) {
    const name = n === 1 ? SUMMARY_SHEET_NAME : `${SUMMARY_SHEET_NAME} ${n}`;
    const sheet = ss.getSheetByName(name);
    if (!sheet) return insertSheetInBackground(ss, name);
    if (isOurs(sheet)) return sheet;
  }
}

export function insertChart(ss: Spreadsheet): ChartResult {
  const snap = activeTable(ss);
  const summary = summaryOf(snap);
  const source = snap.sheet.getName();
  const sheet = summarySheet(ss);
  const grid = summaryGrid(summary, source);
  sheet.getRange(1, 1, grid.length, 2).setValues(literalGrid(grid));
  // Replaces the chart this sheet already shows instead of stacking a new one on it.
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const chart = sheet
    .newChart()
    .asColumnChart()
    .addRange(sheet.getRange(1, 1, MODEL_DISPLAY_NAMES.length + 1, 2))
    .setPosition(1, 4, 0, 0)
    .setOption('title', `Distribution models of "${source}"`)
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
  return { sheetName: sheet.getName() };
}
