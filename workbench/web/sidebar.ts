// The 300 px sidebar panel: shows the HTML the add-on passed to Ui.showSidebar in a sandboxed iframe,
// and relays the iframe's google.script.run calls to the server.
import type { RunOutcome, SidebarView } from '../app/protocol';
import { sidebarUrl } from './api';
import { CHANNEL, isFrameMessage, type PageMessage } from './bridge-protocol';

export interface SidebarHooks {
  run(functionName: string, args: unknown[]): Promise<RunOutcome>;
  close(): void;
}

export class SidebarPanel {
  private shownId: number | null = null;

  constructor(
    private readonly els: {
      panel: HTMLElement;
      title: HTMLElement;
      frame: HTMLIFrameElement;
      closeButton: HTMLElement;
    },
    private readonly hooks: SidebarHooks,
  ) {
    els.closeButton.addEventListener('click', () => hooks.close());
    window.addEventListener('message', (e) => this.onMessage(e));
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

  private async onMessage(e: MessageEvent): Promise<void> {
    // Only the sidebar's own frame may call the server.
    if (e.source !== this.els.frame.contentWindow || !isFrameMessage(e.data)) return;
    const msg = e.data;
    if (msg.type === 'close') {
      this.hooks.close();
      return;
    }
    let outcome: RunOutcome;
    try {
      outcome = await this.hooks.run(msg.functionName, msg.args);
    } catch (err) {
      outcome = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const reply: PageMessage = { channel: CHANNEL, type: 'result', id: msg.id, outcome };
    (e.source as Window).postMessage(reply, '*');
  }
}
