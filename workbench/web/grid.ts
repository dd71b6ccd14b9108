// The spreadsheet grid. Virtualised: the table holds the frozen rows and only the rows in view (plus a
// margin), between two spacer rows that give the scroll bar the height of the whole sheet, so a
// 50,000-row sheet costs what a screenful does. Every row is ROW_HEIGHT tall, so positions are computed,
// never measured; repainting a changed cell writes its text and classes and reads no layout.
// It knows nothing of the server: it reports edits, selection changes and the rows it needs through
// callbacks.
import { columnLetters } from '../../src/shared/a1';
import { type CellAddress, cellA1, type RangeAddress, rangeA1, spanOf } from '../app/a1';
import type { CellView, SheetView } from '../app/protocol';

export interface GridCallbacks {
  /** The user typed `inputs` (a block of raw entries) starting at `at`. */
  commit(at: CellAddress, inputs: string[][]): void;
  /** The user pressed Delete or Backspace on a selection: empty its cells. */
  clear(range: RangeAddress): void;
  selectionChanged(range: RangeAddress, cursor: CellAddress): void;
  /** The grid scrolled to rows the last view does not hold: ask the server for `count` rows from `top`. */
  needRows(top: number, count: number): void;
  /** The dropdown arrow of a cell was clicked. */
  openDropdown(at: CellAddress, options: readonly string[], anchor: DOMRect): void;
}

/** Row height in px (app.css --row-h); every row has it, so a row's position is (row - 1) x ROW_HEIGHT. */
export const ROW_HEIGHT = 21;
const HEAD_WIDTH = 46;
const DEFAULT_WIDTH = 100;
const MAX_WIDTH = 300;
const CHAR_WIDTH = 7.2;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 20;
/** Rows asked of the server around the visible ones (a window of about three screens). */
const FETCH_MARGIN = 100;

function cellKey(cell: CellView | null): string {
  if (!cell) return '';
  const control =
    cell.control?.kind === 'dropdown'
      ? `d${cell.control.options.join('\u0001')}`
      : (cell.control?.kind ?? '');
  return `${cell.kind}\u0000${cell.text}\u0000${cell.input}\u0000${cell.message ?? ''}\u0000${control}\u0000${cell.invalid ?? ''}`;
}

