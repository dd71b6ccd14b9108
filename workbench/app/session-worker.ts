// The worker thread that owns the Session. Requests arrive as messages and are answered in order. While a
// script waits on Ui.alert/prompt, this thread blocks on a shared buffer (Atomics.wait) until the main
// thread writes the user's answer: scripts stay synchronous, as in Apps Script, and the HTTP server on the
// main thread keeps serving the page.
import { parentPort, workerData } from 'node:worker_threads';
import type { DialogAnswer } from './protocol';
import { Session } from './session';
import type { SessionMethod, WorkerData, WorkerReply, WorkerRequest } from './session-messages';
import { ANSWER_BYTES } from './session-messages';

const port = parentPort;
if (!port) throw new Error('session-worker.ts must run in a worker thread');
const data = workerData as WorkerData;
const flag = new Int32Array(data.answerBuffer, 0, 2);
const answerBytes = new Uint8Array(data.answerBuffer, 8, ANSWER_BYTES);
let nextDialogId = 1;

function waitForAnswer(): DialogAnswer {
  Atomics.wait(flag, 0, 0);
  const length = Atomics.load(flag, 1);
  const answer = JSON.parse(new TextDecoder().decode(answerBytes.slice(0, length))) as DialogAnswer;
  Atomics.store(flag, 0, 0);
  return answer;
}

const session = new Session({
  workbookFile: data.workbookFile,
  code: data.code,
  htmlDir: data.htmlDir,
  emit: (event) => port.postMessage({ kind: 'event', event } satisfies WorkerReply),
  ask: (dialog) => {
    const id = nextDialogId++;
    port.postMessage({
      kind: 'event',
      event: { type: 'dialog', dialog: { id, ...dialog } },
    } satisfies WorkerReply);
    const answer = waitForAnswer();
    port.postMessage({ kind: 'event', event: { type: 'dialog-closed', id } } satisfies WorkerReply);
    return answer;
  },
});

/** Session's public methods: its helpers are `#` private, so they are not on the prototype. */
const methods = Object.getOwnPropertyNames(Session.prototype).filter(
  (name) =>
    name !== 'constructor' &&
    typeof Object.getOwnPropertyDescriptor(Session.prototype, name)?.value === 'function',
) as SessionMethod[];

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (!methods.includes(request.method)) throw new Error(`The session has no method ${request.method}`);
    const method = session[request.method] as (...args: readonly unknown[]) => unknown;
    reply = { kind: 'reply', id: request.id, ok: true, value: Reflect.apply(method, session, request.args) };
  } catch (err) {
    reply = {
      kind: 'reply',
      id: request.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    };
  }
  port.postMessage(reply);
});

port.postMessage({ kind: 'ready', methods } satisfies WorkerReply);
