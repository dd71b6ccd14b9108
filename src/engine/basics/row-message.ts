// One cell's message for a row with bad values: short enough to read in a cell, and complete: the first
// problems in full, then how many more and in which columns.

import { clipMessage } from './text';

/** Problems spelled out in full; the rest are counted and named by column. */
export const SHOWN_PROBLEMS = 2;

/** The column a message names: each starts with "Column: ". */
function columnOf(message: string): string {
  const colon = message.indexOf(': ');
  return colon > 0 ? message.slice(0, colon) : message;
}

/**
 * The row's messages as one text: all of them when there are at most SHOWN_PROBLEMS, else the first ones
 * and "And 7 more problems: Control, Reach, ...".
 */
export function rowMessage(messages: readonly string[]): string {
  if (messages.length <= SHOWN_PROBLEMS) return clipMessage(messages.join(' '));
  const rest = messages.slice(SHOWN_PROBLEMS);
  const noun = rest.length === 1 ? 'problem' : 'problems';
  // The count comes first, so that clipping a long list of columns never hides how many problems there are.
  const columns = rest.map(columnOf).join(', ');
  return clipMessage(
    `${messages.slice(0, SHOWN_PROBLEMS).join(' ')} And ${rest.length} more ${noun}: ${columns}.`,
  );
}
