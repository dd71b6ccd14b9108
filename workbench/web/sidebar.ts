// The 300 px sidebar panel: shows the HTML the add-on passed to Ui.showSidebar in a sandboxed iframe,
// whose google.script.run calls are relayed to the server.
import type { SidebarView } from '../app/protocol';
import { sidebarUrl } from './api';
import { ScriptFrame, type ScriptFrameHooks } from './script-frame';

interface SidebarElements {
  readonly panel: HTMLElement;
  readonly title: HTMLElement;
  readonly frame: HTMLIFrameElement;
  readonly closeButton: HTMLElement;
}

export class SidebarPanel {
  private readonly frame: ScriptFrame;

  constructor(
    private readonly els: SidebarElements,
    hooks: ScriptFrameHooks,
  ) {
    this.frame = new ScriptFrame(els.frame, els.closeButton, hooks);
  }

  show(view: SidebarView | null): void {
    if (view) this.els.title.textContent = view.title;
    this.els.panel.hidden = view === null;
    this.frame.show(view?.id ?? null, sidebarUrl);
  }
}
