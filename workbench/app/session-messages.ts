// Messages between the main thread (HTTP server) and the session worker.
import type { ServerEvent } from './protocol';

/** Room for one dialog answer (button and typed text) in the shared buffer. */
export const ANSWER_BYTES = 64 * 1024;

export interface WorkerData {
  readonly workbookFile: string;
  readonly code: string;
  readonly htmlDir: string;
  /** Int32 flag (0 waiting, 1 answered), Int32 length, then the answer's UTF-8 JSON. */
  readonly answerBuffer: SharedArrayBuffer;
}

export type SessionMethod =
  | 'snapshot'
  | 'activate'
  | 'select'
  | 'setInputs'
  | 'addSheet'
  | 'run'
  | 'pageHtml'
  | 'closeHtmlDialog'
  | 'closeSidebar'
  | 'importCsv'
  | 'exportCsv'
  | 'save'
  | 'reload'
  | 'reset'
  | 'values'
  | 'formulas'
  | 'error';

export interface WorkerRequest {
  readonly id: number;
  readonly method: SessionMethod;
  readonly args: unknown[];
}

export type WorkerReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'event'; readonly event: ServerEvent }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly error: string };
