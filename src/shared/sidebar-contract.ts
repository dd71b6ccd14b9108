// The contract between the sidebar (browser) and the server (Apps Script): every server function the
// sidebar may call through google.script.run, with its argument and result types. Only plain data crosses:
// strings, numbers, booleans, null, plain objects and arrays (no Date, no undefined inside arrays).
// The sidebar's typed client (sidebar/api.ts) is derived from this one interface, and the server's entry
// points (src/server/index.ts) are checked against it: adding a call means editing this file and the server.

import type { TeamData, TeamFactorData, TeamPortfolioData, TeamProductData } from '../engine/consensus';

import type { Catalogue } from '../i18n/catalogue/en';
import type { Language } from './languages';

/** A cell value as it may cross google.script.run (Dates are sent as ISO text). */
export type PlainCell = string | number | boolean | null;

/** A weights table as a grid: header row (Factor, Level, Weight, four model names, ...), then level rows. */
export type WeightsGrid = PlainCell[][];

export interface PresetInfo {
  readonly name: string;
  readonly description: string;
  readonly grid: WeightsGrid;
}

/** A problem in the weights sheet, located so the sidebar can say which cell is wrong. */
export interface WeightsProblem {
  /** A1 notation in the weights sheet, e.g. "'DistModel weights'!C7"; null when it is not one cell. */
  readonly cell: string | null;
  readonly message: string;
}

export interface WeightsState {
  /** The table as stored in the weights sheet, or the Balanced preset when the sheet does not exist yet. */
  readonly grid: WeightsGrid;
  /** Whether the configuration sheet and its named range exist (formulas can read the weights). */
  readonly stored: boolean;
  /** The configuration sheet's current name (the user may rename it), or null when there is none. */
  readonly sheetName: string | null;
  /** A configuration was applied and its sheet deleted since: `grid` is the table last applied, to restore. */
  readonly lost: boolean;
  /**
   * DISTMODEL formulas (first few) that read other weights than the shared range, so their results may
   * differ from what the sidebar shows; empty when there is no shared configuration.
   */
  readonly otherFormulas: readonly WeightsFormula[];
  /** How many such formulas there are in all. */
  readonly otherFormulaCount: number;
  /** Problems of a hand-edited table; empty when it is valid. The grid is still returned, nothing is lost. */
  readonly problems: readonly WeightsProblem[];
  /** Opaque token of the stored table's content; sent back on save to detect a concurrent save. */
  readonly version: string;
}

/** A DISTMODEL formula and the weights it reads, e.g. { cell: "Products!M1", uses: "no weights: the Balanced preset" }. */
export interface WeightsFormula {
  readonly cell: string;
  readonly uses: string;
}

/** The row the user's cursor is on, with the header of its table, for the live preview. */
export interface ActiveRow {
  readonly sheetName: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly headers: PlainCell[];
  readonly values: PlainCell[];
  /** The product's name, shown as text. */
  readonly product: string;
  /** The spreadsheet's locale (getSpreadsheetLocale), to read text amounts as formulas do; null if unknown. */
  readonly locale: string | null;
  /** 1-based sheet row of the table's header, and its first column: where `headers` and `values` start. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Index into `headers` of the product name's column; -1 when the table has none. */
  readonly productColumn: number;
}

/**
 * What the sidebar already knows, sent with a read of the active row so the server reads only what may have
 * changed (each spreadsheet call is a round trip inside Google's servers).
 */
export interface RowProbe {
  /**
   * The row the sidebar shows (the last answer), or null. While the cursor stays on its sheet below its
   * header, only the cursor's row is read; the header is read again on another sheet or on Refresh (null).
   */
  readonly shown: ActiveRow | null;
  /** The spreadsheet's locale as the sidebar has it (InitialState.locale); when absent it is read. */
  readonly locale?: string | null;
}

/** The sidebar's poll: a RowProbe, and whether to check the weights sheet's version this time. */
export interface SelectionProbe extends RowProbe {
  readonly checkWeights: boolean;
}

