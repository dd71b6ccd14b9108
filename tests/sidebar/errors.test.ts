import { describe, expect, it } from 'vitest';
import { cleanMessage, MULTIPLE_ACCOUNTS_HINT, readableError } from '../../sidebar/errors';

describe('readable server errors', () => {
  it('keeps the first line and drops prefixes, script locations and stack frames', () => {
    const error = new Error(
      'Exception: Lock timeout: another process was holding the lock. (line 88, file "Code")\n    at saveWeights (Code:88:12)',
    );
    expect(cleanMessage(error)).toBe('Lock timeout: another process was holding the lock.');
    expect(readableError('Could not save the weights', error)).toBe(
      'Could not save the weights: Lock timeout: another process was holding the lock.',
    );
  });

  it('adds the multiple-accounts hint to authorization and permission errors only', () => {
    for (const message of [
      'ScriptError: Authorization is required to perform that action.',
      "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
      'The caller does not have permission',
    ]) {
      expect(readableError('Could not load', { message })).toContain(MULTIPLE_ACCOUNTS_HINT);
    }
    expect(readableError('Could not load', new Error('Sheet "Products" has no header row'))).not.toContain(
      MULTIPLE_ACCOUNTS_HINT,
    );
  });

  it('says something useful when the error carries no message', () => {
    expect(readableError('Could not insert the chart', undefined)).toBe(
      'Could not insert the chart. Please try again.',
    );
    expect(readableError('Could not insert the chart', { message: 42 })).toBe(
      'Could not insert the chart. Please try again.',
    );
  });

  it('cuts very long messages', () => {
    const text = cleanMessage('x'.repeat(1000));
    expect(text.length).toBe(300);
    expect(text.endsWith('...')).toBe(true);
  });
});
