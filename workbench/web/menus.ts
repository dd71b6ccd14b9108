// The menu bar: File (CSV, save, reload, reset) and Extensions, where each add-on menu the add-on's onOpen
// registered through Ui.createAddonMenu() appears as a submenu under its title, as in Sheets.
import type { MenuEntryView, MenuView } from '../app/protocol';

export interface MenuAction {
  readonly label: string;
  readonly run: () => void;
}

export type MenuEntry =
  | MenuAction
  | 'separator'
  | { readonly label: string; readonly submenu: readonly MenuEntry[] };

export interface MenuDefinition {
  readonly label: string;
  readonly items: readonly MenuEntry[];
  /** Shown when the menu has no items. */
  readonly emptyText?: string;
}

export class MenuBar {
  private openList: HTMLElement | null = null;

  constructor(private readonly root: HTMLElement) {
    document.addEventListener('mousedown', (e) => {
      if (!root.contains(e.target as Node)) this.close();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  render(menus: readonly MenuDefinition[]): void {
    this.close();
    this.root.replaceChildren(...menus.map((m) => this.topMenu(m)));
  }

  close(): void {
    for (const el of this.root.querySelectorAll('[aria-expanded="true"]'))
      el.setAttribute('aria-expanded', 'false');
    for (const el of this.root.querySelectorAll<HTMLElement>('.menu-list')) el.hidden = true;
    this.openList = null;
  }

  private topMenu(menu: MenuDefinition): HTMLElement {
    const wrap = document.createElement('div');
    wrap.className = 'menu-wrap';
    const button = button_('menu-top', menu.label);
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
    const list = this.list(menu.items, menu.emptyText);
    button.addEventListener('click', () => {
      const wasOpen = this.openList === list;
      this.close();
      if (wasOpen) return;
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      this.openList = list;
    });
    button.addEventListener('mouseenter', () => {
      if (this.openList && this.openList !== list) button.click();
    });
    wrap.append(button, list);
    return wrap;
  }

  private list(items: readonly MenuEntry[], emptyText?: string): HTMLElement {
    const ul = document.createElement('ul');
    ul.className = 'menu-list';
    ul.setAttribute('role', 'menu');
    ul.hidden = true;
    if (items.length === 0 && emptyText) {
      const li = document.createElement('li');
      li.className = 'menu-empty';
      li.textContent = emptyText;
      ul.append(li);
    }
    for (const item of items) ul.append(this.entry(item));
    return ul;
  }

  private entry(item: MenuEntry): HTMLElement {
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    if (item === 'separator') {
      li.className = 'menu-sep';
      return li;
    }
    const button = button_('menu-item', item.label);
    button.setAttribute('role', 'menuitem');
    li.append(button);
    if ('submenu' in item) {
      button.classList.add('has-sub');
      button.setAttribute('aria-haspopup', 'menu');
      button.setAttribute('aria-expanded', 'false');
      const sub = this.list(item.submenu);
      li.append(sub);
      const open = () => {
        sub.hidden = false;
        button.setAttribute('aria-expanded', 'true');
      };
      button.addEventListener('click', open);
      li.addEventListener('mouseenter', open);
      li.addEventListener('mouseleave', () => {
        sub.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
      return li;
    }
    button.addEventListener('click', () => {
      this.close();
      item.run();
    });
    return li;
  }
}

function button_(className: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  return b;
}

/** Menu entries from a menu the add-on built, each item calling its function. */
export function scriptEntries(
  entries: readonly MenuEntryView[],
  run: (functionName: string) => void,
): MenuEntry[] {
  return entries.map((entry) => {
    if (entry.kind === 'separator') return 'separator' as const;
    if (entry.kind === 'item') return { label: entry.label, run: () => run(entry.functionName) };
    return { label: entry.label, submenu: scriptEntries(entry.items, run) };
  });
}

/** Extensions: one submenu per add-on menu, titled with the add-on's name, as in Sheets. */
export function extensionsEntries(
  menus: readonly MenuView[],
  run: (functionName: string) => void,
): MenuEntry[] {
  return menus.filter((m) => m.addon).map((m) => ({ label: m.title, submenu: scriptEntries(m.items, run) }));
}
