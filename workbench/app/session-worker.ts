// The worker thread that owns the Session. Requests arrive as messages and are answered in order. While a
// script waits on Ui.alert/prompt, this thread blocks on a shared buffer (Atomics.wait) until the main
// thread writes the user's answer: scripts stay synchronous, as in Apps Script, and the HTTP server on the
// main thread keeps serving the page.
import { parentPort, workerData } from 'node:worker_threads';
import type { DialogAnswer } from './protocol';
import { Session } from './session';
import type { WorkerData, WorkerReply, WorkerRequest } from './session-messages';
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

type Method = WorkerRequest['method'];
const handlers: { [M in Method]: (...args: never[]) => unknown } = {
  snapshot: () => session.snapshot(),
  activate: (sheet: string) => session.activate(sheet),
  select: (sheet: string, a1: string) => session.select(sheet, a1),
  setInputs: (sheet: string, a1: string, inputs: string[][]) => session.setInputs(sheet, a1, inputs),
  addSheet: () => session.addSheet(),
  run: (functionName: string, args: unknown[]) => session.run(functionName, args),
  pageHtml: (id: number) => session.pageHtml(id),
  closeHtmlDialog: () => session.closeHtmlDialog(),
  closeSidebar: () => session.closeSidebar(),
  importCsv: (sheet: string, text: string) => session.importCsv(sheet, text),
  exportCsv: (sheet: string) => session.exportCsv(sheet),
  save: () => session.save(),
  reload: () => session.reload(),
  reset: () => session.reset(),
  values: (a1: string) => session.values(a1),
  formulas: (a1: string) => session.formulas(a1),
  error: (a1: string) => session.error(a1),
};

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const handler = handlers[request.method] as (...args: unknown[]) => unknown;
    reply = { kind: 'reply', id: request.id, ok: true, value: handler(...request.args) };
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

port.postMessage({ kind: 'ready' } satisfies WorkerReply);