/** What the sidebar polls while it is open: the active row, and the version of the weights sheet now. */
export interface Selection {
  readonly row: ActiveRow | null;
  /**
   * WeightsState.version of the table as the sheet holds it now (a change means it was edited or saved), or
   * null when the probe did not ask.
   */
  readonly weightsVersion: string | null;
  /**
   * The weights sheet's name as it is now when the probe checked the weights (a tab renamed since the
   * sidebar loaded: issue #17), else null or absent.
   */
  readonly weightsSheetName?: string | null;
}

/** Everything the first screen needs, put into the HTML template so opening costs no extra round trip. */
export interface InitialState {
  readonly presets: readonly PresetInfo[];
  readonly weights: WeightsState;
  readonly activeRow: ActiveRow | null;
  /** The spreadsheet's locale (getSpreadsheetLocale), sent back in RowProbe.locale; null if unknown. */
  readonly locale: string | null;
  readonly closeCallMargin: number;
  /** The user's language (Session.getActiveUserLocale), one DistModel speaks: "en", "de", "fr", "es", "ja". */
  readonly language: Language;
  /** The user's language's words (src/i18n/catalogue): the sidebar carries none of its own. */
  readonly words: Catalogue;
  /** The last scoring run on the active sheet, so a sidebar opened or reloaded after it says how it ended. */
  readonly lastRun?: LastRun | null;
}

/**
 * A scoring run as a sidebar opened later finds it (issue #17: a reload during a long run showed nothing).
 * `at` is when it finished or last wrote a chunk (ms since 1970).
 */
export type LastRun =
  | { readonly status: 'finished'; readonly range: string; readonly rows: number; readonly at: number }
  /** Stopped between chunks (the sidebar that drove it was closed or reloaded): Resume with `jobId`. */
  | {
      readonly status: 'unfinished';
      readonly jobId: string;
      readonly scope: ScoreScope;
      readonly done: number;
      readonly total: number;
      readonly at: number;
    };

export type SaveResult =
  | { readonly status: 'saved'; readonly weights: WeightsState }
  /** Someone saved since `baseVersion`: nothing was written; the sidebar shows theirs and asks to reload. */
  | { readonly status: 'conflict'; readonly weights: WeightsState }
  | { readonly status: 'invalid'; readonly problems: readonly WeightsProblem[] };

export type ScoreScope = 'selection' | 'table';
/** Live DISTMODEL formulas, or frozen values for collaborators without the add-on. */
export type ScoreMode = 'formulas' | 'values';

export interface ScoreRequest {
  readonly scope: ScoreScope;
  readonly mode: ScoreMode;
  /** Set after the user agreed to write over cells they own (listed in a previous 'needs-confirmation'). */
  readonly overwrite: boolean;
  /** Resume a job that stopped part-way (from a 'partial' result); null starts a new one. */
  readonly jobId: string | null;
}

export type ScoreResult =
  /**
   * Target cells hold the user's own content: nothing was written. `range` is the sheet-qualified output
   * area (e.g. "Products!M1:T101"); `occupiedCells` names the first few user cells in it (A1, e.g. "N5"),
   * `occupiedCount` how many there are in all. A user cell is one DistModel did not write, or wrote and
   * the user changed since. Call again with overwrite: true (and the same jobId) to write.
   */
  | {
      readonly status: 'needs-confirmation';
      readonly range: string;
      readonly occupiedCells: readonly string[];
      readonly occupiedCount: number;
      /**
       * Live DISTMODEL formulas whose results cover selected rows, that frozen values for those rows would
       * replace (a spill cannot be split): the run then freezes every row they cover. Empty otherwise.
       */
      readonly replacesLive: readonly LiveOutput[];
    }
  /**
   * Part of a table too large for one execution was written; call again with this jobId (same scope and
   * mode) to go on. Rows are written whole, never half. `done` and `total` count product rows.
   */
  | { readonly status: 'partial'; readonly jobId: string; readonly done: number; readonly total: number }
  /**
   * `range` is the sheet-qualified output area written; `rows` the product rows it covers (more than were
   * selected when a live formula covering them was replaced); `replacedLive` the live formulas replaced by
   * frozen values; `summary` counts the whole table, not only the rows written.
   */
  | {
      readonly status: 'done';
      readonly range: string;
      readonly rows: number;
      readonly replacedLive: readonly LiveOutput[];
      readonly summary: PortfolioSummary;
    }
  | { readonly status: 'no-table'; readonly message: string };

