import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cleanMessage, multipleAccountsHint, readableError } from '../../sidebar/errors';
import { readable, UserError } from '../../src/server/errors';
import { CALL_ACTIONS, type SidebarApi } from '../../src/shared/sidebar-contract';

/** What the sidebar shows when the server's entry point for `call` throws `thrown`: both layers composed. */
function shownFor(call: keyof SidebarApi, thrown: Error): string {
  const entry = readable(CALL_ACTIONS[call], () => {
    throw thrown;
  });
  try {
    entry();
  } catch (error) {
    return readableError(call, error);
  }
  throw new Error('the entry point did not throw');
}

describe('readable server errors', () => {
  it('keeps the first line and drops prefixes, script locations and stack frames', () => {
    const error = new Error(
      'Exception: Lock timeout: another process was holding the lock. (line 88, file "Code")\n    at saveWeights (Code:88:12)',
    );
    expect(cleanMessage(error)).toBe('Lock timeout: another process was holding the lock.');
    expect(readableError('saveWeights', error)).toBe(
      'Could not save the weights: Lock timeout: another process was holding the lock.',
    );
  });

  it('adds the multiple-accounts hint to authorization and permission errors only', () => {
    for (const message of [
      'ScriptError: Authorization is required to perform that action.',
      "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
      'The caller does not have permission',
    ]) {
      expect(readableError('getWeights', { message })).toContain(multipleAccountsHint());
    }
    expect(readableError('getWeights', new Error('Sheet "Products" has no header row'))).not.toContain(
      multipleAccountsHint(),
    );
  });

  it('says something useful when the error carries no message', () => {
    expect(readableError('insertSummaryChart', undefined)).toBe(
      'Could not insert the chart. Please try again.',
    );
    expect(readableError('insertSummaryChart', { message: 42 })).toBe(
      'Could not insert the chart. Please try again.',
    );
  });

  it('cuts very long messages', () => {
    const text = cleanMessage('x'.repeat(1000));
    expect(text.length).toBe(300);
    expect(text.endsWith('...')).toBe(true);
  });

  it('says "Could not <action>" once when the server already said it (one table of action phrases)', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(shownFor('saveWeights', new Error('Lock timeout'))).toBe(
      'Could not save the weights: Lock timeout.',
    );
    expect(shownFor('getInitialState', new Error('Service Spreadsheets failed'))).toBe(
      'Could not load DistModel: Service Spreadsheets failed.',
    );
    expect(shownFor('scoreProducts', new Error(''))).toBe('Could not score the products. Please try again.');
    quiet.mockRestore();
  });

  it('puts the action before a UserError, whose message the server keeps as it is', () => {
    expect(shownFor('saveWeights', new UserError('The weights sheet is protected.'))).toBe(
      'Could not save the weights: The weights sheet is protected.',
    );
  });

  it('never repeats the lead for any call, whatever the reason', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(CALL_ACTIONS) as (keyof SidebarApi)[])),
        fc.string({ maxLength: 80 }).filter((s) => !s.includes('\n')),
        (call, reason) => {
          const shown = shownFor(call, new Error(reason));
          expect(shown.startsWith(`Could not ${CALL_ACTIONS[call]}`)).toBe(true);
          expect(shown.match(/could not/gi)?.length ?? 0).toBe(
            1 + (reason.match(/could not/gi)?.length ?? 0),
          );
        },
      ),
    );
    quiet.mockRestore();
  });
});
