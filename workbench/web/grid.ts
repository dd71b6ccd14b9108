// The spreadsheet grid: renders a SheetView into a table, keeps the selection (click, shift-click, drag,
// arrows) and edits cells in place. It knows nothing of the server: it reports edits and selection
// changes through callbacks and re-renders only the cells whose content changed.
import { columnLetters } from '../../src/shared/a1';
import { type CellAddress, cellA1, type RangeAddress, rangeA1, spanOf } from '../app/a1';
import type { CellView, SheetView } from '../app/protocol';

export interface GridCallbacks {
  /** The user typed `inputs` (a block of raw entries) starting at `at`. */
  commit(at: CellAddress, inputs: string[][]): void;
  selectionChanged(range: RangeAddress, cursor: CellAddress): void;
}

const MIN_ROWS = 100;
const MIN_COLUMNS = 20;
const SPARE_ROWS = 30;
const SPARE_COLUMNS = 4;
const HEAD_WIDTH = 46;
const DEFAULT_WIDTH = 100;
const MAX_WIDTH = 300;
const CHAR_WIDTH = 7.2;

function cellKey(cell: CellView | null): string {
  return cell ? `${cell.kind}\u0000${cell.text}\u0000${cell.input}\u0000${cell.message ?? ''}` : '';
}

export class Grid {
  private view: SheetView = { name: '', cells: [], truncated: false };
  private tds: HTMLTableCellElement[][] = [];
  private rowHeads: HTMLTableCellElement[] = [];
  private colHeads: HTMLTableCellElement[] = [];
  private keys: string[][] = [];
  private rows = 0;
  private columns = 0;
  private frozenRows = 0;
  /** The active cell (the formula bar shows it, typing edits it), as Range.getCurrentCell() would return. */
  private active: CellAddress = { row: 1, column: 1 };
  /** The other corner of the selection: moved by shift-click, drag and shift+arrows. */
  private corner: CellAddress = { row: 1, column: 1 };
  private dragging = false;
  /** The cell being edited in place, while the cell editor is open. */
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

  cellAt({ row, column }: CellAddress): CellView | null {
    return this.view.cells[row - 1]?.[column - 1] ?? null;
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  /** Shows a sheet; rebuilds the table when its size changes, else updates only the changed cells. */
  render(view: SheetView, frozenRows: number): void {
    const usedRows = view.cells.length;
    const usedColumns = Math.max(0, ...view.cells.map((r) => r.length));
    const rows = Math.max(MIN_ROWS, usedRows + SPARE_ROWS, this.corner.row, this.active.row);
    const columns = Math.max(
      MIN_COLUMNS,
      usedColumns + SPARE_COLUMNS,
      this.corner.column,
      this.active.column,
    );
    const sameSheet = view.name === this.view.name;
    this.view = view;
    if (!sameSheet || rows > this.rows || columns > this.columns || frozenRows !== this.frozenRows) {
      this.build(rows, columns, frozenRows, view.truncated);
      this.paintAll(false);
    } else {
      this.paintAll(true);
    }
    this.paintSelection();
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
    const td = this.tds[at.row - 1]?.[at.column - 1];
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

  private build(rows: number, columns: number, frozenRows: number, truncated: boolean): void {
    this.rows = rows;
    this.columns = columns;
    this.frozenRows = frozenRows;
    const doc = this.table.ownerDocument;
    const colgroup = doc.createElement('colgroup');
    colgroup.append(Object.assign(doc.createElement('col'), { className: 'h' }));
    const widths = this.columnWidths(columns);
    for (const width of widths) {
      const col = doc.createElement('col');
      col.style.width = `${width}px`;
      colgroup.append(col);
    }
    // A fixed layout needs the table's width: the row headers plus every column.
    this.table.style.width = `${HEAD_WIDTH + widths.reduce((a, b) => a + b, 0)}px`;
    const thead = doc.createElement('thead');
    const headRow = thead.insertRow();
    headRow.append(Object.assign(doc.createElement('th'), { className: 'corner' }));
    this.colHeads = [];
    for (let c = 1; c <= columns; c++) {
      const th = doc.createElement('th');
      th.textContent = columnLetters(c);
      th.dataset.column = String(c);
      headRow.append(th);
      this.colHeads.push(th);
    }
    const tbody = doc.createElement('tbody');
    this.tds = [];
    this.rowHeads = [];
    this.keys = [];
    for (let r = 1; r <= rows; r++) {
      const tr = tbody.insertRow();
      if (r === frozenRows) tr.className = 'frozen-last';
      const th = doc.createElement('th');
      th.textContent = String(r);
      th.dataset.row = String(r);
      tr.append(th);
      this.rowHeads.push(th);
      const line: HTMLTableCellElement[] = [];
      for (let c = 1; c <= columns; c++) {
        const td = tr.insertCell();
        td.dataset.cell = cellA1({ row: r, column: c });
        td.dataset.row = String(r);
        td.dataset.column = String(c);
        line.push(td);
      }
      this.tds.push(line);
      this.keys.push(new Array<string>(columns).fill(''));
    }
    if (truncated) {
      const tr = tbody.insertRow();
      tr.className = 'truncated-note';
      const td = tr.insertCell();
      td.colSpan = columns + 1;
      td.textContent = 'The workbench shows the first rows of this sheet only.';
    }
    this.table.replaceChildren(colgroup, thead, tbody);
  }

  /** Sheets' default 100 px, widened to fit the longest text a column holds when the sheet is shown. */
  private columnWidths(columns: number): number[] {
    return Array.from({ length: columns }, (_, c) => {
      let longest = 0;
      for (const row of this.view.cells) longest = Math.max(longest, row[c]?.text.length ?? 0);
      return Math.min(MAX_WIDTH, Math.max(DEFAULT_WIDTH, Math.ceil(longest * CHAR_WIDTH) + 12));
    });
  }

  private paintAll(flashChanges: boolean): void {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.columns; c++) {
        const cell = this.view.cells[r]?.[c] ?? null;
        const key = cellKey(cell);
        if ((this.keys[r] as string[])[c] === key) continue;
        (this.keys[r] as string[])[c] = key;
        this.paintCell(
          (this.tds[r] as HTMLTableCellElement[])[c] as HTMLTableCellElement,
          cell,
          flashChanges,
        );
      }
    }
  }

