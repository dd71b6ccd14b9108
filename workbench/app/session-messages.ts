// Messages between the main thread (HTTP server) and the session worker.
import type { ServerEvent } from './protocol';
import type { Session } from './session';

/** Room for one dialog answer (button and typed text) in the shared buffer. */
export const ANSWER_BYTES = 64 * 1024;

export interface WorkerData {
  readonly workbookFile: string;
  readonly code: string;
  readonly htmlDir: string;
  /** Int32 flag (0 waiting, 1 answered), Int32 length, then the answer's UTF-8 JSON. */
  readonly answerBuffer: SharedArrayBuffer;
}

/**
 * The calls the main thread can make: every public method of Session. Its private helpers are `#` methods,
 * so the names on Session.prototype are exactly these, and the worker sends them when it is ready.
 */
export type SessionMethod = {
  [K in keyof Session]: Session[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Session];

/** Session's methods as the main thread sees them: same arguments, the result arriving later. */
export type SessionCalls = {
  readonly [M in SessionMethod]: (...args: Parameters<Session[M]>) => Promise<ReturnType<Session[M]>>;
};

export interface WorkerRequest {
  readonly id: number;
  readonly method: SessionMethod;
  readonly args: readonly unknown[];
}

export type WorkerReply =
  | { readonly kind: 'ready'; readonly methods: readonly SessionMethod[] }
  | { readonly kind: 'event'; readonly event: ServerEvent }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly error: string };
