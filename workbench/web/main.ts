// The workbench page: wires the grid, formula bar, tabs, menus, dialogs and sidebar to the server.
// The server holds the workbook (the stand-in Workbook on HyperFormula) and runs the add-on; the page
// only shows snapshots and sends what the user does.
import { type CellAddress, cellA1, parseRangeA1, type RangeAddress, rangeA1 } from '../app/a1';
import type { HtmlDialogView, ServerEvent, SidebarView, Snapshot } from '../app/protocol';
import { api, csvExportUrl, htmlDialogUrl, listen, sidebarUrl } from './api';
import { ChartLayer } from './charts';
import { Dialogs } from './dialogs';
import { Grid, ROW_HEIGHT } from './grid';
import { extensionsEntries, MenuBar, type MenuEntry, scriptEntries } from './menus';
import { ScriptFrame, type ScriptFrameElements } from './script-frame';
import { SettingsDialog } from './settings';
import { SheetTabs } from './sheet-tabs';
import { Toasts } from './toasts';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const statusEl = byId('status');
const nameBox = byId<HTMLInputElement>('name-box');
const formulaInput = byId<HTMLInputElement>('formula-input');
const csvFile = byId<HTMLInputElement>('csv-file');
const tooltip = byId('tooltip');
const dropdownList = byId('dropdown-list');
const toasts = new Toasts(byId('toast'));
const charts = new ChartLayer(byId('chart-layer'));

let snapshot: Snapshot | null = null;

function setStatus(text: string, isError = false): void {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', isError);
}

/** Runs an action; a failure shows in the status line (the server's message says what was kept). */
async function guarded<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    setStatus(message.includes(' failed') ? message : `${what} failed: ${message}`, true);
    return undefined;
  }
}

/** A change to the workbook: shows the answer, or why it was refused. The status says done only when it was. */
async function change(what: string, action: () => Promise<Snapshot>, done?: string): Promise<boolean> {
  const next = await guarded(what, action);
  if (!next) return false;
  apply(next);
  if (done) setStatus(done);
  return true;
}

/** Writes a block of typed entries starting at `at`, from the grid or the formula bar. */
function writeCells(at: CellAddress, inputs: string[][]): void {
  const sheet = snapshot?.activeSheet;
  if (!sheet) return;
  const rows = inputs.length;
  const many = rows * (inputs[0]?.length ?? 0) > 1;
  void change(
    many ? 'Paste' : 'Editing',
    () => api.setInputs(sheet, cellA1(at), inputs),
    many ? `Pasted ${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}` : undefined,
  );
}

/** Delete on a selection: its cells emptied (one undo step), and the status names the range. */
function clearCells(range: RangeAddress): void {
  const sheet = snapshot?.activeSheet;
  if (!sheet) return;
  const inputs = Array.from({ length: range.bottom - range.top + 1 }, () =>
    new Array<string>(range.right - range.left + 1).fill(''),
  );
  const a1 = rangeA1(range);
  void change(
    'Clearing',
    () => api.setInputs(sheet, cellA1({ row: range.top, column: range.left }), inputs),
    `Cleared ${a1}`,
  );
}

const grid = new Grid(
  byId<HTMLTableElement>('grid'),
  byId('grid-scroll'),
  byId<HTMLInputElement>('cell-editor'),
  {
    commit: writeCells,
    clear: clearCells,
    selectionChanged(range) {
      showActiveCell();
      const sheet = snapshot?.activeSheet;
      if (!sheet || !snapshot) return;
      renderMenus(snapshot); // Edit and Insert name the selected rows and columns
      const a1 = rangeA1(range);
      void guarded('Selecting', () => api.select(sheet, a1));
    },
    needRows(top, count) {
      void guarded('Scrolling', async () => apply(await api.viewport(top, count)));
    },
    openDropdown(at, options, anchor) {
      dropdownList.replaceChildren(
        ...options.map((option) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'menu-item';
          b.setAttribute('role', 'option');
          b.textContent = option;
          b.addEventListener('click', () => {
            dropdownList.hidden = true;
            writeCells(at, [[option]]);
          });
          return b;
        }),
      );
      dropdownList.style.left = `${anchor.left}px`;
      dropdownList.style.top = `${anchor.bottom + 2}px`;
      dropdownList.hidden = false;
    },
  },
);
document.addEventListener('mousedown', (e) => {
  // The arrow that opened the list is clicked too: that mousedown reaches the document after the grid's.
  const target = e.target as HTMLElement;
  if (!dropdownList.contains(target) && !target.closest?.('.dd-arrow')) dropdownList.hidden = true;
});

