// Errors the sidebar shows as they are. google.script.run hands the failure handler an Error whose message
// is all the user sees, so every entry point turns an unexpected failure into one readable sentence, worded
// as the sidebar words it (src/shared/could-not.ts), so the sidebar shows it without wrapping it again.
import { couldNot } from '../shared/could-not';

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

/**
 * Wraps an entry point: a UserError keeps its message; anything else becomes "Could not <action>: <first
 * line>.", never a stack. `action` completes "Could not ..." (CALL_ACTIONS for the sidebar's calls).
 */
export function readable<A extends unknown[], R>(action: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof UserError) throw new Error(err.message);
      // The full error stays in the execution log for whoever maintains the script.
      console.error(err);
      const first = messageOf(err).split('\n')[0] ?? '';
      throw new Error(couldNot(action, first));
    }
  };
}
