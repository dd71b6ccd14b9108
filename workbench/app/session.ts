// One open workbook with the add-on running on it: the stand-in Workbook (HyperFormula) and services from
// workbench/gas, the built dist/Code.js loaded into them, and the user's active sheet and selection.
// Synchronous, like Apps Script: it runs inside a worker thread (session-worker.ts) so that a script
// waiting on Ui.alert can block while the page asks the user.

import { isDate } from '../../src/engine';
import { formatA1, quoteSheetName } from '../../src/shared/a1';
import {
  type Addon,
  createEnvironment,
  type DialogRequest,
  type Environment,
  type GridRange,
  loadAddon,
  type MenuRecord,
  openSpreadsheet,
  Workbook,
} from '../gas';
import type { ValidationRule } from '../gas/builders';
import { parseRangeA1 } from './a1';
import { recordCells, recordDocument, restoreRecord, type UndoRecord } from './change-journal';
import { csvToValues, valuesToCsv } from './csv';
import type {
  ButtonName,
  DialogAnswer,
  HtmlDialogView,
  MenuEntryView,
  MenuView,
  DialogRequest as PageDialog,
  RunOutcome,
  ServerEvent,
  Snapshot,
} from './protocol';
import { sampleWorkbook } from './sample';
import { isCallableName, toReturnValue } from './script-values';
import { chartView, sheetView } from './sheet-view';
import { typedInput } from './typed-input';
import { readWorkbookFile, writeWorkbookFile } from './workbook-file';

/** Sheets refuses a cell holding more than 50,000 characters. */
const MAX_CELL_CHARACTERS = 50_000;
/** Changes Edit > Undo can take back, newest last. */
const UNDO_DEPTH = 20;
/** Of which whole-document snapshots (a 50,000-row workbook's is tens of megabytes). */
const UNDO_DOCUMENTS = 5;
/** Sheets shows a toast for 5 seconds unless told otherwise. */
const TOAST_SECONDS = 5;

/** Steps of a change where a test can make it fail (injectFault), to check that nothing is lost. */
export const FAULT_STEPS = [
  'cells:write',
  'import:clear',
  'import:write',
  'structure:apply',
  'save:write',
] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/** A Ui.alert or Ui.prompt to ask; the worker gives it its id. */
export type DialogSpec = Omit<PageDialog, 'id'>;

export interface SessionOptions {
  readonly workbookFile: string;
  /** The built add-on (dist/Code.js). */
  readonly code: string;
  /** Directory HtmlService reads Sidebar.html and other files from (dist/). */
  readonly htmlDir: string;
  /** Asks the user and waits for the answer (the script is blocked meanwhile, as in Sheets). */
  readonly ask: (dialog: DialogSpec) => DialogAnswer;
  readonly emit: (event: ServerEvent) => void;
}

interface ShownSidebar {
  readonly id: number;
  readonly title: string;
  readonly html: string;
  /** The function that showed it, run again when the page is reloaded (so it shows the current state). */
  readonly opener: string | null;
}

interface ShownDialog extends HtmlDialogView {
  readonly html: string;
}

export class Session {
  private workbook!: Workbook;
  private env!: Environment;
  /** The user's language setting, kept across reloads and resets of the workbook. */
  private userLocale = 'en';
  private addon!: Addon;
  private version = 0;
  private selectionEpoch = 0;
  private snapshotSeq = 0;
  private sidebar: ShownSidebar | null = null;
  private htmlDialog: ShownDialog | null = null;
  /** Ids of shown pages (sidebars and dialogs), so the page reloads a frame only for a new one. */
  private pageCount = 0;
  private seenDialogs = 0;
  private seenSidebars = 0;
  private seenToasts = 0;
  private unsubscribe: (() => void) | null = null;
  /** The rows the page shows: its window of the active sheet (setViewport). */
  private viewport = { top: 1, rows: 100 };
  /** Newest last; cleared when a script changes the workbook (its changes are not the user's to undo). */
  private undoStack: UndoRecord[] = [];
  /** Set while the user's own change is being applied: its events wait until it is complete. */
  private applying = false;
  private readonly faults = new Set<FaultStep>();
  private lastRunOpener: string | null = null;
  /** Set when a failed change could not be undone: saving is refused until the file is reloaded. */
  private damaged = false;