/** A live DISTMODEL formula in the output columns: its cell (A1, e.g. "O1") and the cells its results cover ("O1:Y25"). */
export interface LiveOutput {
  readonly cell: string;
  readonly covers: string;
}

/**
 * How many products of the whole table fall in each model (keys are model display names), plus rows with
 * problems; `thin` of the scored products rest on thin evidence (Confidence "Thin evidence": under half of
 * the weight known), and are included in `counts`.
 */
export interface PortfolioSummary {
  readonly counts: Readonly<Record<string, number>>;
  readonly invalid: number;
  readonly total: number;
  readonly thin: number;
  /** The sheet whose table was counted, so a count of another sheet is never shown as this one's. */
  readonly sheetName?: string;
  /** Product rows the sheet's live formulas do not reach (no result shown); absent when there are none. */
  readonly uncovered?: UncoveredRows;
}

/** Product rows without a result under live output: how many, and which ("5682, 9000-9003 and 2 more"). */
export interface UncoveredRows {
  readonly count: number;
  readonly rows: string;
}

/** One factor's weight halved or doubled (the others unchanged): products that would change model. */
export interface WeightShiftCount {
  readonly factor: string;
  readonly weight: number;
  readonly halved: number;
  readonly doubled: number;
}

/** Which weights the active sheet's portfolio hinges on, with the stored weights. */
export interface WeightShifts {
  /** Products scored; rows with problems, blank rows and rows without any factor value are left out. */
  readonly scored: number;
  /** One per factor with a weight above 0, in the weights table's order. */
  readonly shifts: readonly WeightShiftCount[];
}

export interface SetupResult {
  readonly sheetName: string;
}

export interface ChartResult {
  readonly sheetName: string;
}

/** A column of the product table on the active sheet that may hold each product's known model. */
export interface ModelColumn {
  /** 1-based sheet column. */
  readonly column: number;
  readonly header: string;
  /** How many of the table's rows name a model in this column. */
  readonly named: number;
}

export type FitSourceResult =
  | {
      readonly status: 'ok';
      readonly sheetName: string;
      /** Product rows of the table. */
      readonly rows: number;
      /** Columns that are neither a factor nor the product name and name a model in some row, in sheet order. */
      readonly columns: readonly ModelColumn[];
      /** The column where most rows name a model (none: null). */
      readonly suggested: number | null;
    }
  | { readonly status: 'no-table'; readonly message: string };

export interface FitRequest {
  /** 1-based sheet column holding the known models, on the active sheet. */
  readonly column: number;
  /** The most any one affinity may move (0-4). */
  readonly strength: number;
}

/** Of `total` known products, how many a table recommends as their known model. */
export interface AgreementCount {
  readonly agree: number;
  readonly total: number;
}

/** One affinity cell the fit would change. `model` is a display name. */
export interface AffinityDiff {
  readonly factor: string;
  readonly level: string;
  readonly model: string;
  readonly from: number;
  readonly to: number;
}

/** One of the user's known products after a fit: its sheet row, name, and the three models. Display names. */
export interface FitProductRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly product: string;
  readonly known: string;
  readonly start: string;
  readonly table: string;
}

/** Per model: agreement of the saved table and of the fit on that model's unseen known products. */
export interface ModelAgreement {
  readonly model: string;
  readonly before: AgreementCount;
  readonly after: AgreementCount;
}

/** One criteria weight the fit would change. */
export interface WeightDiff {
  readonly factor: string;
  readonly from: number;
  readonly to: number;
}

