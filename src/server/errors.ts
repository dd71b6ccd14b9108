// Errors the sidebar shows as they are. google.script.run hands the failure handler an Error whose message
// is all the user sees, so every entry point turns an unexpected failure into one readable sentence.

import { clipMessage } from '../engine';

/** A problem the user can act on; its message is shown unchanged. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Errors thrown by services may come from another realm, so `instanceof Error` is not relied on. */
function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message;
  }
  return String(err);
}

/** Wraps an entry point: a UserError keeps its message, anything else gets a short prefix, never a stack. */
export function readable<A extends unknown[], R>(action: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof UserError) throw new Error(clipMessage(err.message));
      // The full error stays in the execution log for whoever maintains the script.
      console.error(err);
      const first = messageOf(err).split('\n')[0] ?? '';
      const message = `DistModel could not ${action}: ${first || 'unknown problem'}.`.replace(/\.\.$/, '.');
      throw new Error(clipMessage(message));
    }
  };
}
