// Basics every part uses: text keys, sandbox-safe arithmetic, call errors and row messages.
// The door of src/engine/basics/: other parts import from here.
export { CallError } from './call-error';
export { formatAmount } from './number-text';
export { rowMessage } from './row-message';
export { isUnstartedRow } from './row-state';
export { clipMessage, describeValue, isBlank, isDate, MAX_MESSAGE, normalizeKey } from './text';
export { textHash } from './text-hash';