function showActiveCell(): void {
  nameBox.value = grid.selectionA1();
  const cell = grid.cellAt(grid.activeCell);
  if (document.activeElement !== formulaInput) formulaInput.value = cell?.input ?? '';
  // Sheets shows a spilled cell's formula greyed out; the workbench says where the value comes from.
  formulaInput.placeholder = cell?.spilled ? 'Filled by an array formula above or to the left' : '';
}

/** Shows a snapshot: tabs, grid (only changed cells repaint), menus, sidebar. */
function apply(next: Snapshot | undefined): void {
  if (!next || (snapshot && next.seq <= snapshot.seq)) return;
  const sheetChanged = next.activeSheet !== snapshot?.activeSheet;
  // The grid owns the selection while the user moves around; it follows the server's only when another
  // sheet is shown or a script moved it (a snapshot answering an edit may be older than the last click).
  const scriptMoved = next.selectionEpoch !== snapshot?.selectionEpoch;
  const menusChanged = JSON.stringify(next.menus) !== JSON.stringify(snapshot?.menus);
  const localeChanged = next.locale !== snapshot?.locale || next.userLocale !== snapshot?.userLocale;
  const undoChanged = next.undo !== snapshot?.undo;
  snapshot = next;
  tabs.render(next);
  const summary = next.sheets.find((s) => s.name === next.activeSheet);
  grid.render(next.view, summary?.rows ?? 1, summary?.frozenRows ?? 0);
  charts.render(next.charts, (chart) => ({
    left: grid.columnBox(chart.anchor.column).left + chart.anchor.offsetX,
    top: grid.rowTop(chart.anchor.row) + chart.anchor.offsetY,
  }));
  if (sheetChanged || scriptMoved) {
    const range = parseRangeA1(next.selection);
    if (range) grid.select(range);
  }
  showActiveCell();
  if (menusChanged || localeChanged || undoChanged) renderMenus(next);
  sidebar.show(next.sidebar);
  htmlDialog.show(next.htmlDialog);
}

async function refresh(): Promise<void> {
  apply(await guarded('Refreshing', () => api.snapshot()));
}

const tabs = new SheetTabs(byId('tabs'), {
  show: (sheet) => void change('Switching sheet', () => api.activate(sheet)),
  add: () => void change('Adding a sheet', () => api.addSheet()),
  rename(sheet) {
    const name = window.prompt('Rename sheet', sheet);
    if (name !== null && name !== sheet)
      void change(
        'Renaming the sheet',
        () => api.renameSheet(sheet, name),
        `Renamed "${sheet}" to "${name.trim()}"`,
      );
  },
  duplicate: (sheet) => void change('Duplicating the sheet', () => api.duplicateSheet(sheet)),
  remove(sheet) {
    if (window.confirm(`Delete the sheet "${sheet}"? Edit > Undo brings it back.`))
      void change('Deleting the sheet', () => api.deleteSheet(sheet), `Deleted "${sheet}"`);
  },
  move: (sheet, index) => void change('Moving the sheet', () => api.moveSheet(sheet, index)),
});

/** "rows 3-5" / "row 3" for menu labels. */
function span(noun: string, first: number, last: number, name: (n: number) => string = String): string {
  return first === last ? `${noun} ${name(first)}` : `${noun}s ${name(first)} - ${name(last)}`;
}