  constructor(private readonly options: SessionOptions) {
    const saved = readWorkbookFile(options.workbookFile);
    if (saved) this.#openSaved(saved);
    else this.#openSample();
  }

  // ---- workbook lifecycle -------------------------------------------------------------------------------

  #open(workbook: Workbook, activeSheet: string, selection: string): void {
    this.unsubscribe?.();
    this.damaged = false;
    this.workbook = workbook;
    this.env = createEnvironment({
      workbook,
      authMode: 'LIMITED',
      htmlDir: this.options.htmlDir,
      userLocale: this.userLocale,
    });
    this.env.ui.responder = (request) => this.#onDialog(request);
    this.addon = loadAddon(this.env, { code: this.options.code });
    this.sidebar = null;
    this.htmlDialog = null;
    this.seenSidebars = this.env.ui.sidebars.length;
    this.seenDialogs = this.env.ui.dialogs.length;
    this.seenToasts = this.env.ui.toasts.length;
    const sheet = workbook.hasSheet(activeSheet) ? activeSheet : (workbook.sheetNames()[0] as string);
    this.env.setActiveRange(`${quoteSheetName(sheet)}!${parseRangeA1(selection) ? selection : 'A1'}`);
    // Opening the file with the add-on enabled in it: onOpen(e) runs in AuthMode.LIMITED.
    openSpreadsheet(this.addon, { enabled: true });
    this.env.authMode = 'FULL';
    this.undoStack = [];
    this.unsubscribe = workbook.onChange(() => {
      // A change made by a script (not one of the user's own, which wait until applied) ends what Undo can
      // take back: undoing under a script's writes would mix its results with older cells.
      if (this.applying) return;
      this.undoStack = [];
      this.#changed();
    });
    this.#changed();
  }

  #openSaved(saved: NonNullable<ReturnType<typeof readWorkbookFile>>): void {
    this.#open(Workbook.fromSnapshot(saved.workbook), saved.activeSheet, saved.selection);
    this.env.document.records.charts.push(...(saved.charts ?? []));
  }

  #openSample(): void {
    const sample = sampleWorkbook();
    const workbook = new Workbook({ sheets: sample.sheets });
    for (const named of sample.namedRanges)
      workbook.setNamedRange(named.name, workbook.resolve(named.a1, named.sheet));
    this.#open(workbook, sample.activeSheet, sample.selection);
  }

  #changed(): void {
    this.version += 1;
    this.options.emit({ type: 'changed', version: this.version });
  }

  /** Writes the save file (a temporary file renamed over it: a failed save leaves the old file whole). */
  save(): { file: string } {
    if (this.damaged)
      throw new Error('Not saved: a failed change could not be undone. Use File > Reload saved file.');
    const { sheet, a1 } = this.#activeSelection();
    writeWorkbookFile(
      this.options.workbookFile,
      {
        workbook: this.workbook.snapshot(),
        activeSheet: sheet,
        selection: a1,
        charts: this.env.document.records.charts,
      },
      { beforeReplace: () => this.#step('save:write') },
    );
    return { file: this.options.workbookFile };
  }

  reload(): Snapshot {
    const saved = readWorkbookFile(this.options.workbookFile);
    if (!saved) throw new Error(`No saved workbook at ${this.options.workbookFile} yet`);
    this.#openSaved(saved);
    this.options.emit({ type: 'sidebar', sidebar: null });
    return this.snapshot();
  }

  reset(): Snapshot {
    this.#openSample();
    this.options.emit({ type: 'sidebar', sidebar: null });
    return this.snapshot();
  }

  // ---- what the page shows --------------------------------------------------------------------------------

  snapshot(): Snapshot {
    const { sheet, a1 } = this.#activeSelection();
    this.snapshotSeq += 1;
    return {
      version: this.version,
      seq: this.snapshotSeq,
      sheets: this.workbook.sheetNames().map((name) => {
        const size = this.workbook.size(name);
        return {
          name,
          rows: size.rows,
          columns: size.columns,
          lastRow: size.lastRow,
          lastColumn: size.lastColumn,
          frozenRows: this.workbook.frozenRows(name),
        };
      }),
      activeSheet: sheet,
      selection: a1,
      selectionEpoch: this.selectionEpoch,
      view: sheetView(this.workbook, sheet, this.viewport.top, this.viewport.rows),
      menus: this.#menus(),
      sidebar: this.sidebar ? { id: this.sidebar.id, title: this.sidebar.title } : null,
      htmlDialog: this.htmlDialog ? dialogView(this.htmlDialog) : null,
      workbookFile: this.options.workbookFile,
      locale: this.workbook.locale,
      userLocale: this.env.document.userLocales.get(this.env.user) ?? 'en',
      charts: this.env.document.records.charts
        .filter((c) => c.sheet === sheet)
        .flatMap((c) => chartView(this.workbook, c) ?? []),
      undo: this.undoStack.at(-1)?.label ?? null,
    };
  }

  /** The rows the page shows (it scrolled): `rows` rows from `top`; answers with a snapshot of them. */
  setViewport(top: number, rows: number): Snapshot {
    if (!Number.isInteger(top) || !Number.isInteger(rows) || top < 1 || rows < 1)
      throw new Error('The viewport is a first row and a number of rows, both at least 1');
    this.viewport = { top, rows };
    return this.snapshot();
  }

  #menus(): MenuView[] {
    return this.env.ui.menus.map((menu) => ({
      title: menu.title,
      addon: menu.addon,
      items: menuEntries(menu.items),
    }));
  }

  /** The HTML of a shown sidebar or dialog as the add-on built it, or null when it is closed. */
  pageHtml(id: number): string | null {
    if (this.sidebar?.id === id) return this.sidebar.html;
    if (this.htmlDialog?.id === id) return this.htmlDialog.html;
    return null;
  }

  closeHtmlDialog(): void {
    this.htmlDialog = null;
    this.options.emit({ type: 'html-dialog', dialog: null });
  }

  closeSidebar(): void {
    this.sidebar = null;
    this.options.emit({ type: 'sidebar', sidebar: null });
  }

  /** The page was reloaded with a sidebar open: the add-on builds it again from the current state (its
   * first HTML holds the state of when it was opened), as reopening it in Sheets would. */
  reopenSidebar(): void {
    const opener = this.sidebar?.opener;
    if (!opener) return;
    const outcome = this.run(opener, []);
    if (!outcome.ok) this.closeSidebar();
  }

  // ---- what the user does ---------------------------------------------------------------------------------

  /** The user's sheet and selection; the first sheet's A1 when their sheet is gone (deleted, or an undo
   * took back the sheet it was on). */
  #activeSelection(): { sheet: string; a1: string } {
    const { activeRange, activeSheet } = this.env.session;
    if (activeRange && this.workbook.hasSheet(activeRange.sheet)) {
      const { sheet, row, column, numRows, numColumns } = activeRange;
      return { sheet, a1: formatA1(row, column, numRows, numColumns) };
    }
    const sheet =
      activeSheet && this.workbook.hasSheet(activeSheet)
        ? activeSheet
        : (this.workbook.sheetNames()[0] as string);
    return { sheet, a1: 'A1' };
  }

  activate(sheet: string): Snapshot {
    this.#requireSheet(sheet);
    this.env.setActiveRange(`${quoteSheetName(sheet)}!A1`);
    return this.snapshot();
  }

  select(sheet: string, a1: string): void {
    this.#requireSheet(sheet);
    if (!parseRangeA1(a1)) throw new Error(`Not a range: ${a1}`);
    this.env.setActiveRange(`${quoteSheetName(sheet)}!${a1}`);
  }

  /** Writes what the user typed or pasted, as a block starting at the top-left cell of `a1`; the sheet
   * grows to hold it, as Sheets' paste does. All or nothing: a refused or failed write changes nothing. */
  setInputs(sheet: string, a1: string, inputs: readonly (readonly string[])[]): Snapshot {
    this.#requireSheet(sheet);
    const at = parseRangeA1(a1);
    const width = inputs[0]?.length ?? 0;
    if (!at || inputs.length === 0 || width === 0 || inputs.some((r) => r.length !== width)) {
      throw new Error('Inputs must be a non-empty rectangle');
    }
    checkCellLengths(inputs);
    const range: GridRange = {
      sheet,
      row: at.top,
      column: at.left,
      numRows: inputs.length,
      numColumns: width,
    };
    const cleared = inputs.every((r) => r.every((text) => text === ''));
    const label = cleared
      ? `Clear ${formatA1(range.row, range.column, range.numRows, range.numColumns)}`
      : inputs.length * width > 1
        ? 'Paste'
        : 'Edit';
    this.#apply(recordCells(this.workbook, label, sheet, range, range), () => {
      this.workbook.ensureSize(sheet, range.row + range.numRows - 1, range.column + range.numColumns - 1);
      this.#step('cells:write');
      this.workbook.setContents(
        range,
        inputs.map((r) => r.map((text) => typedInput(text, this.workbook.locale))),
      );
    });
    return this.snapshot();
  }

  /** Replaces the sheet's contents with the CSV's values (Sheets' "Replace current sheet" import); the
   * sheet grows to hold them. Parsed and checked before anything changes; a failure changes nothing. */
  importCsv(sheet: string, text: string): Snapshot {
    this.#requireSheet(sheet);
    const values = csvToValues(text, this.workbook.locale);
    checkCellLengths(values);
    const width = values[0]?.length ?? 0;
    const size = this.workbook.size(sheet);
    const old = size.lastRow > 0 ? this.workbook.range(sheet, 1, 1, size.lastRow, size.lastColumn) : null;
    const written: GridRange | null =
      values.length > 0 && width > 0
        ? { sheet, row: 1, column: 1, numRows: values.length, numColumns: width }
        : null;
    this.#apply(recordCells(this.workbook, 'Import CSV', sheet, old, written), () => {
      this.#step('import:clear');
      // Cleared before the grid grows: a formula over the old table would otherwise be recalculated for
      // the new size first.
      if (old) this.workbook.clear(old, { contents: true });
      if (written) this.workbook.ensureSize(sheet, written.numRows, written.numColumns);
      this.#step('import:write');
      if (written) this.workbook.setContents(written, values);
    });
    this.env.setActiveRange(`${quoteSheetName(sheet)}!A1`);
    this.viewport = { ...this.viewport, top: 1 };
    return this.snapshot();
  }

  /** Sets the number format of a block ("$#,##0.00", "#,##0", "0.00%"; "" for automatic). */
  setNumberFormat(sheet: string, a1: string, format: string): Snapshot {
    const range = this.#block(sheet, a1);
    this.#apply(recordCells(this.workbook, 'Number format', sheet, range, null), () => {
      this.#step('cells:write');
      this.workbook.setNumberFormats(range, fill(range, format));
    });
    return this.snapshot();
  }

  /** Insert > Checkbox: a checkbox rule on the block; its empty cells become FALSE (unticked). */
  insertCheckboxes(sheet: string, a1: string): Snapshot {
    const range = this.#block(sheet, a1);
    this.#setValidation(
      range,
      'Insert checkbox',
      { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: null },
      (v) => (v === '' ? false : v),
    );
    return this.snapshot();
  }

  /** Data > Data validation: a dropdown of `options` on the block (values outside the list are marked). */
  setDropdown(sheet: string, a1: string, options: readonly string[]): Snapshot {
    const range = this.#block(sheet, a1);
    const list = [...new Set(options.map((o) => o.trim()).filter((o) => o !== ''))];
    if (list.length === 0) throw new Error('A dropdown needs at least one item');
    this.#setValidation(range, 'Dropdown', {
      criteria: 'VALUE_IN_LIST',
      values: [list, true],
      allowInvalid: true,
      helpText: null,
    });
    return this.snapshot();
  }

  /** Data > Remove validation: checkboxes and dropdowns off the block (values stay). */
  removeValidation(sheet: string, a1: string): Snapshot {
    this.#setValidation(this.#block(sheet, a1), 'Remove validation', null);
    return this.snapshot();
  }

  #setValidation(
    range: GridRange,
    label: string,
    rule: ValidationRule | null,
    value?: (current: unknown) => unknown,
  ): void {
    this.#apply(recordCells(this.workbook, label, range.sheet, range, null), () => {
      this.#step('cells:write');
      this.workbook.setExtra('validation', range, rule);
      if (value)
        this.workbook.setContents(
          range,
          this.workbook.getValues(range).map((r) => r.map(value)),
        );
    });
  }

  // ---- rows, columns and sheets --------------------------------------------------------------------------

  /** Inserts `count` rows before row `row` (1-based); formulas and named ranges below move down. */
  insertRows(sheet: string, row: number, count: number): Snapshot {
    return this.#structure(`Insert ${plural(count, 'row')}`, () =>
      this.workbook.insertRowsAfter(sheet, row - 1, count),
    );
  }

  deleteRows(sheet: string, row: number, count: number): Snapshot {
    return this.#structure(`Delete ${plural(count, 'row')}`, () =>
      this.workbook.deleteRows(sheet, row, count),
    );
  }

  insertColumns(sheet: string, column: number, count: number): Snapshot {
    return this.#structure(`Insert ${plural(count, 'column')}`, () =>
      this.workbook.insertColumnsAfter(sheet, column - 1, count),
    );
  }

  deleteColumns(sheet: string, column: number, count: number): Snapshot {
    return this.#structure(`Delete ${plural(count, 'column')}`, () =>
      this.workbook.deleteColumns(sheet, column, count),
    );
  }

  renameSheet(sheet: string, name: string): Snapshot {
    const active = this.#activeSelection();
    this.#structure('Rename sheet', () => {
      this.workbook.renameSheet(sheet, name);
      if (active.sheet === sheet) this.env.setActiveRange(`${quoteSheetName(name.trim())}!${active.a1}`);
      for (const chart of this.env.document.records.charts)
        if (chart.sheet === sheet) (chart as { sheet: string }).sheet = name.trim();
    });
    return this.snapshot();
  }

  deleteSheet(sheet: string): Snapshot {
    this.#requireSheet(sheet);
    return this.#structure('Delete sheet', () => this.workbook.removeSheet(sheet));
  }

  duplicateSheet(sheet: string): Snapshot {
    this.#requireSheet(sheet);
    const names = new Set(this.workbook.sheetNames().map((n) => n.toLowerCase()));
    let copy = `Copy of ${sheet}`;
    for (let n = 2; names.has(copy.toLowerCase()); n++) copy = `Copy ${n} of ${sheet}`;
    this.#structure('Duplicate sheet', () => this.workbook.duplicateSheet(sheet, copy));
    return this.activate(copy);
  }

  /** Moves a sheet's tab to position `index` (0-based). */
  moveSheet(sheet: string, index: number): Snapshot {
    return this.#structure('Move sheet', () => this.workbook.moveSheet(sheet, index));
  }

  /** File > Settings: the spreadsheet's locale, as Spreadsheet.getSpreadsheetLocale() then reads it. */
  setLocale(locale: string): Snapshot {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale))
      throw new Error(`Not a locale: "${locale}" (use the form en_US)`);
    // A setting, not a change of cells: not on the undo list (as in Sheets).
    this.workbook.locale = locale;
    this.#changed();
    return this.snapshot();
  }

  /**
   * File > Settings > Language: the user's language setting ("de", "ja"), as Session.getActiveUserLocale()
   * then reads it. The add-on's menu is built again, as reopening the file would.
   */
  setUserLanguage(locale: string): Snapshot {
    if (!/^[a-z]{2,3}([_-][A-Za-z]{2})?$/.test(locale))
      throw new Error(`Not a language setting: "${locale}" (use the form de or pt_BR)`);
    this.userLocale = locale;
    this.env.document.userLocales.set(this.env.user, locale);
    openSpreadsheet(this.addon, { enabled: true });
    this.#changed();
    return this.snapshot();
  }

  /** Edit > Undo: puts back what the last change (of the user's, since the last script run) replaced. */
  undo(): Snapshot {
    const record = this.undoStack.pop();
    if (!record) throw new Error('Nothing to undo');
    this.applying = true;
    try {
      restoreRecord(this.workbook, record);
    } finally {
      this.applying = false;
    }
    this.#changed();
    return this.snapshot();
  }

  /** For tests: the next time a change reaches `step`, it fails there (as a crash or a full disk would). */
  injectFault(step: FaultStep): void {
    if (!FAULT_STEPS.includes(step)) throw new Error(`No such step: ${step}`);
    this.faults.add(step);
  }

  #step(step: FaultStep): void {
    if (this.faults.delete(step)) throw new Error(`Injected fault at ${step}`);
  }

  /** Applies one change of the user's. If it throws, the record puts the workbook back as it was and the
   * error says nothing was changed; no change event is sent, so nothing half-done is ever saved. */
  #apply(record: UndoRecord, change: () => void): void {
    this.applying = true;
    try {
      change();
    } catch (err) {
      try {
        restoreRecord(this.workbook, record);
      } catch (restoreErr) {
        // The workbook may be damaged: never write it over the last good file.
        this.damaged = true;
        throw new Error(
          `${record.label} failed (${message(err)}), and putting the workbook back failed too (${message(restoreErr)}). The saved file still holds the last good workbook: use File > Reload saved file.`,
        );
      }
      throw new Error(`${record.label} failed: ${message(err)}. Nothing was changed.`);
    } finally {
      this.applying = false;
    }
    this.undoStack.push(record);
    // Whole-document records (rows, columns, sheets) can be large: keep only the newest few of them.
    const documents = () => this.undoStack.filter((r) => r.kind === 'document').length;
    while (this.undoStack.length > UNDO_DEPTH || documents() > UNDO_DOCUMENTS) this.undoStack.shift();
    this.#changed();
  }

  #structure(label: string, change: () => void): Snapshot {
    // Charts live beside the cells (in the document's records): a renamed sheet's charts follow it, and
    // undoing the rename must take them back.
    const placed = this.env.document.records.charts.map((chart) => [chart, chart.sheet] as const);
    const putBack = () => {
      for (const [chart, sheet] of placed) (chart as { sheet: string }).sheet = sheet;
    };
    this.#apply(recordDocument(this.workbook, label, putBack), () => {
      this.#step('structure:apply');
      change();
    });
    return this.snapshot();
  }

  #block(sheet: string, a1: string): GridRange {
    this.#requireSheet(sheet);
    if (!parseRangeA1(a1)) throw new Error(`Not a range: ${a1}`);
    return this.workbook.resolve(a1, sheet);
  }

  addSheet(): Snapshot {
    const names = new Set(this.workbook.sheetNames());
    let n = names.size + 1;
    while (names.has(`Sheet${n}`)) n += 1;
    this.#structure('Add sheet', () => this.workbook.addSheet(`Sheet${n}`));
    return this.activate(`Sheet${n}`);
  }

  /** The sheet's displayed values as CSV (formulas exported as their results, as Sheets' download does). */
  exportCsv(sheet: string): string {
    this.#requireSheet(sheet);
    const size = this.workbook.size(sheet);
    if (size.lastRow < 1 || size.lastColumn < 1) return '';
    return valuesToCsv(
      this.workbook.getDisplayValues({
        sheet,
        row: 1,
        column: 1,
        numRows: size.lastRow,
        numColumns: size.lastColumn,
      }),
    );
  }

  #requireSheet(sheet: string): void {
    if (!this.workbook.hasSheet(sheet)) throw new Error(`No sheet named "${sheet}"`);
  }

  // ---- running the add-on ---------------------------------------------------------------------------------

  /**
   * Runs a top-level function of the bundle as a menu click or google.script.run does: AuthMode.FULL,
   * private (`name_`) and unknown functions refused, the result copied with google.script.run's rules.
   */
  run(functionName: string, args: readonly unknown[]): RunOutcome {
    if (!isCallableName(functionName) || !this.addon.bundle.functionNames().includes(functionName)) {
      return { ok: false, error: `Script function not found: ${functionName}` };
    }
    this.env.authMode = 'FULL';
    const selectionBefore = JSON.stringify(this.#activeSelection());
    this.lastRunOpener = functionName;
    try {
      const value = this.addon.call(functionName, ...args);
      return { ok: true, value: toReturnValue(value) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    } finally {
      if (JSON.stringify(this.#activeSelection()) !== selectionBefore) {
        this.selectionEpoch += 1;
        this.#changed(); // the page re-reads and moves its selection
      }
      this.#afterRun();
    }
  }

  /** Shows what the script asked the UI for: the newest sidebar, HTML dialog, toasts. */
  #afterRun(): void {
    const sidebars = this.env.ui.sidebars;
    if (sidebars.length > this.seenSidebars) {
      const last = sidebars[sidebars.length - 1] as (typeof sidebars)[number];
      this.seenSidebars = sidebars.length;
      this.pageCount += 1;
      this.sidebar = { id: this.pageCount, title: last.title, html: last.html, opener: this.lastRunOpener };
      this.options.emit({ type: 'sidebar', sidebar: { id: this.sidebar.id, title: this.sidebar.title } });
    }
    const dialogs = this.env.ui.dialogs;
    if (dialogs.length > this.seenDialogs) {
      const last = dialogs[dialogs.length - 1] as (typeof dialogs)[number];
      this.seenDialogs = dialogs.length;
      this.pageCount += 1;
      this.htmlDialog = { id: this.pageCount, ...last };
      this.options.emit({ type: 'html-dialog', dialog: dialogView(this.htmlDialog) });
    }
    const toasts = this.env.ui.toasts;
    for (const toast of toasts.slice(this.seenToasts)) {
      const seconds = toast.timeoutSeconds;
      this.options.emit({
        type: 'toast',
        title: toast.title,
        message: toast.message,
        timeoutSeconds: typeof seconds === 'number' && seconds !== 0 ? seconds : TOAST_SECONDS,
      });
    }
    this.seenToasts = toasts.length;
  }

  #onDialog(request: DialogRequest): { button: ButtonName; text: string } {
    const answer = this.options.ask({
      kind: request.kind,
      title: request.title,
      message: request.prompt,
      buttons: buttonsOf(request.buttons),
    });
    return { button: answer.button, text: answer.text };
  }

  // ---- for tests ------------------------------------------------------------------------------------------

  /** Values of an A1 range ("Products!M2:M5"), Dates as ISO text, for assertions. */
  values(a1: string): unknown[][] {
    return this.workbook
      .getValues(this.workbook.resolve(a1))
      .map((r) => r.map((v) => (isDate(v) ? v.toISOString() : v)));
  }

  formulas(a1: string): string[][] {
    return this.workbook.getFormulas(this.workbook.resolve(a1));
  }

  error(sheetCell: string): { type: string; message: string } | null {
    const r = this.workbook.resolve(sheetCell);
    return this.workbook.getError(r.sheet, r.row, r.column);
  }
}

