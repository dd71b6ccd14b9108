// A message line inside each panel: progress and errors appear where the user acted, and screen readers
// hear them through the live region.
import { h } from './dom';
import { t } from './words';

export type StatusKind = 'info' | 'success' | 'error';

export interface Status {
  readonly el: HTMLElement;
  show(kind: StatusKind, text: string): void;
  clear(): void;
}

export function createStatus(): Status {
  const el = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  return {
    el,
    show(kind, text) {
      el.className = `status ${kind}`;
      // textContent: messages may quote cell contents.
      el.textContent = text;
    },
    clear() {
      el.className = 'status';
      el.textContent = '';
    },
  };
}

/** A failed call's message: ServerCallError messages are already readable; anything else gets a generic one. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.name === 'ServerCallError') return error.message;
  if (error instanceof Error && error.message && !/\n\s*at\s/.test(error.message)) return error.message;
  return t('error.generic');
}