function columnName(n: number): string {
  return cellA1({ row: 1, column: n }).replace(/\d+$/, '');
}

/** Edit, Insert, Format and Data: what the user does to the selection. */
function editingMenus(s: Snapshot): { label: string; items: MenuEntry[] }[] {
  const sel: RangeAddress = grid.selection;
  const sheet = s.activeSheet;
  const a1 = () => rangeA1(grid.selection);
  const rows = sel.bottom - sel.top + 1;
  const columns = sel.right - sel.left + 1;
  const format = (label: string, code: string) => ({
    label,
    run: () => void change('Formatting', () => api.setNumberFormat(sheet, a1(), code)),
  });
  return [
    {
      label: 'Edit',
      items: [
        {
          label: s.undo ? `Undo ${s.undo}` : 'Undo',
          run: () => void change('Undo', () => api.undo(), s.undo ? `Undid ${s.undo}` : undefined),
        },
        'separator',
        {
          label: `Delete ${span('row', sel.top, sel.bottom)}`,
          run: () => void change('Deleting rows', () => api.deleteRows(sheet, grid.selection.top, rows)),
        },
        {
          label: `Delete ${span('column', sel.left, sel.right, columnName)}`,
          run: () =>
            void change('Deleting columns', () => api.deleteColumns(sheet, grid.selection.left, columns)),
        },
      ],
    },
    {
      label: 'Insert',
      items: [
        {
          label: `${rows === 1 ? 'Row' : `${rows} rows`} above`,
          run: () => void change('Inserting rows', () => api.insertRows(sheet, grid.selection.top, rows)),
        },
        {
          label: `${rows === 1 ? 'Row' : `${rows} rows`} below`,
          run: () =>
            void change('Inserting rows', () => api.insertRows(sheet, grid.selection.bottom + 1, rows)),
        },
        {
          label: `${columns === 1 ? 'Column' : `${columns} columns`} left`,
          run: () =>
            void change('Inserting columns', () => api.insertColumns(sheet, grid.selection.left, columns)),
        },
        {
          label: `${columns === 1 ? 'Column' : `${columns} columns`} right`,
          run: () =>
            void change('Inserting columns', () =>
              api.insertColumns(sheet, grid.selection.right + 1, columns),
            ),
        },
        'separator',
        {
          label: 'Checkbox',
          run: () => void change('Inserting checkboxes', () => api.insertCheckboxes(sheet, a1())),
        },
        { label: 'Sheet', run: () => void change('Adding a sheet', () => api.addSheet()) },
      ],
    },
    {
      label: 'Format',
      items: [
        {
          label: 'Number',
          submenu: [
            format('Automatic', ''),
            format('Number  1,000.12', '#,##0.00'),
            format('Whole number  1,000', '#,##0'),
            format('Percent  10.12%', '0.00%'),
            format('Currency  $1,000.12', '"$"#,##0.00'),
            format('Currency rounded  $1,000', '"$"#,##0'),
            format('Euro  €1,000.12', '"€"#,##0.00'),
          ],
        },
      ],
    },
    {
      label: 'Data',
      items: [
        {
          label: 'Dropdown…',
          run() {
            const items = window.prompt('Dropdown items, separated by commas', 'Yes, No');
            if (items !== null)
              void change('Adding a dropdown', () => api.setDropdown(sheet, a1(), items.split(',')));
          },
        },
        {
          label: 'Remove checkboxes and dropdowns',
          run: () => void change('Removing validation', () => api.removeValidation(sheet, a1())),
        },
      ],
    },
  ];
}