export type FitResult =
  | {
      readonly status: 'fitted';
      /** adopted: the fit beat the start on unseen products; otherwise the table would not change. */
      readonly verdict: 'adopted' | 'not-better' | 'no-change';
      /** The summary the table's notes start with. */
      readonly summary: string;
      /** The saved table's agreement, and the fit's cross-validated agreement (unseen products). */
      readonly before: AgreementCount;
      readonly after: AgreementCount;
      /** How many folds (grouped by product profile); leave-one-out when each profile was its own fold. */
      readonly folds: number;
      readonly leaveOneOut: boolean;
      /** Per model with known products, and the balanced accuracy (0-1) before and after. */
      readonly perModel: readonly ModelAgreement[];
      readonly balanced: { readonly before: number; readonly after: number };
      /** Models whose unseen products the fit gets wrong more often (by more than one): why it was refused. */
      readonly hurt: readonly string[];
      /** Rows with something in the model column that were left out (not a model, unreadable). */
      readonly skipped: number;
      readonly changes: readonly AffinityDiff[];
      readonly weightChanges: readonly WeightDiff[];
      /** Known products the table to use still gets wrong, and those whose answer it changes (first 50 each). */
      readonly stillWrong: readonly FitProductRow[];
      readonly stillWrongCount: number;
      readonly changed: readonly FitProductRow[];
      readonly changedCount: number;
      /** The table to save (the saved one with fitted affinities and notes), and the version it started from. */
      readonly grid: WeightsGrid;
      readonly version: string;
    }
  /** The products cannot be learned from (too few per model, an unknown name, ...): nothing was fitted. */
  | { readonly status: 'problem'; readonly message: string };

/**
 * The Team view's shapes are the engine's (src/engine/consensus/team-view.ts), named here for the sidebar:
 * one factor with each rater's level, the selected product, one row of the portfolio.
 */
export type TeamFactor = TeamFactorData;
export type TeamProduct = TeamProductData;
export type TeamPortfolioRow = TeamPortfolioData;

export type TeamView =
  /** product: the selected row's, null when the cursor is not on one; orphans: rows naming no product. */
  | ({ readonly status: 'ok'; readonly sheetName: string } & TeamData)
  /** The active sheet holds no ratings block (a header with Product and Rater columns). */
  | { readonly status: 'none'; readonly message: string };

/** Server functions callable from the sidebar. Each returns plain data or throws an Error with a readable message. */
export interface SidebarApi {
  getInitialState(): InitialState;
  getWeights(): WeightsState;
  getActiveRow(probe?: RowProbe): ActiveRow | null;
  /** The active row and, when asked, the weights version in one call (the sidebar's poll). */
  getSelection(probe?: SelectionProbe): Selection;
  saveWeights(grid: WeightsGrid, baseVersion: string): SaveResult;
  /** Points every DISTMODEL formula that reads other weights at the shared range; the weights state after. */
  useSharedWeights(): WeightsState;
  setupProductSheet(): SetupResult;
  /** A ratings sheet: one row per product and rater, dropdowns, a filter and the consensus formula. */
  setupRatingsSheet(): SetupResult;
  /** The raters' views of the active ratings sheet: the selected product side by side, and the portfolio. */
  getTeamView(): TeamView;
  scoreProducts(request: ScoreRequest): ScoreResult;
  getPortfolioSummary(): PortfolioSummary;
  getWeightShifts(): WeightShifts;
  insertSummaryChart(): ChartResult;
  getFitSource(): FitSourceResult;
  fitWeights(request: FitRequest): FitResult;
  /** The SQL that creates DistModel's BigQuery function in `dataset` (blank: "ds"). */
  getBigQuerySql(dataset: string): string;
}

/**
 * What each call does, as the phrase that completes "Could not ...": the one table of action phrases, used
 * by the server's entry points (src/server/entry-points.ts) and by the sidebar's client (sidebar/api.ts),
 * which also takes its list of callable names from it.
 */
export const CALL_ACTIONS: Readonly<Record<keyof SidebarApi, string>> = {
  getInitialState: 'load DistModel',
  getWeights: 'load the weights',
  getActiveRow: 'read the selected row',
  getSelection: 'read the selected row',
  saveWeights: 'save the weights',
  useSharedWeights: 'change the formulas',
  setupProductSheet: 'set up a product sheet',
  setupRatingsSheet: 'set up ratings',
  getTeamView: 'read the ratings',
  scoreProducts: 'score the products',
  getPortfolioSummary: 'load the portfolio summary',
  getWeightShifts: 'count the products each weight can change',
  insertSummaryChart: 'insert the chart',
  getFitSource: 'look for the known models',
  fitWeights: 'learn from the products',
  getBigQuerySql: 'get the BigQuery function',
};
