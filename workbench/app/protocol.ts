// The JSON the workbench page and its server exchange. Shared by workbench/web (browser) and
// workbench/app (Node), so both sides agree on one shape.

/** One cell as the grid shows it. Empty cells are sent as null. */
export interface CellView {
  /** Text shown in the cell (a number already formatted, an error code such as "#REF!"). */
  readonly text: string;
  /** How the grid aligns and colours it: numbers right, text left, booleans centred, errors red. */
  readonly kind: 'number' | 'text' | 'boolean' | 'error';
  /** What the formula bar shows: the formula ("=DISTMODEL(A1:L29)") or the typed value. */
  readonly input: string;
  /** For errors: the message Sheets shows when the pointer rests on the cell. */
  readonly message?: string;
  /** True for cells filled by another cell's spilled array (their input is empty, as in Sheets). */
  readonly spilled?: boolean;
}

export interface SheetSummary {
  readonly name: string;
  /** Size of the used area (last row and column holding something), at least 1 x 1. */
  readonly rows: number;
  readonly columns: number;
  readonly frozenRows: number;
}

/** The active sheet's cells from A1 to (rows, columns); rows beyond the used area are omitted. */
export interface SheetView {
  readonly name: string;
  readonly cells: readonly (readonly (CellView | null)[])[];
  /** True when the sheet is larger than what was sent (the grid shows a note). */
  readonly truncated: boolean;
}

/** One entry of a menu the add-on built with Ui.createAddonMenu() or Ui.createMenu(). */
export type MenuEntryView =
  | { readonly kind: 'item'; readonly label: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly label: string; readonly items: readonly MenuEntryView[] };

export interface MenuView {
  /** The add-on's name for an add-on menu (shown under Extensions), else the menu's caption. */
  readonly title: string;
  /** True for Ui.createAddonMenu() (under Extensions), false for Ui.createMenu() (in the menu bar). */
  readonly addon: boolean;
  readonly items: readonly MenuEntryView[];
}

export interface SidebarView {
  /** Changes whenever the add-on shows a new sidebar, so the page reloads the iframe. */
  readonly id: number;
  readonly title: string;
}

/** An HTML dialog the add-on opened with Ui.showModalDialog or Ui.showModelessDialog. */
export interface HtmlDialogView {
  readonly id: number;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly modal: boolean;
}

export interface Snapshot {
  /** Increases with every change to the workbook; the page re-reads when it sees a newer one. */
  readonly version: number;
  /** Increases with every snapshot taken: responses can arrive out of order, the page keeps the newest. */
  readonly seq: number;
  readonly sheets: readonly SheetSummary[];
  readonly activeSheet: string;
  /** The active range in A1 notation on the active sheet, e.g. "B3" or "A2:L29". */
  readonly selection: string;
  /** Increases when a script (menu item, sidebar call) moves the selection; the grid then follows it. */
  readonly selectionEpoch: number;
  readonly view: SheetView;
  readonly menus: readonly MenuView[];
  readonly sidebar: SidebarView | null;
  readonly htmlDialog: HtmlDialogView | null;
  /** Where the workbook is saved, for the status line. */
  readonly workbookFile: string;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** A dialog the add-on opened through Ui.alert or Ui.prompt; the script waits until the user answers. */
export interface DialogRequest {
  readonly id: number;
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly message: string;
  readonly buttons: readonly ButtonName[];
}

export interface DialogAnswer {
  readonly button: ButtonName;
  readonly text: string;
}

/** The outcome of running a bundle function, as the bridge reports it. */
export type RunOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string };

/** Events the server pushes to the page over /api/events (server-sent events). */
export type ServerEvent =
  | { readonly type: 'changed'; readonly version: number }
  | { readonly type: 'dialog'; readonly dialog: DialogRequest }
  | { readonly type: 'dialog-closed'; readonly id: number }
  | { readonly type: 'sidebar'; readonly sidebar: SidebarView | null }
  | { readonly type: 'html-dialog'; readonly dialog: HtmlDialogView | null }
  | { readonly type: 'toast'; readonly title: string; readonly message: string };
