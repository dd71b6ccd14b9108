// An add-on's HTML page shown in a sandboxed iframe: the sidebar (Ui.showSidebar) or an HTML dialog
// (Ui.showModalDialog / showModelessDialog). Its google.script.run calls and google.script.host.close()
// are relayed to the server; messages from any other window are ignored.
import type { RunOutcome } from '../app/protocol';
import { CHANNEL, isFrameMessage, type PageMessage } from './bridge-protocol';

export interface ScriptFrameHooks {
  run(functionName: string, args: unknown[]): Promise<RunOutcome>;
  /** google.script.host.close() and the close button. */
  close(): void;
}

export interface ScriptFrameElements {
  /** Shown while a page is open: the sidebar panel, or the dialog's backdrop. */
  readonly container: HTMLElement;
  readonly title: HTMLElement;
  readonly frame: HTMLIFrameElement;
  readonly closeButton: HTMLElement;
}

function relayScriptCalls(frame: HTMLIFrameElement, hooks: ScriptFrameHooks): void {
  window.addEventListener('message', async (e) => {
    if (e.source !== frame.contentWindow || !isFrameMessage(e.data)) return;
    const msg = e.data;
    if (msg.type === 'close') {
      hooks.close();
      return;
    }
    let outcome: RunOutcome;
    try {
      outcome = await hooks.run(msg.functionName, msg.args);
    } catch (err) {
      outcome = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const reply: PageMessage = { channel: CHANNEL, type: 'result', id: msg.id, outcome };
    (e.source as Window).postMessage(reply, '*');
  });
}

/**
 * One page slot (the sidebar or the HTML dialog). The iframe reloads only when the server shows a new page
 * (a new id): refreshing the same view must not reset what the user typed in it.
 */
export class ScriptFrame<View extends { readonly id: number; readonly title: string }> {
  private shownId: number | null = null;

  constructor(
    private readonly els: ScriptFrameElements,
    private readonly urlOf: (id: number) => string,
    hooks: ScriptFrameHooks,
    /** Fits the slot to a view before it shows (a dialog's size and modality). */
    private readonly layout: (view: View, els: ScriptFrameElements) => void = () => undefined,
  ) {
    els.closeButton.addEventListener('click', () => hooks.close());
    relayScriptCalls(els.frame, hooks);
  }

  /** Shows `view`, or hides the slot and empties its frame for null. */
  show(view: View | null): void {
    const { container, title, frame } = this.els;
    if (view) {
      title.textContent = view.title;
      this.layout(view, this.els);
    }
    container.hidden = view === null;
    if (view === null) {
      frame.removeAttribute('src');
      this.shownId = null;
    } else if (this.shownId !== view.id) {
      this.shownId = view.id;
      frame.src = this.urlOf(view.id);
    }
  }
}
