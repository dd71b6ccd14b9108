// The typed client against a scripted runner shaped like google.script.run.
import { describe, expect, it } from 'vitest';
import { createApi, type ScriptRunner, ServerCallError } from '../../sidebar/api';
import { findNonPlain } from '../../sidebar/plain-data';
import { CALL_ACTIONS } from '../../src/shared/sidebar-contract';

type Answer = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A runner that records calls and answers each one asynchronously, as the real bridge does. */
function fakeRunner(
  answer: (name: string, args: unknown[]) => Answer,
  served: readonly string[] = ['getInitialState', 'saveWeights', 'scoreProducts'],
) {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, prop: string) {
        if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, failure);
        if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => make(success, f);
        if (served.includes(prop)) {
          return (...args: unknown[]) => {
            calls.push({ name: prop, args });
            const a = answer(prop, args);
            queueMicrotask(() => (a.ok ? success?.(a.value) : failure?.(a.error)));
          };
        }
        return undefined;
      },
    });
  return { runner: make(), calls };
}

describe('the sidebar API client', () => {
  it('resolves with the server value and passes the arguments through', async () => {
    const { runner, calls } = fakeRunner(() => ({ ok: true, value: { status: 'saved' } }));
    const api = createApi(runner);
    await expect(api.saveWeights([['Factor']], 'v1')).resolves.toEqual({ status: 'saved' });
    expect(calls).toEqual([{ name: 'saveWeights', args: [[['Factor']], 'v1'] }]);
  });

  it('rejects with a readable ServerCallError, never the stack', async () => {
    const error = new Error('Exception: Service Spreadsheets timed out\n    at scoreProducts (Code:5:1)');
    const { runner } = fakeRunner(() => ({ ok: false, error }));
    const failure = await createApi(runner)
      .scoreProducts({ scope: 'table', mode: 'values', overwrite: false, jobId: null })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServerCallError);
    expect((failure as ServerCallError).message).toBe(
      'Could not score the products: Service Spreadsheets timed out.',
    );
    expect((failure as ServerCallError).functionName).toBe('scoreProducts');
  });

  it('refuses to send what google.script.run would drop or mangle, without calling the server', async () => {
    const { runner, calls } = fakeRunner(() => ({ ok: true, value: null }));
    const api = createApi(runner);
    const withDate = [[new Date(0) as unknown as string]];
    await expect(api.saveWeights(withDate, 'v1')).rejects.toThrow(/argument\[0\]\[0\]\[0\] \(a Date\)/);
    const withHole = [[1, undefined as unknown as number]];
    await expect(api.saveWeights(withHole, 'v1')).rejects.toThrow(/undefined/);
    expect(calls).toEqual([]);
  });

  it('explains a missing bridge and a missing server function', async () => {
    await expect(createApi(undefined).getWeights()).rejects.toThrow(/inside Google Sheets/);
    const { runner } = fakeRunner(() => ({ ok: true, value: null }));
    await expect(createApi(runner).insertSummaryChart()).rejects.toThrow(/no function insertSummaryChart/);
  });

  it('finds non-plain values anywhere in the data', () => {
    expect(findNonPlain({ a: [1, 'x', null, true, { b: [] }] })).toBeNull();
    expect(findNonPlain({ a: [1, Number.NaN] })).toBe('argument.a[1] (NaN)');
    expect(findNonPlain([new Map()])).toBe('argument[0] (a Map)');
    expect(findNonPlain([() => 1])).toBe('argument[0] (a Function)');
  });

  it('offers every call of the contract, derived from it, and nothing else', async () => {
    const names = Object.keys(CALL_ACTIONS);
    const { runner, calls } = fakeRunner((name) => ({ ok: true, value: name }), names);
    const api = createApi(runner) as unknown as Record<
      string,
      ((...a: unknown[]) => Promise<unknown>) | undefined
    >;
    for (const name of names) await expect(api[name]?.('x')).resolves.toBe(name);
    expect(calls.map((c) => c.name)).toEqual(names);
    // Not a thenable: awaiting the client must not call the server.
    expect(api.then).toBeUndefined();
    expect(api.openSidebar).toBeUndefined();
  });
});
