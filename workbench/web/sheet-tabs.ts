// The sheet tabs at the bottom: click to show a sheet, double-click to rename it, right-click (or the
// arrow on the selected tab) for Rename, Duplicate, Delete, Move left and Move right, as in Sheets.
import type { Snapshot } from '../app/protocol';

export interface TabActions {
  show(sheet: string): void;
  add(): void;
  rename(sheet: string): void;
  duplicate(sheet: string): void;
  remove(sheet: string): void;
  move(sheet: string, index: number): void;
}

export class SheetTabs {
  private readonly menu: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: TabActions,
  ) {
    this.menu = root.ownerDocument.createElement('div');
    this.menu.className = 'tab-menu';
    this.menu.id = 'tab-menu';
    this.menu.setAttribute('role', 'menu');
    this.menu.hidden = true;
    root.ownerDocument.body.append(this.menu);
    root.ownerDocument.addEventListener('mousedown', (e) => {
      if (!this.menu.contains(e.target as Node)) this.menu.hidden = true;
    });
  }

  render(s: Snapshot): void {
    const doc = this.root.ownerDocument;
    const tabs = s.sheets.map((sheet, index) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'tab';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(sheet.name === s.activeSheet));
      b.textContent = sheet.name;
      b.addEventListener('click', () => {
        if (sheet.name !== s.activeSheet) this.actions.show(sheet.name);
      });
      b.addEventListener('dblclick', () => this.actions.rename(sheet.name));
      b.addEventListener('contextmenu', (e) => {
        e.preventDefault();
        this.openMenu(sheet.name, index, s.sheets.length, e.clientX, e.clientY);
      });
      return b;
    });
    const add = doc.createElement('button');
    add.type = 'button';
    add.className = 'tab add';
    add.title = 'Add sheet';
    add.setAttribute('aria-label', 'Add sheet');
    add.textContent = '+';
    add.addEventListener('click', () => this.actions.add());
    this.root.replaceChildren(add, ...tabs);
  }

  private openMenu(sheet: string, index: number, count: number, x: number, y: number): void {
    const items: [string, () => void, boolean][] = [
      ['Rename', () => this.actions.rename(sheet), true],
      ['Duplicate', () => this.actions.duplicate(sheet), true],
      ['Delete', () => this.actions.remove(sheet), count > 1],
      ['Move left', () => this.actions.move(sheet, index - 1), index > 0],
      ['Move right', () => this.actions.move(sheet, index + 1), index < count - 1],
    ];
    this.menu.replaceChildren(
      ...items.map(([label, run, enabled]) => {
        const b = this.root.ownerDocument.createElement('button');
        b.type = 'button';
        b.className = 'menu-item';
        b.setAttribute('role', 'menuitem');
        b.textContent = label;
        b.disabled = !enabled;
        b.addEventListener('click', () => {
          this.menu.hidden = true;
          run();
        });
        return b;
      }),
    );
    this.menu.hidden = false;
    this.menu.style.left = `${x}px`;
    this.menu.style.top = `${Math.max(4, y - this.menu.offsetHeight)}px`;
  }
}
