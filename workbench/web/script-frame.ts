// Relays google.script.run calls and google.script.host.close() from one sandboxed iframe (a sidebar or
// an HTML dialog) to the server. Messages from any other window are ignored.
import type { RunOutcome } from '../app/protocol';
import { CHANNEL, isFrameMessage, type PageMessage } from './bridge-protocol';

export interface ScriptFrameHooks {
  run(functionName: string, args: unknown[]): Promise<RunOutcome>;
  /** google.script.host.close() */
  close(): void;
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
 * One sandboxed iframe showing an add-on's HTML, with its close button. It reloads only when the server
 * shows a new page (a new id): refreshing the same view must not reset what the user typed in it.
 */
export class ScriptFrame {
  private shownId: number | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    closeButton: HTMLElement,
    hooks: ScriptFrameHooks,
  ) {
    closeButton.addEventListener('click', () => hooks.close());
    relayScriptCalls(frame, hooks);
  }

  /** Shows page `id` (at `urlOf(id)`), or empties the frame for null. */
  show(id: number | null, urlOf: (id: number) => string): void {
    if (id === null) {
      this.frame.removeAttribute('src');
      this.shownId = null;
    } else if (this.shownId !== id) {
      this.shownId = id;
      this.frame.src = urlOf(id);
    }
  }
}
