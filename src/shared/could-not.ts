// The one wording of a failed action, "Could not <action>: <reason>.", shared by the server (which throws it)
// and the sidebar (which shows it), so a message is never composed twice ("Could not save the weights:
// DistModel could not save the weights: ...").

const LEAD = 'Could not';

/** `text` ending in a full stop, unless it ends in one already (or in ! or ?). */
export function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The sentence for an action that failed: "Could not save the weights: <reason>." (a stop added when the
 * reason has none), or "Could not save the weights. Please try again." without a reason. `action` is a
 * phrase of CALL_ACTIONS (src/shared/sidebar-contract.ts) or another entry point's.
 */
export function couldNot(action: string, reason: string): string {
  const trimmed = reason.trim();
  return trimmed === '' ? `${LEAD} ${action}. Please try again.` : `${LEAD} ${action}: ${withStop(trimmed)}`;
}

/** Whether a message already says that `action` failed (the server composed it), so it is not wrapped again. */
export function saysCouldNot(action: string, message: string): boolean {
  return message.startsWith(`${LEAD} ${action}:`) || message.startsWith(`${LEAD} ${action}.`);
}

/**
 * The reason inside a message that already says `action` failed: "Lock timeout." of "Could not save the
 * weights: Lock timeout.", "" of "Could not save the weights. Please try again."; the message itself when it
 * does not say so. The sidebar says the lead again in the user's language around it.
 */
export function reasonOf(action: string, message: string): string {
  if (message.startsWith(`${LEAD} ${action}:`)) return message.slice(LEAD.length + action.length + 2).trim();
  if (message.startsWith(`${LEAD} ${action}.`)) return '';
  return message;
}
