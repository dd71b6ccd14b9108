// The main thread's handle on the session worker: every public method of Session as an async call (typed
// from Session itself, so a new method needs no edit here), server events, and the answers to dialogs a
// blocked script is waiting for.
import { Worker } from 'node:worker_threads';
import type { DialogAnswer, DialogRequest, ServerEvent } from './protocol';
import type { Session } from './session';
import {
  ANSWER_BYTES,
  type SessionCalls,
  type SessionMethod,
  type WorkerData,
  type WorkerReply,
  type WorkerRequest,
} from './session-messages';

export interface SessionStartOptions {
  readonly workbookFile: string;
  readonly code: string;
  readonly htmlDir: string;
}

/** The connection plus one async method per Session method: `session.values('Sheet1!A1:B2')`. */
export type SessionClient = SessionConnection & SessionCalls;

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

export class SessionConnection {
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
    const connection = new SessionConnection(worker, answerBuffer);
    return new Promise((resolve, reject) => {
      const onReady = (msg: WorkerReply) => {
        if (msg.kind !== 'ready') return;
        worker.off('message', onReady);
        worker.off('error', reject);
        resolve(connection.withCalls(msg.methods));
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

  /** Calls a Session method in the worker; resolves with its result, rejects with its error message. */
  call<M extends SessionMethod>(method: M, ...args: Parameters<Session[M]>): Promise<ReturnType<Session[M]>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as ReturnType<Session[M]>), reject });
      this.worker.postMessage({ id, method, args } satisfies WorkerRequest);
    });
  }

  /** This connection with a forwarding method for each of Session's (the names come from the worker). */
  private withCalls(methods: readonly SessionMethod[]): SessionClient {
    const calls: Record<string, (...args: never[]) => Promise<unknown>> = {};
    for (const method of methods) {
      if (method in this) throw new Error(`Session.${method} would hide the connection's own ${method}`);
      calls[method] = (...args) => this.call(method, ...(args as Parameters<Session[typeof method]>));
    }
    return Object.assign(this, calls as SessionCalls);
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
