// One open workbook with the add-on running on it: the stand-in Workbook (HyperFormula) and services from
// workbench/gas, the built dist/Code.js loaded into them, and the user's active sheet and selection.
// Synchronous, like Apps Script: it runs inside a worker thread (session-worker.ts) so that a script
// waiting on Ui.alert can block while the page asks the user.

import { isDate } from '../../src/engine/text';
import { formatA1, quoteSheetName } from '../../src/shared/a1';
import {
  type Addon,
  type CellValue,
  createEnvironment,
  type DialogRequest,
  type Environment,
  type GridRange,
  loadAddon,
  type MenuRecord,
  openSpreadsheet,
  Workbook,
} from '../gas';
import { parseRangeA1 } from './a1';
import { csvToValues, valuesToCsv } from './csv';
import type {
  ButtonName,
  CellView,
  DialogAnswer,
  HtmlDialogView,
  MenuEntryView,
  MenuView,
  DialogRequest as PageDialog,
  RunOutcome,
  ServerEvent,
  SheetView,
  Snapshot,
} from './protocol';
import { sampleWorkbook } from './sample';
import { isCallableName, toReturnValue } from './script-values';
import { typedInput } from './typed-input';
import { readWorkbookFile, writeWorkbookFile } from './workbook-file';

/** Rows and columns of a sheet the page is sent at most; a larger sheet is shown truncated. */
const MAX_VIEW_ROWS = 2000;
const MAX_VIEW_COLUMNS = 100;

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
}

interface ShownDialog extends HtmlDialogView {
  readonly html: string;
}

function inputOf(value: CellValue): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function kindOf(value: CellValue): CellView['kind'] {
  if (typeof value === 'number' || isDate(value)) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

export class Session {
  private workbook!: Workbook;
  private env!: Environment;
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

  constructor(private readonly options: SessionOptions) {
    const saved = readWorkbookFile(options.workbookFile);
    if (saved) this.#open(Workbook.fromSnapshot(saved.workbook), saved.activeSheet, saved.selection);
    else this.#openSample();
  }

  // ---- workbook lifecycle -------------------------------------------------------------------------------

  #open(workbook: Workbook, activeSheet: string, selection: string): void {
    this.unsubscribe?.();
    this.workbook = workbook;
    this.env = createEnvironment({ workbook, authMode: 'LIMITED', htmlDir: this.options.htmlDir });
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
    this.unsubscribe = workbook.onChange(() => this.#changed());
    this.#changed();
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

  save(): { file: string } {
    const { sheet, a1 } = this.#activeSelection();
    writeWorkbookFile(this.options.workbookFile, {
      workbook: this.workbook.snapshot(),
      activeSheet: sheet,
      selection: a1,
    });
    return { file: this.options.workbookFile };
  }

  reload(): Snapshot {
    const saved = readWorkbookFile(this.options.workbookFile);
    if (!saved) throw new Error(`No saved workbook at ${this.options.workbookFile} yet`);
    this.#open(Workbook.fromSnapshot(saved.workbook), saved.activeSheet, saved.selection);
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
          rows: Math.max(1, size.lastRow),
          columns: Math.max(1, size.lastColumn),
          frozenRows: this.workbook.frozenRows(name),
        };
      }),
      activeSheet: sheet,
      selection: a1,
      selectionEpoch: this.selectionEpoch,
      view: this.#sheetView(sheet),
      menus: this.#menus(),
      sidebar: this.sidebar ? { id: this.sidebar.id, title: this.sidebar.title } : null,
      htmlDialog: this.htmlDialog ? dialogView(this.htmlDialog) : null,
      workbookFile: this.options.workbookFile,
    };
  }

  #sheetView(sheet: string): SheetView {
    const size = this.workbook.size(sheet);
    const rows = Math.min(size.lastRow, MAX_VIEW_ROWS);
    const columns = Math.min(size.lastColumn, MAX_VIEW_COLUMNS);
    if (rows < 1 || columns < 1) return { name: sheet, cells: [], truncated: false };
    const range: GridRange = { sheet, row: 1, column: 1, numRows: rows, numColumns: columns };
    const values = this.workbook.getValues(range);
    const display = this.workbook.getDisplayValues(range);
    const formulas = this.workbook.getFormulas(range);
    const cells = values.map((line, r) =>
      line.map((value, c): CellView | null => {
        const formula = formulas[r]?.[c] ?? '';
        const text = display[r]?.[c] ?? '';
        const error = text.startsWith('#') ? this.workbook.getError(sheet, r + 1, c + 1) : null;
        if (error) return { text: error.type, kind: 'error', input: formula, message: error.message };
        if (formula === '' && value === '') return null;
        const spilled = formula === '' && this.workbook.isSpilled(sheet, r + 1, c + 1);
        return {
          text,
          kind: kindOf(value),
          input: formula || (spilled ? '' : inputOf(value)),
          ...(spilled ? { spilled } : {}),
        };
      }),
    );
    return { name: sheet, cells, truncated: size.lastRow > rows || size.lastColumn > columns };
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

  // ---- what the user does ---------------------------------------------------------------------------------

  #activeSelection(): { sheet: string; a1: string } {
    const range = this.env.session.activeRange ?? {
      sheet: this.env.session.activeSheet ?? (this.workbook.sheetNames()[0] as string),
      row: 1,
      column: 1,
      numRows: 1,
      numColumns: 1,
    };
    return { sheet: range.sheet, a1: formatA1(range.row, range.column, range.numRows, range.numColumns) };
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

  /** Writes what the user typed, as a block starting at the top-left cell of `a1`. */
  setInputs(sheet: string, a1: string, inputs: readonly (readonly string[])[]): Snapshot {
    this.#requireSheet(sheet);
    const at = parseRangeA1(a1);
    const width = inputs[0]?.length ?? 0;
    if (!at || inputs.length === 0 || width === 0 || inputs.some((r) => r.length !== width)) {
      throw new Error('Inputs must be a non-empty rectangle');
    }
    const range: GridRange = {
      sheet,
      row: at.top,
      column: at.left,
      numRows: inputs.length,
      numColumns: width,
    };
    this.workbook.setContents(
      range,
      inputs.map((r) => r.map(typedInput)),
    );
    return this.snapshot();
  }

  addSheet(): Snapshot {
    const names = new Set(this.workbook.sheetNames());
    let n = names.size + 1;
    while (names.has(`Sheet${n}`)) n += 1;
    this.workbook.addSheet(`Sheet${n}`);
    return this.activate(`Sheet${n}`);
  }

  /** Replaces the sheet's contents with the CSV's values (Sheets' "Replace current sheet" import). */
  importCsv(sheet: string, text: string): Snapshot {
    this.#requireSheet(sheet);
    const values = csvToValues(text);
    const size = this.workbook.size(sheet);
    if (size.lastRow > 0 && size.lastColumn > 0) {
      this.workbook.clear(
        { sheet, row: 1, column: 1, numRows: size.lastRow, numColumns: size.lastColumn },
        { contents: true },
      );
    }
    const width = values[0]?.length ?? 0;
    if (values.length > 0 && width > 0) {
      this.workbook.setContents(
        { sheet, row: 1, column: 1, numRows: values.length, numColumns: width },
        values,
      );
    }
    this.env.setActiveRange(`${quoteSheetName(sheet)}!A1`);
    return this.snapshot();
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
      this.sidebar = { id: this.pageCount, title: last.title, html: last.html };
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
    for (const toast of toasts.slice(this.seenToasts)) this.options.emit({ type: 'toast', ...toast });
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
