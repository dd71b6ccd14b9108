// The main thread's handle on the session worker: typed async methods, server events, and the answers to
// dialogs a blocked script is waiting for.
import { Worker } from 'node:worker_threads';
import type { DialogAnswer, DialogRequest, RunOutcome, ServerEvent, Snapshot } from './protocol';
import { ANSWER_BYTES, type SessionMethod, type WorkerData, type WorkerReply } from './session-messages';

export interface SessionStartOptions {
  readonly workbookFile: string;
  readonly code: string;
  readonly htmlDir: string;
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

export class SessionClient {
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: ServerEvent) => void>();
  private readonly flag: Int32Array;
  private readonly answerBytes: Uint8Array;
  private nextId = 1;
  /** The dialog a script is blocked on, re-sent to pages that connect while it is open. */
  private openDialog: DialogRequest | null = null;

  private constructor(
    private readonly worker: Worker,
    buffer: SharedArrayBuffer,
  ) {
    this.flag = new Int32Array(buffer, 0, 2);
    this.answerBytes = new Uint8Array(buffer, 8, ANSWER_BYTES);
    worker.on('message', (msg: WorkerReply) => this.onMessage(msg));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => this.failAll(new Error(`The workbook session stopped (exit code ${code})`)));
  }

  static start(options: SessionStartOptions): Promise<SessionClient> {
    const answerBuffer = new SharedArrayBuffer(8 + ANSWER_BYTES);
    const workerData: WorkerData = { ...options, answerBuffer };
    const worker = new Worker(new URL('./session-worker-entry.mjs', import.meta.url), { workerData });
    const client = new SessionClient(worker, answerBuffer);
    return new Promise((resolve, reject) => {
      const onReady = (msg: WorkerReply) => {
        if (msg.kind !== 'ready') return;
        worker.off('message', onReady);
        worker.off('error', reject);
        resolve(client);
      };
      worker.on('message', onReady);
      worker.once('error', reject);
    });
  }

  get dialog(): DialogRequest | null {
    return this.openDialog;
  }

  onEvent(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands the user's answer to the script blocked on dialog `id`; false when no such dialog is open. */
  answer(id: number, answer: DialogAnswer): boolean {
    if (this.openDialog?.id !== id) return false;
    this.openDialog = null;
    const bytes = new TextEncoder().encode(
      JSON.stringify({ button: answer.button, text: String(answer.text ?? '') }),
    );
    if (bytes.length > ANSWER_BYTES) throw new Error('The answer is too long');
    this.answerBytes.set(bytes);
    Atomics.store(this.flag, 1, bytes.length);
    Atomics.store(this.flag, 0, 1);
    Atomics.notify(this.flag, 0);
    return true;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    // A script blocked on a dialog would keep the worker alive: answer it before stopping.
    if (this.openDialog) this.answer(this.openDialog.id, { button: 'CLOSE', text: '' });
    await this.worker.terminate();
  }

  // ---- typed calls ----------------------------------------------------------------------------------------

  snapshot = () => this.call('snapshot') as Promise<Snapshot>;
  activate = (sheet: string) => this.call('activate', sheet) as Promise<Snapshot>;
  select = (sheet: string, a1: string) => this.call('select', sheet, a1) as Promise<void>;
  setInputs = (sheet: string, a1: string, inputs: string[][]) =>
    this.call('setInputs', sheet, a1, inputs) as Promise<Snapshot>;
  addSheet = () => this.call('addSheet') as Promise<Snapshot>;
  run = (functionName: string, args: unknown[]) =>
    this.call('run', functionName, args) as Promise<RunOutcome>;
  pageHtml = (id: number) => this.call('pageHtml', id) as Promise<string | null>;
  closeHtmlDialog = () => this.call('closeHtmlDialog') as Promise<void>;
  closeSidebar = () => this.call('closeSidebar') as Promise<void>;
  importCsv = (sheet: string, text: string) => this.call('importCsv', sheet, text) as Promise<Snapshot>;
  exportCsv = (sheet: string) => this.call('exportCsv', sheet) as Promise<string>;
  save = () => this.call('save') as Promise<{ file: string }>;
  reload = () => this.call('reload') as Promise<Snapshot>;
  reset = () => this.call('reset') as Promise<Snapshot>;
  values = (a1: string) => this.call('values', a1) as Promise<unknown[][]>;
  formulas = (a1: string) => this.call('formulas', a1) as Promise<string[][]>;
  error = (a1: string) => this.call('error', a1) as Promise<{ type: string; message: string } | null>;

  private call(method: SessionMethod, ...args: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  private onMessage(msg: WorkerReply): void {
    if (msg.kind === 'reply') {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.ok) p?.resolve(msg.value);
      else p?.reject(new Error(msg.error));
    } else if (msg.kind === 'event') {
      if (msg.event.type === 'dialog') this.openDialog = msg.event.dialog;
      if (msg.event.type === 'dialog-closed' && this.openDialog?.id === msg.event.id) this.openDialog = null;
      for (const listener of this.listeners) listener(msg.event);
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
