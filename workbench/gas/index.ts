// Public API of the in-memory Apps Script stand-ins (issue #3 §1). Everything the workbench, the server
// tests and the benchmarks need is exported from here; import nothing from the other files directly.
//
// HyperFormula (GPL-3.0) is used underneath. It is a development dependency of the workbench and the tests
// only: nothing under src/ may import this folder, and nothing from it ends up in dist/.
//
// STATUS: public API first (types and signatures); bodies are being filled in. Signatures are stable.

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';
/** Same shape as ScriptApp.AuthMode: AuthMode.NONE === 'NONE', ... */
export declare const AuthMode: { readonly [K in AuthModeName]: K };

/** What Range.getValues returns per cell: "" for empty, numbers, booleans, strings, Dates. */
export type CellValue = string | number | boolean | Date;
/** A cell's error as Sheets shows it: type like '#REF!', '#ERROR!', '#N/A'; message is the tooltip text. */
export interface CellError {
  readonly type: string;
  readonly message: string;
}
/** A 1-based rectangle on one sheet (Apps Script's convention). */
export interface GridRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface WorkbookOptions {
  /** Sheets to create, in order, with initial contents (strings starting with "=" are formulas). */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Grid size of new sheets; Sheets' default is 1000 x 26. */
  readonly defaultRows?: number;
  readonly defaultColumns?: number;
}

/** Serializable state for save/reload (JSON.stringify-able). */
export interface WorkbookSnapshot {
  readonly version: 1;
  readonly sheets: readonly {
    readonly name: string;
    readonly sheetId: number;
    readonly rows: number;
    readonly columns: number;
    readonly frozenRows: number;
    /** Cell contents as entered: formulas as text ("=..."), values as numbers/booleans/strings/ISO dates. */
    readonly cells: readonly (readonly unknown[])[];
    readonly numberFormats: readonly (readonly [a1: string, format: string])[];
  }[];
  readonly namedRanges: readonly { readonly name: string; readonly range: GridRange }[];
}

/** A custom function as registered into the formula engine: receives converted arguments. */
export type CustomFunctionImpl = (...args: unknown[]) => unknown;

export interface WorkbookChange {
  /** Sheets whose values may have changed (recalculation included). */
  readonly sheets: readonly string[];
}

/** The document: sheets, cells, formulas (HyperFormula), named ranges, formats and recorded extras. */
export declare class Workbook {
  constructor(options?: WorkbookOptions);
  static fromSnapshot(snapshot: WorkbookSnapshot): Workbook;
  snapshot(): WorkbookSnapshot;

  sheetNames(): string[];
  hasSheet(name: string): boolean;
  sheetId(name: string): number;
  /** Throws Apps Script's message when the name is taken. */
  addSheet(name: string, options?: { index?: number; rows?: number; columns?: number }): void;
  removeSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  /** Grid size (getMaxRows/getMaxColumns) and content extent (getLastRow/getLastColumn). */
  size(sheet: string): { rows: number; columns: number; lastRow: number; lastColumn: number };
  insertRowsAfter(sheet: string, afterRow: number, howMany: number): void;
  insertColumnsAfter(sheet: string, afterColumn: number, howMany: number): void;

  /** Parses A1 notation ("A1", "A2:L", "B:B", "'My sheet'!A1:C3", a named range) against `defaultSheet`. */
  resolve(a1: string, defaultSheet?: string): GridRange;

  /** Writes what a user types or setValues writes: "=..." is a formula, "" clears; one batch, one recalc. */
  setContents(range: GridRange, grid: readonly (readonly unknown[])[]): void;
  getValues(range: GridRange): CellValue[][];
  /** Formulas as entered ("" where the cell holds a value or a spilled result). */
  getFormulas(range: GridRange): string[][];
  getDisplayValues(range: GridRange): string[][];
  /** Error of one cell (row/column 1-based), or null. */
  getError(sheet: string, row: number, column: number): CellError | null;
  clear(range: GridRange, what?: { contents?: boolean; formats?: boolean }): void;
  setNumberFormats(range: GridRange, formats: readonly (readonly string[])[]): void;
  getNumberFormats(range: GridRange): string[][];

  setNamedRange(name: string, range: GridRange): void;
  removeNamedRange(name: string): void;
  namedRanges(): { name: string; range: GridRange }[];

  /** Registers custom functions (upper-case names) into the formula engine; formulas using them recalc. */
  registerCustomFunctions(functions: Readonly<Record<string, CustomFunctionImpl>>): void;

  /** Called after every change with the sheets touched. Returns an unsubscribe function. */
  onChange(listener: (change: WorkbookChange) => void): () => void;
}

/** Counts every service call: total and per "Class.method" (e.g. "Range.getValues"). */
export interface CallCounter {
  readonly total: number;
  count(method: string): number;
  byMethod(): Record<string, number>;
  reset(): void;
}

/** What the add-on did to the UI, for tests and for the workbench to render. */
export interface UiLog {
  readonly menus: { title: string; items: ({ label: string; functionName: string } | 'separator')[] }[];
  readonly sidebars: { title: string; html: string; width: number }[];
  readonly dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[];
  readonly alerts: { title: string; prompt: string; buttons: string }[];
  readonly toasts: { title: string; message: string }[];
  /** Answer for the next alert/prompt: a Button name ('OK', 'YES', ...) and for prompt the text. */
  respondWith(button: string, text?: string): void;
}

export interface EnvironmentOptions {
  readonly workbook?: Workbook;
  readonly authMode?: AuthModeName;
  /** The user's e-mail (Session.getActiveUser().getEmail()). */
  readonly user?: string;
  /** Where HtmlService reads <name>.html from. Default dist/. */
  readonly htmlDir?: string;
}

/** The Apps Script globals to hand to loadBundle (workbench/vm.ts). */
export interface GasServices {
  SpreadsheetApp: unknown;
  PropertiesService: unknown;
  LockService: unknown;
  HtmlService: unknown;
  Utilities: unknown;
  Session: unknown;
  Logger: unknown;
  ScriptApp: unknown;
}

/** One user running scripts on one document. Forks share the document (workbook, document and script
 * properties, locks) and have their own user properties, UI log, selection and call counter. */
export interface Environment {
  readonly workbook: Workbook;
  readonly services: GasServices;
  readonly calls: CallCounter;
  readonly ui: UiLog;
  readonly user: string;
  authMode: AuthModeName;
  /** Active sheet and selection of this user (A1, sheet-qualified or on the active sheet). */
  setActiveRange(a1: string): void;
  /** Another user or execution on the same document. */
  fork(options?: { user?: string; authMode?: AuthModeName }): Environment;
}

export declare function createEnvironment(options?: EnvironmentOptions): Environment;

export interface Addon {
  readonly env: Environment;
  /** Calls a top-level function of dist/Code.js as a menu click or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Top-level functions whose JSDoc has @customfunction. */
  readonly customFunctions: readonly string[];
  readonly functionNames: readonly string[];
}

/** Loads dist/Code.js (or `code`) with env's services and registers its custom functions into the workbook
 * (they run in their own vm with AuthMode.CUSTOM_FUNCTION services). */
export declare function loadAddon(env: Environment, options?: { code?: string }): Addon;

/** Simulates opening the file: calls onOpen(e) with AuthMode NONE (add-on not enabled in the file) or
 * LIMITED (enabled), restoring env.authMode afterwards. */
export declare function openSpreadsheet(addon: Addon, options?: { enabled?: boolean }): void;