/** Runs an add-on function from its menu item (AuthMode.FULL on the server), then shows what changed. */
async function runMenuItem(functionName: string): Promise<void> {
  setStatus(`Running ${functionName}…`);
  const outcome = await guarded('Running the menu item', () => api.runMenu(functionName));
  if (outcome && !outcome.ok) setStatus(`${functionName}: ${outcome.error}`, true);
  else if (outcome) setStatus(`Ran ${functionName}`);
  await refresh();
}

const settings = new SettingsDialog(
  byId<HTMLDialogElement>('settings'),
  byId<HTMLSelectElement>('settings-locale'),
  byId<HTMLSelectElement>('settings-language'),
  (locale, language) => {
    if (locale !== snapshot?.locale)
      void change('Changing the locale', () => api.setLocale(locale), `Locale set to ${locale}`);
    if (language !== snapshot?.userLocale)
      void change(
        'Changing the language',
        () => api.setUserLanguage(language),
        `Language set to ${language}: reopen DistModel to see it`,
      );
  },
);

const menuBar = new MenuBar(byId('menubar'));

function renderMenus(s: Snapshot): void {
  menuBar.render([
    {
      label: 'File',
      items: [
        { label: 'Import CSV into this sheet…', run: () => csvFile.click() },
        { label: 'Export this sheet as CSV', run: () => window.open(csvExportUrl(s.activeSheet), '_blank') },
        'separator',
        { label: 'Save now', run: () => void save() },
        {
          label: 'Reload saved file',
          run: () => void change('Reloading', () => api.reload()),
        },
        { label: 'Reset to sample…', run: () => void resetToSample() },
        'separator',
        {
          label: `Settings… (${s.locale}, ${s.userLocale})`,
          run: () => settings.open(s.locale, s.userLocale),
        },
      ],
    },
    ...editingMenus(s),
    {
      label: 'Extensions',
      items: extensionsEntries(s.menus, (fn) => void runMenuItem(fn)),
      emptyText: 'No add-on menu: onOpen added none',
    },
    // Menus from Ui.createMenu() sit in the menu bar itself.
    ...s.menus
      .filter((m) => !m.addon)
      .map((m) => ({ label: m.title, items: scriptEntries(m.items, (fn) => void runMenuItem(fn)) })),
  ]);
}

async function save(): Promise<void> {
  const result = await guarded('Saving', () => api.save());
  if (result) setStatus(`Saved to ${result.file}`);
}

async function resetToSample(): Promise<void> {
  if (!window.confirm('Replace the whole workbook with the sample products? Your changes will be lost.'))
    return;
  await change('Resetting', () => api.reset(), 'Workbook reset to the sample');
}

csvFile.addEventListener('change', async () => {
  const file = csvFile.files?.[0];
  csvFile.value = '';
  const sheet = snapshot?.activeSheet;
  if (!file || !sheet) return;
  const text = await file.text();
  setStatus(`Importing ${file.name}…`);
  await change('Import CSV', () => api.importCsv(sheet, text), `Imported ${file.name} into ${sheet}`);
});

// Formula bar: edits the active cell; Enter commits, Escape restores.
formulaInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    writeCells(grid.activeCell, [[formulaInput.value]]);
    grid.focus();
  } else if (e.key === 'Escape') {
    formulaInput.value = grid.cellAt(grid.activeCell)?.input ?? '';
    grid.focus();
  }
});

// Name box: type "B3" or "A2:L29" and Enter to select it.
nameBox.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const range = parseRangeA1(nameBox.value);
  if (range) grid.select(range);
  else nameBox.value = grid.selectionA1();
  grid.focus();
});

// Errors show their message on hover, as Sheets does.
document.addEventListener('mouseover', (e) => {
  const td = (e.target as HTMLElement).closest?.('td.err, td.invalid') as HTMLElement | null;
  if (!td) {
    tooltip.hidden = true;
    return;
  }
  const r = td.getBoundingClientRect();
  tooltip.replaceChildren(
    Object.assign(document.createElement('strong'), { textContent: 'Error' }),
    document.createTextNode(td.dataset.message || td.textContent || ''),
  );
  tooltip.hidden = false;
  // Beside the cell, on its left when there is no room on the right.
  const room = window.innerWidth - r.right - 8;
  tooltip.style.left = `${room >= tooltip.offsetWidth ? r.right + 4 : Math.max(4, r.left - tooltip.offsetWidth - 4)}px`;
  tooltip.style.top = `${r.top}px`;
});

