// Turns whatever a failed server call hands the failure handler into one readable sentence. Apps Script
// passes an Error whose message may carry a stack, an "Exception:" prefix or a "(line 12, file ...)" tail;
// none of that helps a user, so only the first line of the message is kept.
import { couldNot, saysCouldNot } from '../src/shared/could-not';

const MAX_LENGTH = 300;

/** What the sidebar says when Apps Script refuses a call because several Google accounts are signed in. */
export const MULTIPLE_ACCOUNTS_HINT =
  'If you are signed in to several Google accounts, Apps Script may be using the wrong one: open the ' +
  'spreadsheet in a window where only one account is signed in (for example a private window) and try again.';

// Messages seen when google.script.run runs as the wrong account (issuetracker.google.com/issues/69270374):
// "Authorization is required to perform that action.", "... Error code PERMISSION_DENIED.",
// "The caller does not have permission", "Access denied".
const AUTH_PATTERN = /authori[sz]|permission|access denied|not have access|unauthori[sz]ed/i;

function rawMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return '';
}

/** The first meaningful line of an error message, without prefixes, script locations or stack frames. */
export function cleanMessage(error: unknown): string {
  const firstLine =
    rawMessage(error)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '' && !/^at\s/.test(line)) ?? '';
  const text = firstLine
    .replace(/^(?:(?:Script|Type|Range|Reference)?Error|Exception)\s*:\s*/i, '')
    .replace(/\s*\(line \d+, file "[^"]*"\)/gi, '')
    .replace(/\s+at\s+\S+\s*\([^)]*:\d+:\d+\)/g, '')
    .trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3)}...` : text;
}

function looksLikeAuthorizationError(message: string): boolean {
  return AUTH_PATTERN.test(message);
}

/**
 * "Could not save the weights: <reason>." for the action phrase "save the weights" (CALL_ACTIONS), plus the
 * multiple-accounts hint when it is an authorization error. A message the server already composed for the
 * same action is kept as it is.
 */
export function readableError(action: string, error: unknown): string {
  const reason = cleanMessage(error);
  const sentence = saysCouldNot(action, reason) ? reason : couldNot(action, reason);
  return looksLikeAuthorizationError(reason) ? `${sentence} ${MULTIPLE_ACCOUNTS_HINT}` : sentence;
}
