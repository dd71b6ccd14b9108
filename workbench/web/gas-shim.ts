// google.script.run and google.script.host inside the sidebar iframe, as Apps Script's client library
// provides them (developers.google.com/apps-script/guides/html/reference/run and .../reference/host).
// Injected at the top of the sidebar's HTML by the workbench server; calls travel by postMessage to the
// page, which sends them to the server where the built bundle runs.

import type { RunOutcome } from '../app/protocol';
import { toScriptValue } from '../app/script-values';
import { CHANNEL, type FrameMessage, type PageMessage } from './bridge-protocol';

type Handler = (value: unknown, userObject: unknown) => void;

interface RunnerState {
  readonly success: Handler | null;
  readonly failure: Handler | null;
  readonly userObject: unknown;
}

const pending = new Map<number, (outcome: RunOutcome) => void>();
let nextId = 1;

function post(message: FrameMessage): void {
  window.parent.postMessage(message, '*');
}

window.addEventListener('message', (e: MessageEvent<PageMessage>) => {
  if (e.source !== window.parent || e.data?.channel !== CHANNEL || e.data.type !== 'result') return;
  const settle = pending.get(e.data.id);
  pending.delete(e.data.id);
  settle?.(e.data.outcome);
});

function scriptError(message: string): Error {
  const err = new Error(message);
  err.name = 'ScriptError';
  return err;
}

function invoke(state: RunnerState, functionName: string, args: unknown[]): void {
  // Arguments are checked and copied now, so an illegal one fails at the call, as in Apps Script.
  const wire = args.map((arg, i) => toScriptValue(arg, String(i)));
  const id = nextId++;
  pending.set(id, (outcome) => {
    if (outcome.ok) state.success?.(outcome.value, state.userObject);
    else if (state.failure) state.failure(scriptError(outcome.error), state.userObject);
    else console.error(`Uncaught ScriptError: ${outcome.error}`);
  });
  post({ channel: CHANNEL, type: 'run', id, functionName, args: wire });
}

/** A runner is immutable: each with* call returns a new one, so handlers never leak between calls. */
function runner(state: RunnerState): unknown {
  const base = {
    withSuccessHandler: (f: Handler) => runner({ ...state, success: f }),
    withFailureHandler: (f: Handler) => runner({ ...state, failure: f }),
    withUserObject: (o: unknown) => runner({ ...state, userObject: o }),
  };
  return new Proxy(base, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (Object.hasOwn(target, name)) return target[name as keyof typeof base];
      // Any other name is a server function; the server says whether it exists ("Script function not found").
      return (...args: unknown[]) => invoke(state, name, args);
    },
  });
}

const google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      close: () => post({ channel: CHANNEL, type: 'close' }),
      editor: { focus: () => undefined },
      setHeight: () => undefined,
      setWidth: () => undefined,
    },
  },
};

(window as unknown as { google: typeof google }).google = google;
