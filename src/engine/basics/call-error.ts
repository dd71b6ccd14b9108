// The one error the engine throws: a call that cannot be answered at all. Sheets shows its message in the
// cell, so it says what to change; anything else thrown would be a bug, reported as such by the shell.
import type { TableProblem } from '../model/weights-table';
import { clipMessage } from './text';

/** A call that cannot be answered at all (bad weights, unknown output): the message Sheets shows. */
export class CallError extends Error {
  constructor(
    message: string,
    readonly problems: readonly TableProblem[] = [],
  ) {
    super(clipMessage(message));
    this.name = 'CallError';
  }
}
