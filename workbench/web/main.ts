// The workbench page: wires the grid, formula bar, tabs, menus, dialogs and sidebar to the server.
// The server holds the workbook (the stand-in Workbook on HyperFormula) and runs the add-on; the page
// only shows snapshots and sends what the user does.
import { type CellAddress, cellA1, parseRangeA1, rangeA1 } from '../app/a1';
import type { HtmlDialogView, ServerEvent, SidebarView, Snapshot } from '../app/protocol';
import { api, csvExportUrl, htmlDialogUrl, listen, sidebarUrl } from './api';
import { Dialogs } from './dialogs';
import { Grid } from './grid';
import { extensionsEntries, MenuBar, scriptEntries } from './menus';
import { ScriptFrame, type ScriptFrameElements } from './script-frame';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

const statusEl = byId('status');
const nameBox = byId<HTMLInputElement>('name-box');
const formulaInput = byId<HTMLInputElement>('formula-input');
const tabsEl = byId('tabs');
const csvFile = byId<HTMLInputElement>('csv-file');
const tooltip = byId('tooltip');

let snapshot: Snapshot | null = null;

function setStatus(text: string, isError = false): void {
  statusEl.textContent = text;
  statusEl.classList.toggle('error', isError);
}

async function guarded<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (err) {
    setStatus(`${what} failed: ${err instanceof Error ? err.message : String(err)}`, true);
    return undefined;
  }
}

/** Writes a block of typed entries starting at `at`, from the grid or the formula bar. */
function writeCells(at: CellAddress, inputs: string[][]): void {
  const sheet = snapshot?.activeSheet;
  if (!sheet) return;
  void guarded('Editing', async () => apply(await api.setInputs(sheet, cellA1(at), inputs)));
}

const grid = new Grid(
  byId<HTMLTableElement>('grid'),
  byId('grid-scroll'),
  byId<HTMLInputElement>('cell-editor'),
  {
    commit: writeCells,
    selectionChanged(range) {
      showActiveCell();
      const sheet = snapshot?.activeSheet;
      if (!sheet) return;
      const a1 = rangeA1(range);
      void guarded('Selecting', () => api.select(sheet, a1));
    },
  },
);

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
  snapshot = next;
  renderTabs(next);
  const frozen = next.sheets.find((s) => s.name === next.activeSheet)?.frozenRows ?? 0;
  grid.render(next.view, frozen);
  if (sheetChanged || scriptMoved) {
    const range = parseRangeA1(next.selection);
    if (range) grid.select(range);
  }
  showActiveCell();
  if (menusChanged) renderMenus(next);
  sidebar.show(next.sidebar);
  htmlDialog.show(next.htmlDialog);
}

async function refresh(): Promise<void> {
  apply(await guarded('Refreshing', () => api.snapshot()));
}

function renderTabs(s: Snapshot): void {
  const tabs = s.sheets.map((sheet) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'tab';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(sheet.name === s.activeSheet));
    b.textContent = sheet.name;
    b.addEventListener('click', () => {
      if (sheet.name !== snapshot?.activeSheet)
        void guarded('Switching sheet', async () => apply(await api.activate(sheet.name)));
    });
    return b;
  });
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'tab add';
  add.title = 'Add sheet';
  add.setAttribute('aria-label', 'Add sheet');
  add.textContent = '+';
  add.addEventListener(
    'click',
    () => void guarded('Adding a sheet', async () => apply(await api.addSheet())),
  );
  tabsEl.replaceChildren(add, ...tabs);
}

/** Runs an add-on function from its menu item (AuthMode.FULL on the server), then shows what changed. */
async function runMenuItem(functionName: string): Promise<void> {
  setStatus(`Running ${functionName}…`);
  const outcome = await guarded('Running the menu item', () => api.runMenu(functionName));
  if (outcome && !outcome.ok) setStatus(`${functionName}: ${outcome.error}`, true);
  else if (outcome) setStatus(`Ran ${functionName}`);
  await refresh();
}

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
          run: () => void guarded('Reloading', async () => apply(await api.reload())),
        },
        { label: 'Reset to sample…', run: () => void resetToSample() },
      ],
    },
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
  apply(await guarded('Resetting', () => api.reset()));
  setStatus('Workbook reset to the sample');
}

csvFile.addEventListener('change', async () => {
  const file = csvFile.files?.[0];
  csvFile.value = '';
  const sheet = snapshot?.activeSheet;
  if (!file || !sheet) return;
  const text = await file.text();
  apply(await guarded('Importing CSV', () => api.importCsv(sheet, text)));
  setStatus(`Imported ${file.name} into ${sheet}`);
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
  const td = (e.target as HTMLElement).closest?.('td.err') as HTMLElement | null;
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
      setStatus(event.title ? `${event.title}: ${event.message}` : event.message);
      break;
  }
}

document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') {
    e.preventDefault();
    void save();
  }
});

listen(onServerEvent);
await refresh();
grid.focus();
document.body.dataset.ready = 'true';