const dialogs = new Dialogs(
  {
    backdrop: byId('dialog-backdrop'),
    title: byId('dialog-title'),
    message: byId('dialog-message'),
    input: byId<HTMLInputElement>('dialog-input'),
    buttons: byId('dialog-buttons'),
  },
  (id, answer) => void guarded('Answering the dialog', () => api.answer(id, answer)),
);

/**
 * A sidebar's or dialog's hooks. google.script.run goes to the server without a refresh afterwards: the
 * changes a call makes reach the grid as server events ("changed", "sidebar"), so a sidebar that polls
 * the server often does not make the page re-read the sheet each time. close() closes it on the server too.
 */
function scriptFrame<View extends SidebarView | HtmlDialogView>(
  ids: { container: string; prefix: string },
  what: string,
  urlOf: (id: number) => string,
  closeOnServer: () => Promise<unknown>,
  layout?: (view: View, els: ScriptFrameElements) => void,
): ScriptFrame<View> {
  const els: ScriptFrameElements = {
    container: byId(ids.container),
    title: byId(`${ids.prefix}-title`),
    frame: byId<HTMLIFrameElement>(`${ids.prefix}-frame`),
    closeButton: byId(`${ids.prefix}-close`),
  };
  const hooks = {
    run: api.runScript,
    close: () =>
      void guarded(`Closing the ${what}`, async () => {
        await closeOnServer();
        await refresh();
      }),
  };
  return new ScriptFrame(els, urlOf, hooks, layout);
}

const sidebar = scriptFrame<SidebarView>(
  { container: 'sidebar', prefix: 'sidebar' },
  'sidebar',
  sidebarUrl,
  () => api.closeSidebar(),
);

// Ui.showModalDialog / showModelessDialog: the size the add-on asked for, over the grid; a modal one has a
// backdrop that blocks the sheet.
const htmlDialog = scriptFrame<HtmlDialogView>(
  { container: 'html-dialog-backdrop', prefix: 'html-dialog' },
  'dialog',
  htmlDialogUrl,
  () => api.closeHtmlDialog(),
  (view, { container, frame }) => {
    container.classList.toggle('modeless', !view.modal);
    frame.style.width = `${view.width}px`;
    frame.style.height = `${view.height}px`;
  },
);

function onServerEvent(event: ServerEvent): void {
  switch (event.type) {
    case 'changed':
      if (event.version !== snapshot?.version) void refresh();
      break;
    case 'dialog':
      dialogs.show(event.dialog);
      break;
    case 'dialog-closed':
      dialogs.dismiss(event.id);
      break;
    case 'sidebar':
      sidebar.show(event.sidebar);
      break;
    case 'html-dialog':
      htmlDialog.show(event.dialog);
      break;
    case 'toast':
      toasts.show(event.title, event.message, event.timeoutSeconds);
      break;
  }
}

document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') {
    e.preventDefault();
    void save();
  } else if ((e.ctrlKey || e.metaKey) && e.key === 'z' && document.activeElement === byId('grid-scroll')) {
    e.preventDefault();
    if (snapshot?.undo) void change('Undo', () => api.undo(), `Undid ${snapshot.undo}`);
  }
});

listen(onServerEvent);
// A sidebar that was open before this page (re)loaded is built again, showing the current state.
await guarded('Reopening the sidebar', () => api.reopenSidebar());
apply(await guarded('Loading', () => api.viewport(1, Math.ceil(window.innerHeight / ROW_HEIGHT) + 40)));
grid.focus();
document.body.dataset.ready = 'true';
