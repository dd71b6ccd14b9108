// The one wording of a failed action, "Could not <action>: <reason>.", shared by the server (which throws it)
// and the sidebar (which shows it), so a message is never composed twice ("Could not save the weights:
// DistModel could not save the weights: ...").

const LEAD = 'Could not';

function withStop(text: string): string {
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
