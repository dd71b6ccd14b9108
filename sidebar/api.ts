// The sidebar's only door to the server: every SidebarApi function as a Promise over google.script.run,
// derived from the contract's type (as enuchi/gas-client types its serverFunctions by the server module).
// A failed call rejects with a ServerCallError whose message is one readable sentence (errors.ts), so no
// caller ever shows a raw Apps Script error or stack.
import { CALL_ACTIONS, type SidebarApi } from '../src/shared/sidebar-contract';
import { readableError } from './errors';
import { findNonPlain } from './plain-data';
import { t } from './words';

/** SidebarApi as the browser sees it: the same functions, answered asynchronously. */
export type ClientApi = {
  readonly [K in keyof SidebarApi]: SidebarApi[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<R>
    : never;
};

/** The part of google.script.run the client uses; the real one and test fakes both fit it. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

export class ServerCallError extends Error {
  constructor(
    readonly functionName: keyof SidebarApi,
    message: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

type Caller = (name: keyof SidebarApi, args: unknown[]) => Promise<unknown>;

function makeCaller(runner: ScriptRunner | undefined): Caller {
  return (name, args) =>
    new Promise((resolve, reject) => {
      const fail = (error: unknown) => reject(new ServerCallError(name, readableError(name, error)));
      if (!runner) {
        fail(t('error.noRun'));
        return;
      }
      const bad = findNonPlain(args);
      if (bad) {
        fail(t('error.notPlain', { what: bad }));
        return;
      }
      const target = runner.withSuccessHandler(resolve).withFailureHandler(fail) as unknown as Record<
        string,
        ((...a: unknown[]) => void) | undefined
      >;
      const fn = target[name];
      if (typeof fn !== 'function') {
        fail(t('error.noFunction', { name }));
        return;
      }
      try {
        fn.apply(target, args);
      } catch (error) {
        fail(error);
      }
    });
}

/** The runner of the page, when the sidebar runs inside Apps Script. */
function pageRunner(): ScriptRunner | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}

/** Whether a property name is one of the contract's calls (CALL_ACTIONS lists every one). */
function isCall(name: string | symbol): name is keyof SidebarApi {
  return typeof name === 'string' && Object.hasOwn(CALL_ACTIONS, name);
}

/**
 * The client, derived from the contract's type: each call of SidebarApi is a function returning a Promise
 * of its result, so a new server call needs no edit here. Any other name (such as `then`) is undefined, so
 * the client is never mistaken for a promise.
 */
export function createApi(runner: ScriptRunner | undefined = pageRunner()): ClientApi {
  const call = makeCaller(runner);
  // Each result is typed by the contract; the server is the one place that can break it.
  return new Proxy({} as ClientApi, {
    get: (_target, name) => (isCall(name) ? (...args: unknown[]) => call(name, args) : undefined),
  });
}
