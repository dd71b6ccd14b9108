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
  /** A checkbox or a dropdown, from the cell's data validation rule. */
  readonly control?: CellControl;
  /** Why the value breaks the cell's validation rule (Sheets marks such a cell), when it does. */
  readonly invalid?: string;
}

export type CellControl =
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'dropdown'; readonly options: readonly string[] };

export interface SheetSummary {
  readonly name: string;
  /** The grid's size (Sheet.getMaxRows / getMaxColumns): what the grid shows and scrolls through. */
  readonly rows: number;
  readonly columns: number;
  /** The used area (getLastRow / getLastColumn). */
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly frozenRows: number;
}

/** The rows of the active sheet the page shows: its frozen rows and a window around the scroll position.
 * The page asks for another window as it scrolls (the server never sends a whole 50,000-row sheet). */
export interface SheetView {
  readonly name: string;
  /** Row number of `cells[0]` (1-based). */
  readonly top: number;
  /** Rows top..top + cells.length - 1; a row is [] when all its cells are empty. */
  readonly cells: readonly (readonly (CellView | null)[])[];
  /** Rows 1..frozenRows, always shown. */
  readonly frozen: readonly (readonly (CellView | null)[])[];
  /** Columns the grid shows (the grid's, up to a limit); truncated when the sheet has more. */
  readonly columns: number;
  readonly truncated: boolean;
}

/** A chart the add-on inserted (EmbeddedChartBuilder), with the data its range holds now. */
export interface ChartView {
  readonly id: number;
  /** Charts.ChartType name: COLUMN, BAR, PIE, LINE... */
  readonly type: string;
  readonly title: string;
  /** Anchor cell (1-based) and pixel offsets, as EmbeddedChartBuilder.setPosition. */
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  /** Domain labels (the range's first column, below a header row). */
  readonly labels: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
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
  /** The spreadsheet's locale (File > Settings), "en_US" form. */
  readonly locale: string;
  /** The user's language setting (File > Settings), as Session.getActiveUserLocale() returns it: "en", "de". */
  readonly userLocale: string;
  /** Charts on the active sheet. */
  readonly charts: readonly ChartView[];
  /** What Edit > Undo would undo ("Paste"), or null. */
  readonly undo: string | null;
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
  | {
      readonly type: 'toast';
      readonly title: string;
      readonly message: string;
      /** Seconds to show it; negative: until closed. */
      readonly timeoutSeconds: number;
    };