  private paintCell(td: HTMLTableCellElement, cell: CellView | null, flash: boolean): void {
    td.textContent = cell?.text ?? '';
    td.classList.toggle('num', cell?.kind === 'number');
    td.classList.toggle('bool', cell?.kind === 'boolean');
    td.classList.toggle('err', cell?.kind === 'error');
    if (cell?.kind === 'error') td.dataset.message = cell.message ?? '';
    else delete td.dataset.message;
    if (flash) {
      td.classList.remove('flash');
      void td.offsetWidth; // restart the animation
      td.classList.add('flash');
    }
  }

  private paintSelection(): void {
    const sel = this.selection;
    for (const td of this.table.querySelectorAll('td.sel, td.cursor')) td.classList.remove('sel', 'cursor');
    for (const th of this.table.querySelectorAll('th.active')) th.classList.remove('active');
    const multi = sel.top !== sel.bottom || sel.left !== sel.right;
    for (let r = sel.top; r <= Math.min(sel.bottom, this.rows); r++) {
      this.rowHeads[r - 1]?.classList.add('active');
      if (!multi) continue;
      for (let c = sel.left; c <= Math.min(sel.right, this.columns); c++) {
        this.tds[r - 1]?.[c - 1]?.classList.add('sel');
      }
    }
    for (let c = sel.left; c <= Math.min(sel.right, this.columns); c++)
      this.colHeads[c - 1]?.classList.add('active');
    this.tds[this.active.row - 1]?.[this.active.column - 1]?.classList.add('cursor');
  }

  private selectionMoved(): void {
    this.paintSelection();
    this.scrollIntoView(this.corner);
    this.callbacks.selectionChanged(this.selection, this.active);
  }

  private scrollIntoView(at: CellAddress): void {
    const td = this.tds[at.row - 1]?.[at.column - 1];
    if (!td) return;
    const head = this.rowHeads[0]?.offsetWidth ?? 0;
    const top = this.colHeads[0]?.offsetHeight ?? 0;
    const s = this.scroller;
    if (td.offsetLeft - head < s.scrollLeft) s.scrollLeft = td.offsetLeft - head;
    else if (td.offsetLeft + td.offsetWidth > s.scrollLeft + s.clientWidth)
      s.scrollLeft = td.offsetLeft + td.offsetWidth - s.clientWidth;
    if (td.offsetTop - top < s.scrollTop) s.scrollTop = td.offsetTop - top;
    else if (td.offsetTop + td.offsetHeight > s.scrollTop + s.clientHeight)
      s.scrollTop = td.offsetTop + td.offsetHeight - s.clientHeight;
  }

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
    if (at.row === null) {
      // A column header selects the whole column (of the rows the grid shows).
      this.active = { row: 1, column: at.column as number };
      this.corner = { row: this.rows, column: at.column as number };
    } else if (at.column === null) {
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
    this.active = this.corner = { row: at.row, column: at.column };
    this.paintSelection();
    this.beginEdit();
  }

  private move(dRow: number, dColumn: number, extend: boolean): void {
    const from = extend ? this.corner : this.active;
    const next = {
      row: Math.min(Math.max(1, from.row + dRow), this.rows),
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
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.clearSelection();
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

  /** Copies the selection as tab-separated text (what Sheets puts on the clipboard): formulas' results. */
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
    const rows = text
      .replace(/\r\n?/g, '\n')
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => line.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    this.callbacks.commit(
      this.active,
      rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
    );
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

  private clearSelection(): void {
    const sel = this.selection;
    const inputs = Array.from({ length: sel.bottom - sel.top + 1 }, () =>
      new Array<string>(sel.right - sel.left + 1).fill(''),
    );
    this.callbacks.commit({ row: sel.top, column: sel.left }, inputs);
  }

  /** A1 text of the current selection, for the name box. */
  selectionA1(): string {
    return rangeA1(this.selection);
  }
}