export class Grid {
  private view: SheetView = { name: '', top: 1, cells: [], frozen: [], columns: 0, truncated: false };
  private gridRows = 0;
  private columns = 0;
  private frozenRows = 0;
  private widths: number[] = [];
  /** Rendered rows: row number to its cells, and the painted key of each cell. */
  private rendered = new Map<number, { tds: HTMLTableCellElement[]; keys: string[] }>();
  private rowHeads = new Map<number, HTMLTableCellElement>();
  private colHeads: HTMLTableCellElement[] = [];
  private tbody: HTMLTableSectionElement | null = null;
  private firstRendered = 1;
  private lastRendered = 0;
  private scrollQueued = false;
  /** The window last asked of the server, so one scroll asks once. */
  private asked = '';
  private active: CellAddress = { row: 1, column: 1 };
  private corner: CellAddress = { row: 1, column: 1 };
  private dragging = false;
  private editing: CellAddress | null = null;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly scroller: HTMLElement,
    private readonly editor: HTMLInputElement,
    private readonly callbacks: GridCallbacks,
  ) {
    scroller.tabIndex = 0;
    table.addEventListener('mousedown', (e) => this.onMouseDown(e));
    table.addEventListener('mouseover', (e) => this.onMouseOver(e));
    table.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    window.addEventListener('mouseup', () => this.endDrag());
    scroller.addEventListener('keydown', (e) => this.onGridKey(e));
    scroller.addEventListener('copy', (e) => this.onCopy(e));
    scroller.addEventListener('paste', (e) => this.onPaste(e));
    scroller.addEventListener('scroll', () => this.onScroll(), { passive: true });
    editor.addEventListener('keydown', (e) => this.onEditorKey(e));
    editor.addEventListener('blur', () => {
      if (this.editing) this.commitEdit(null);
    });
  }

  get selection(): RangeAddress {
    return spanOf(this.active, this.corner);
  }

  get activeCell(): CellAddress {
    return this.active;
  }

  /** Rows and columns of the grid (the sheet's grid size as shown). */
  get size(): { rows: number; columns: number } {
    return { rows: this.gridRows, columns: this.columns };
  }

  cellAt({ row, column }: CellAddress): CellView | null {
    if (row <= this.frozenRows) return this.view.frozen[row - 1]?.[column - 1] ?? null;
    return this.view.cells[row - this.view.top]?.[column - 1] ?? null;
  }

  /** Left edge (px, from the grid's left) and width of a column, for charts anchored to cells. */
  columnBox(column: number): { left: number; width: number } {
    let left = HEAD_WIDTH;
    for (let c = 1; c < column; c++) left += this.widths[c - 1] ?? DEFAULT_WIDTH;
    return { left, width: this.widths[column - 1] ?? DEFAULT_WIDTH };
  }

  /** Top edge (px, from the grid's top, header included) of a row. */
  rowTop(row: number): number {
    return ROW_HEIGHT * row;
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  /** Shows a sheet's view; rebuilds the table for another sheet or size, else repaints changed cells. */
  render(view: SheetView, gridRows: number, frozenRows: number): void {
    const sameSheet = view.name === this.view.name;
    const rebuild =
      !sameSheet ||
      gridRows !== this.gridRows ||
      view.columns !== this.columns ||
      frozenRows !== this.frozenRows;
    this.view = view;
    this.asked = '';
    if (rebuild) {
      if (!sameSheet) {
        this.widths = [];
        this.scroller.scrollTop = 0;
        this.scroller.scrollLeft = 0;
      }
      this.gridRows = gridRows;
      this.columns = view.columns;
      this.frozenRows = Math.min(frozenRows, gridRows);
      this.fitWidths();
      this.build();
    } else {
      this.paintRendered(true);
    }
    this.paintSelection();
    this.requestMissingRows();
  }

  /** Selects a block; the cursor goes to its top-left cell. */
  select(range: RangeAddress): void {
    this.active = { row: range.top, column: range.left };
    this.corner = { row: range.bottom, column: range.right };
    this.selectionMoved();
  }

  /** Starts editing the active cell: with `initial` text (typing replaces) or its current input. */
  beginEdit(initial?: string): void {
    const at = this.active;
    this.scrollIntoView(at);
    this.renderVisible();
    const td = this.tdAt(at);
    if (!td) return;
    this.editing = at;
    // A spilled cell's input is empty (protocol.ts): editing it starts blank, as in Sheets.
    this.editor.value = initial ?? this.cellAt(at)?.input ?? '';
    this.editor.style.left = `${td.offsetLeft}px`;
    this.editor.style.top = `${td.offsetTop}px`;
    this.editor.style.minWidth = `${td.offsetWidth}px`;
    this.editor.style.width = `${Math.max(td.offsetWidth, this.editor.value.length * 8 + 16)}px`;
    this.editor.style.height = `${td.offsetHeight}px`;
    this.editor.hidden = false;
    this.editor.focus();
    const end = this.editor.value.length;
    this.editor.setSelectionRange(end, end);
  }

  /** A1 text of the current selection, for the name box. */
  selectionA1(): string {
    return rangeA1(this.selection);
  }

  // ---- building and painting ---------------------------------------------------------------------------

  /** Column widths: Sheets' 100 px, widened (never narrowed while the sheet is shown) to fit the text. */
  private fitWidths(): void {
    const widths = Array.from({ length: this.columns }, (_, c) => this.widths[c] ?? DEFAULT_WIDTH);
    for (const row of [...this.view.frozen, ...this.view.cells]) {
      row.forEach((cell, c) => {
        if (!cell || c >= widths.length) return;
        const want = Math.min(MAX_WIDTH, Math.ceil(cell.text.length * CHAR_WIDTH) + 12);
        if (want > (widths[c] as number)) widths[c] = want;
      });
    }
    this.widths = widths;
  }

  private build(): void {
    const doc = this.table.ownerDocument;
    const colgroup = doc.createElement('colgroup');
    colgroup.append(Object.assign(doc.createElement('col'), { className: 'h' }));
    for (const width of this.widths) {
      const col = doc.createElement('col');
      col.style.width = `${width}px`;
      colgroup.append(col);
    }
    // A fixed layout needs the table's width: the row headers plus every column.
    this.table.style.width = `${HEAD_WIDTH + this.widths.reduce((a, b) => a + b, 0)}px`;
    const thead = doc.createElement('thead');
    const headRow = thead.insertRow();
    headRow.append(Object.assign(doc.createElement('th'), { className: 'corner' }));
    this.colHeads = [];
    for (let c = 1; c <= this.columns; c++) {
      const th = doc.createElement('th');
      th.textContent = columnLetters(c);
      th.dataset.column = String(c);
      headRow.append(th);
      this.colHeads.push(th);
    }
    this.tbody = doc.createElement('tbody');
    const parts: Node[] = [colgroup, thead, this.tbody];
    if (this.view.truncated) {
      const note = doc.createElement('caption');
      note.className = 'truncated-note';
      note.textContent = `The workbench shows the first ${this.columns} columns of this sheet only.`;
      parts.push(note);
    }
    this.table.replaceChildren(...parts);
    // Rows drawn for the old table are never reused: they hold another sheet's cells or the old number
    // of columns (painting a shorter row threw halfway and left the rest showing stale cells).
    this.rendered.clear();
    this.rowHeads.clear();
    this.firstRendered = 1;
    this.lastRendered = 0;
    this.renderVisible(true);
  }

  /** Rows that are in view (by the scroll position), with the overscan. */
  private visibleRows(): { first: number; last: number } {
    const frozen = this.frozenRows;
    const top = Math.floor(this.scroller.scrollTop / ROW_HEIGHT) + frozen + 1;
    const count = Math.ceil(this.scroller.clientHeight / ROW_HEIGHT) + 1;
    return {
      first: Math.max(frozen + 1, top - OVERSCAN),
      last: Math.min(this.gridRows, top + count + OVERSCAN),
    };
  }

  /** Re-renders the body rows when the visible block moved (or `force`). */
  private renderVisible(force = false): void {
    const { first, last } = this.visibleRows();
    if (!force && first === this.firstRendered && last === this.lastRendered) return;
    const tbody = this.tbody;
    if (!tbody) return;
    const doc = this.table.ownerDocument;
    const keep = new Map(this.rendered);
    this.rendered.clear();
    this.rowHeads.clear();
    const rows: HTMLTableRowElement[] = [];
    for (let r = 1; r <= this.frozenRows; r++) rows.push(this.rowElement(doc, r, keep));
    rows.push(spacer(doc, (first - this.frozenRows - 1) * ROW_HEIGHT, this.columns));
    for (let r = first; r <= last; r++) rows.push(this.rowElement(doc, r, keep));
    rows.push(spacer(doc, (this.gridRows - last) * ROW_HEIGHT, this.columns));
    tbody.replaceChildren(...rows);
    this.firstRendered = first;
    this.lastRendered = last;
    this.paintRendered(false);
    this.paintSelection();
  }

  private rowElement(
    doc: Document,
    r: number,
    keep: Map<number, { tds: HTMLTableCellElement[]; keys: string[] }>,
  ): HTMLTableRowElement {
    const old = keep.get(r);
    const oldHead = old?.tds[0]?.parentElement as HTMLTableRowElement | undefined;
    if (old && oldHead) {
      this.rendered.set(r, old);
      this.rowHeads.set(r, oldHead.firstElementChild as HTMLTableCellElement);
      return oldHead;
    }
    const tr = doc.createElement('tr');
    if (r <= this.frozenRows) tr.classList.add('frozen');
    if (r === this.frozenRows) tr.classList.add('frozen-last');
    if (r <= this.frozenRows) tr.style.top = `${ROW_HEIGHT * r}px`;
    const th = doc.createElement('th');
    th.textContent = String(r);
    th.dataset.row = String(r);
    tr.append(th);
    const tds: HTMLTableCellElement[] = [];
    for (let c = 1; c <= this.columns; c++) {
      const td = tr.insertCell();
      td.dataset.cell = cellA1({ row: r, column: c });
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      tds.push(td);
    }
    this.rendered.set(r, { tds, keys: new Array<string>(this.columns).fill('') });
    this.rowHeads.set(r, th);
    return tr;
  }

  private paintRendered(flashChanges: boolean): void {
    const changed: HTMLTableCellElement[] = [];
    for (const [r, line] of this.rendered) {
      for (let c = 0; c < this.columns; c++) {
        const cell = this.cellAt({ row: r, column: c + 1 });
        const key = cellKey(cell);
        if (line.keys[c] === key) continue;
        line.keys[c] = key;
        const td = line.tds[c] as HTMLTableCellElement;
        paintCell(td, cell);
        if (flashChanges) changed.push(td);
      }
    }
    // A flash through the Web Animations API reads no layout (restarting a CSS animation would force one
    // per cell: what blocked the page for minutes when a whole column changed).
    for (const td of changed)
      td.animate([{ backgroundColor: '#fef7cd' }, { backgroundColor: 'transparent' }], 600);
  }

  private tdAt(at: CellAddress): HTMLTableCellElement | undefined {
    return this.rendered.get(at.row)?.tds[at.column - 1];
  }

  private paintSelection(): void {
    const sel = this.selection;
    for (const td of this.table.querySelectorAll('td.sel, td.cursor')) td.classList.remove('sel', 'cursor');
    for (const th of this.table.querySelectorAll('th.active')) th.classList.remove('active');
    const multi = sel.top !== sel.bottom || sel.left !== sel.right;
    for (const [r, line] of this.rendered) {
      if (r < sel.top || r > sel.bottom) continue;
      this.rowHeads.get(r)?.classList.add('active');
      if (!multi) continue;
      for (let c = sel.left; c <= Math.min(sel.right, this.columns); c++)
        line.tds[c - 1]?.classList.add('sel');
    }
    for (let c = sel.left; c <= Math.min(sel.right, this.columns); c++)
      this.colHeads[c - 1]?.classList.add('active');
    this.tdAt(this.active)?.classList.add('cursor');
  }

  // ---- scrolling ------------------------------------------------------------------------------------------

  private onScroll(): void {
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      this.renderVisible();
      this.requestMissingRows();
    });
  }

  /** Asks for the rows in view when the view does not hold them (rows below the frozen ones). */
  private requestMissingRows(): void {
    const { first, last } = this.visibleRows();
    const have = { first: this.view.top, last: this.view.top + this.view.cells.length - 1 };
    if (first >= have.first && last <= have.last) return;
    const top = Math.max(1, first - FETCH_MARGIN);
    const count = last - first + 1 + 2 * FETCH_MARGIN;
    const key = `${top}:${count}`;
    if (this.asked === key) return;
    this.asked = key;
    this.callbacks.needRows(top, count);
  }

  private selectionMoved(): void {
    this.scrollIntoView(this.corner);
    this.renderVisible();
    this.paintSelection();
    this.callbacks.selectionChanged(this.selection, this.active);
  }

  /** Scrolls so that a cell is in view, from computed positions (no layout read). */
  private scrollIntoView(at: CellAddress): void {
    const s = this.scroller;
    const { left, width } = this.columnBox(at.column);
    if (left - HEAD_WIDTH < s.scrollLeft) s.scrollLeft = left - HEAD_WIDTH;
    else if (left + width > s.scrollLeft + s.clientWidth) s.scrollLeft = left + width - s.clientWidth;
    if (at.row <= this.frozenRows) return;
    const top = ROW_HEIGHT * at.row; // below the header row
    const covered = ROW_HEIGHT * (1 + this.frozenRows); // header and frozen rows stay on top
    if (top - covered < s.scrollTop) s.scrollTop = top - covered;
    else if (top + ROW_HEIGHT > s.scrollTop + s.clientHeight) s.scrollTop = top + ROW_HEIGHT - s.clientHeight;
  }

  // ---- mouse and keyboard -----------------------------------------------------------------------------

  private addressOf(target: EventTarget | null): { row: number | null; column: number | null } | null {
    const el = (target as HTMLElement | null)?.closest?.('td, th') as HTMLElement | null;
    if (!el?.dataset) return null;
    const row = el.dataset.row ? Number(el.dataset.row) : null;
    const column = el.dataset.column ? Number(el.dataset.column) : null;
    return row === null && column === null ? null : { row, column };
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.button !== 0) return;
    const at = this.addressOf(e.target);
    if (!at) return;
    e.preventDefault();
    if (this.editing) this.commitEdit(null);
    this.focus();
    if (at.row !== null && at.column !== null && this.onControl(e.target as HTMLElement, at.row, at.column))
      return;
    if (at.row === null) {
      // A column header selects the whole column.
      this.active = { row: 1, column: at.column as number };
      this.corner = { row: this.gridRows, column: at.column as number };
      this.paintSelection();
      this.callbacks.selectionChanged(this.selection, this.active);
      return;
    }
    if (at.column === null) {
      this.active = { row: at.row, column: 1 };
      this.corner = { row: at.row, column: this.columns };
    } else {
      const cell = { row: at.row, column: at.column };
      if (!e.shiftKey) this.active = cell;
      this.corner = cell;
      this.dragging = true;
    }
    this.selectionMoved();
  }

  /** A click on a checkbox ticks it; on a dropdown's arrow opens the list. True when it was one. */
  private onControl(target: HTMLElement, row: number, column: number): boolean {
    const cell = this.cellAt({ row, column });
    if (cell?.control?.kind === 'checkbox' && target.matches('input[type="checkbox"]')) {
      this.active = this.corner = { row, column };
      this.paintSelection();
      this.callbacks.selectionChanged(this.selection, this.active);
      this.callbacks.commit({ row, column }, [[cell.input === 'TRUE' ? 'FALSE' : 'TRUE']]);
      return true;
    }
    if (cell?.control?.kind === 'dropdown' && target.matches('.dd-arrow')) {
      this.active = this.corner = { row, column };
      this.paintSelection();
      this.callbacks.selectionChanged(this.selection, this.active);
      this.callbacks.openDropdown({ row, column }, cell.control.options, target.getBoundingClientRect());
      return true;
    }
    return false;
  }

  private onMouseOver(e: MouseEvent): void {
    if (!this.dragging) return;
    const at = this.addressOf(e.target);
    if (!at || at.row === null || at.column === null) return;
    if (at.row === this.corner.row && at.column === this.corner.column) return;
    this.corner = { row: at.row, column: at.column };
    this.paintSelection();
  }

  private endDrag(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.callbacks.selectionChanged(this.selection, this.active);
  }

  private onDoubleClick(e: MouseEvent): void {
    const at = this.addressOf(e.target);
    if (!at || at.row === null || at.column === null) return;
    if ((e.target as HTMLElement).matches('input, .dd-arrow')) return;
    this.active = this.corner = { row: at.row, column: at.column };
    this.paintSelection();
    this.beginEdit();
  }

  private move(dRow: number, dColumn: number, extend: boolean): void {
    const from = extend ? this.corner : this.active;
    const next = {
      row: Math.min(Math.max(1, from.row + dRow), this.gridRows),
      column: Math.min(Math.max(1, from.column + dColumn), this.columns),
    };
    this.corner = next;
    if (!extend) this.active = next;
    this.selectionMoved();
  }

  private onGridKey(e: KeyboardEvent): void {
    if (this.editing || e.target !== this.scroller) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const arrow = arrows[e.key];
    if (arrow) {
      e.preventDefault();
      this.move(arrow[0], arrow[1], e.shiftKey);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.move(0, e.shiftKey ? -1 : 1, false);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.beginEdit();
    } else if (e.key === ' ' && this.cellAt(this.active)?.control?.kind === 'checkbox') {
      e.preventDefault();
      const cell = this.cellAt(this.active);
      this.callbacks.commit(this.active, [[cell?.input === 'TRUE' ? 'FALSE' : 'TRUE']]);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.callbacks.clear(this.selection);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.beginEdit(e.key);
    }
  }

  private onEditorKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.commitEdit([1, 0]);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.commitEdit([0, e.shiftKey ? -1 : 1]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.cancelEdit();
    }
  }

  /** Copies the selection as tab-separated text (what Sheets puts on the clipboard): formulas' results.
   * Rows the page has not loaded copy as empty: select and copy what is in view. */
  private onCopy(e: ClipboardEvent): void {
    if (this.editing || e.target !== this.scroller) return;
    const sel = this.selection;
    const lines: string[] = [];
    for (let r = sel.top; r <= sel.bottom; r++) {
      const cells: string[] = [];
      for (let c = sel.left; c <= sel.right; c++) cells.push(this.cellAt({ row: r, column: c })?.text ?? '');
      lines.push(cells.join('\t'));
    }
    e.clipboardData?.setData('text/plain', lines.join('\n'));
    e.preventDefault();
  }

  /** Pastes tab-separated text (from Sheets, Excel or a CSV viewer) as typed entries from the active cell. */
  private onPaste(e: ClipboardEvent): void {
    if (this.editing || e.target !== this.scroller) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    e.preventDefault();
    this.callbacks.commit(this.active, tabSeparated(text));
  }

  private commitEdit(moveBy: [number, number] | null): void {
    const at = this.editing;
    if (!at) return;
    this.editing = null;
    this.editor.hidden = true;
    const value = this.editor.value;
    if (value !== (this.cellAt(at)?.input ?? '')) this.callbacks.commit(at, [[value]]);
    this.focus();
    if (moveBy) this.move(moveBy[0], moveBy[1], false);
  }

  private cancelEdit(): void {
    this.editing = null;
    this.editor.hidden = true;
    this.focus();
  }
}

