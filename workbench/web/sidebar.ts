// The 300 px sidebar panel: shows the HTML the add-on passed to Ui.showSidebar in a sandboxed iframe,
// whose google.script.run calls are relayed to the server.
import type { SidebarView } from '../app/protocol';
import { sidebarUrl } from './api';
import { relayScriptCalls, type ScriptFrameHooks } from './script-frame';

export class SidebarPanel {
  private shownId: number | null = null;

  constructor(
    private readonly els: {
      panel: HTMLElement;
      title: HTMLElement;
      frame: HTMLIFrameElement;
      closeButton: HTMLElement;
    },
    hooks: ScriptFrameHooks,
  ) {
    els.closeButton.addEventListener('click', () => hooks.close());
    relayScriptCalls(els.frame, hooks);
  }

  show(view: SidebarView | null): void {
    const { panel, title, frame } = this.els;
    if (!view) {
      panel.hidden = true;
      frame.removeAttribute('src');
      this.shownId = null;
      return;
    }
    title.textContent = view.title;
    panel.hidden = false;
    if (this.shownId !== view.id) {
      this.shownId = view.id;
      frame.src = sidebarUrl(view.id);
    }
  }
}
