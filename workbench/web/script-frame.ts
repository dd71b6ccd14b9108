// Relays google.script.run calls and google.script.host.close() from one sandboxed iframe (a sidebar or
// an HTML dialog) to the server. Messages from any other window are ignored.
import type { RunOutcome } from '../app/protocol';
import { CHANNEL, isFrameMessage, type PageMessage } from './bridge-protocol';

export interface ScriptFrameHooks {
  run(functionName: string, args: unknown[]): Promise<RunOutcome>;
  /** google.script.host.close() */
  close(): void;
}

export function relayScriptCalls(frame: HTMLIFrameElement, hooks: ScriptFrameHooks): void {
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