type MenuItemRecord = MenuRecord['items'][number];

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${count} ${noun}s`;
}

function fill<T>(range: GridRange, value: T): T[][] {
  return Array.from({ length: range.numRows }, () => new Array<T>(range.numColumns).fill(value));
}

/** Sheets refuses text over 50,000 characters in one cell; checked before anything is written. */
function checkCellLengths(rows: readonly (readonly unknown[])[]): void {
  for (const [r, row] of rows.entries()) {
    for (const [c, v] of row.entries()) {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)
        throw new Error(
          `${formatA1(r + 1, c + 1)} of the block has ${v.length.toLocaleString('en-US')} characters; a cell holds at most 50,000`,
        );
    }
  }
}

function menuEntries(items: readonly MenuItemRecord[]): MenuEntryView[] {
  return items.map((item): MenuEntryView => {
    if (item === 'separator') return { kind: 'separator' };
    if ('functionName' in item) return { kind: 'item', label: item.label, functionName: item.functionName };
    return { kind: 'submenu', label: item.title, items: menuEntries(item.items) };
  });
}

function dialogView(d: ShownDialog): HtmlDialogView {
  return { id: d.id, title: d.title, width: d.width, height: d.height, modal: d.modal };
}

/** Apps Script's ButtonSet names to the buttons a dialog shows, first one the default. */
function buttonsOf(buttonSet: string): ButtonName[] {
  switch (buttonSet) {
    case 'OK_CANCEL':
      return ['OK', 'CANCEL'];
    case 'YES_NO':
      return ['YES', 'NO'];
    case 'YES_NO_CANCEL':
      return ['YES', 'NO', 'CANCEL'];
    default:
      return ['OK'];
  }
}
