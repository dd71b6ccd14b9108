// Turns whatever a failed server call hands the failure handler into one readable sentence. Apps Script
// passes an Error whose message may carry a stack, an "Exception:" prefix or a "(line 12, file ...)" tail;
// none of that helps a user, so only the first line of the message is kept.
import { reasonOf, withStop } from '../src/shared/could-not';
import { CALL_ACTIONS, type SidebarApi } from '../src/shared/sidebar-contract';
import { t } from './words';

const MAX_LENGTH = 300;

/** What the sidebar says when Apps Script refuses a call because several Google accounts are signed in. */
export function multipleAccountsHint(): string {
  return t('error.accounts');
}

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
 * "Could not save the weights: <reason>." for the call `call`, in the user's language, plus the
 * multiple-accounts hint when it is an authorization error. A message the server already composed for the
 * same action ("Could not <CALL_ACTIONS phrase>: ...", English) keeps its reason under the translated lead.
 */
export function readableError(call: keyof SidebarApi, error: unknown): string {
  const reason = reasonOf(CALL_ACTIONS[call], cleanMessage(error));
  const action = t(`call.${call}`);
  const sentence =
    reason === '' ? t('error.tryAgain', { action }) : t('error.reason', { action, reason: withStop(reason) });
  return looksLikeAuthorizationError(reason) ? `${sentence} ${multipleAccountsHint()}` : sentence;
}