/** Rows of a tab-separated paste, padded to one width. */
export function tabSeparated(text: string): string[][] {
  const rows = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** An empty row of a given height standing for the rows not rendered. */
function spacer(doc: Document, height: number, columns: number): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  tr.className = 'spacer';
  tr.setAttribute('aria-hidden', 'true');
  const td = tr.insertCell();
  td.colSpan = columns + 1;
  td.style.height = `${Math.max(0, height)}px`;
  if (height <= 0) tr.hidden = true;
  return tr;
}

function paintCell(td: HTMLTableCellElement, cell: CellView | null): void {
  const control = cell?.control;
  if (control?.kind === 'checkbox' && (cell?.kind === 'boolean' || cell?.input === '')) {
    const box = td.ownerDocument.createElement('input');
    box.type = 'checkbox';
    box.checked = cell?.input === 'TRUE';
    box.tabIndex = -1;
    box.setAttribute('aria-label', `${td.dataset.cell} ${box.checked ? 'ticked' : 'not ticked'}`);
    td.replaceChildren(box);
  } else if (control?.kind === 'dropdown') {
    const arrow = td.ownerDocument.createElement('span');
    arrow.className = 'dd-arrow';
    arrow.textContent = '\u25be';
    arrow.title = 'Choose an item';
    td.replaceChildren(cell?.text ?? '', arrow);
  } else {
    td.textContent = cell?.text ?? '';
  }
  td.classList.toggle('num', cell?.kind === 'number');
  td.classList.toggle('bool', cell?.kind === 'boolean');
  td.classList.toggle('err', cell?.kind === 'error');
  td.classList.toggle('control', control !== undefined);
  td.classList.toggle('invalid', cell?.invalid !== undefined);
  if (cell?.kind === 'error') td.dataset.message = cell.message ?? '';
  else if (cell?.invalid) td.dataset.message = cell.invalid;
  else delete td.dataset.message;
}
