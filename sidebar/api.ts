// The sidebar's only door to the server: every SidebarApi function as a Promise over google.script.run.
// A failed call rejects with a ServerCallError whose message is one readable sentence (errors.ts), so no
// caller ever shows a raw Apps Script error or stack.
import type { SidebarApi } from '../src/shared/sidebar-contract';
import { readableError } from './errors';
import { findNonPlain } from './plain-data';

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

/** What each call does, in words, for "Could not <action>: <reason>". */
const ACTIONS: Readonly<Record<keyof SidebarApi, string>> = {
  getInitialState: 'Could not load DistModel',
  getWeights: 'Could not load the weights',
  getActiveRow: 'Could not read the selected row',
  getSelection: 'Could not read the selected row',
  saveWeights: 'Could not save the weights',
  useSharedWeights: 'Could not change the formulas',
  setupProductSheet: 'Could not set up a product sheet',
  scoreProducts: 'Could not score the products',
  getPortfolioSummary: 'Could not load the portfolio summary',
  getWeightShifts: 'Could not count the products each weight can change',
  insertSummaryChart: 'Could not insert the chart',
  getFitSource: 'Could not look for the known models',
  fitWeights: 'Could not learn from the products',
};

type Caller = <K extends keyof SidebarApi>(name: K, args: Parameters<SidebarApi[K]>) => Promise<unknown>;

function makeCaller(runner: ScriptRunner | undefined): Caller {
  return (name, args) =>
    new Promise((resolve, reject) => {
      const fail = (error: unknown) => reject(new ServerCallError(name, readableError(ACTIONS[name], error)));
      if (!runner) {
        fail('DistModel runs inside Google Sheets; google.script.run is not available here');
        return;
      }
      const bad = findNonPlain(args);
      if (bad) {
        fail(`${bad} cannot be sent to Apps Script; only plain data crosses`);
        return;
      }
      const target = runner.withSuccessHandler(resolve).withFailureHandler(fail) as unknown as Record<
        string,
        ((...a: unknown[]) => void) | undefined
      >;
      const fn = target[name];
      if (typeof fn !== 'function') {
        fail(`the server has no function ${name}; reload the sidebar after updating the add-on`);
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

export function createApi(runner: ScriptRunner | undefined = pageRunner()): ClientApi {
  const call = makeCaller(runner);
  // Each result is typed by the contract; the server is the one place that can break it.
  return {
    getInitialState: () => call('getInitialState', []) as ReturnType<ClientApi['getInitialState']>,
    getWeights: () => call('getWeights', []) as ReturnType<ClientApi['getWeights']>,
    getActiveRow: (probe) =>
      call('getActiveRow', probe === undefined ? [] : [probe]) as ReturnType<ClientApi['getActiveRow']>,
    getSelection: (probe) =>
      call('getSelection', probe === undefined ? [] : [probe]) as ReturnType<ClientApi['getSelection']>,
    saveWeights: (grid, baseVersion) =>
      call('saveWeights', [grid, baseVersion]) as ReturnType<ClientApi['saveWeights']>,
    useSharedWeights: () => call('useSharedWeights', []) as ReturnType<ClientApi['useSharedWeights']>,
    setupProductSheet: () => call('setupProductSheet', []) as ReturnType<ClientApi['setupProductSheet']>,
    scoreProducts: (request) => call('scoreProducts', [request]) as ReturnType<ClientApi['scoreProducts']>,
    getPortfolioSummary: () =>
      call('getPortfolioSummary', []) as ReturnType<ClientApi['getPortfolioSummary']>,
    getWeightShifts: () => call('getWeightShifts', []) as ReturnType<ClientApi['getWeightShifts']>,
    insertSummaryChart: () => call('insertSummaryChart', []) as ReturnType<ClientApi['insertSummaryChart']>,
    getFitSource: () => call('getFitSource', []) as ReturnType<ClientApi['getFitSource']>,
    fitWeights: (request) => call('fitWeights', [request]) as ReturnType<ClientApi['fitWeights']>,
  };
}
