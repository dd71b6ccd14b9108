// The sidebar served as Apps Script would serve it, with google.script.run replaced by a fake whose answers
// each test scripts in Node. The fake keeps the real bridge's rules that matter here: answers arrive
// asynchronously through the success or failure handler, only JSON-able data crosses, a Date argument
// fails the call, and an unknown function is not callable.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PRESET_NAMES, presetDescription, presetTable, weightsTableToGrid } from '../../src/engine/index';
import { en } from '../../src/i18n';
import type {
  ActiveRow,
  InitialState,
  PresetInfo,
  SidebarApi,
  WeightsGrid,
  WeightsState,
} from '../../src/shared/sidebar-contract';
import { PRODUCT_TABLE_HEADER } from '../support/sheet-headers';

const SIDEBAR = path.resolve(import.meta.dirname, '../../dist/Sidebar.html');
const SCRIPTLET = '<?!= initialStateJson ?>';
const SIDEBAR_URL = 'https://sidebar.test/';

export type Handlers = {
  [K in keyof SidebarApi]?: (
    ...args: Parameters<SidebarApi[K]>
  ) => ReturnType<SidebarApi[K]> | Promise<ReturnType<SidebarApi[K]>>;
};

export interface Call {
  readonly name: string;
  readonly args: unknown[];
}

export async function builtSidebar(): Promise<string> {
  try {
    return await readFile(SIDEBAR, 'utf8');
  } catch {
    throw new Error('dist/Sidebar.html is missing: run `npm run build` first (npm test does).');
  }
}

/** What HtmlService's template evaluation does with the server's state: JSON with "<" escaped. */
export function evaluateTemplate(html: string, state: InitialState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return html.replace(SCRIPTLET, () => json);
}

export const presets: PresetInfo[] = PRESET_NAMES.map((name) => ({
  name,
  description: presetDescription(name),
  grid: weightsTableToGrid(presetTable(name)),
}));

export function presetGrid(name: string): WeightsGrid {
  const preset = presets.find((p) => p.name === name);
  if (!preset) throw new Error(`no preset ${name}`);
  return preset.grid.map((row) => [...row]);
}

export function activeRow(product: string, values: (string | number)[], row = 9): ActiveRow {
  return {
    sheetName: 'Products',
    row,
    headers: [...PRODUCT_TABLE_HEADER],
    values: [product, ...values],
    product,
    locale: 'en_US',
    headerRow: 1,
    firstColumn: 1,
    productColumn: 0,
  };
}

/** A dealer product from the calibration data: sensitive to several weights, so sliders move its scores. */
export const BIKE = activeRow('Trek Madone road bike', [
  'B2C',
  'Physical',
  8000,
  'Medium',
  'Yes',
  'High',
  'Medium',
  'Niche',
  'Many',
  'Yes',
  'Rare',
]);

/** A valid table stored in the "DistModel weights" sheet, read by every formula. */
export function storedWeights(
  grid: WeightsGrid,
  version: string,
  over: Partial<WeightsState> = {},
): WeightsState {
  const base = {
    stored: true,
    sheetName: 'DistModel weights',
    lost: false,
    otherFormulas: [],
    otherFormulaCount: 0,
  };
  return { grid, ...base, problems: [], version, ...over };
}

export function initialState(overrides: Partial<InitialState> = {}): InitialState {
  return {
    presets,
    weights: storedWeights(presetGrid('Balanced'), 'v1'),
    activeRow: BIKE,
    locale: 'en_US',
    closeCallMargin: 5,
    language: 'en',
    words: en,
    ...overrides,
  };
}

// Runs in the page before the sidebar's script: a google.script.run lookalike forwarding to Node.
function installFakeRun(): void {
  type Opts = {
    success?: (v: unknown, u: unknown) => void;
    failure?: (e: unknown, u: unknown) => void;
    user?: unknown;
  };
  const bridge = (window as unknown as { __fakeRun: (name: string, args: string) => Promise<string> })
    .__fakeRun;
  const hasDate = (v: unknown): boolean =>
    v instanceof Date || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
  const runner = (opts: Opts): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'withSuccessHandler') return (f: Opts['success']) => runner({ ...opts, success: f });
          if (prop === 'withFailureHandler') return (f: Opts['failure']) => runner({ ...opts, failure: f });
          if (prop === 'withUserObject') return (u: unknown) => runner({ ...opts, user: u });
          if (typeof prop !== 'string' || prop.endsWith('_')) return undefined;
          return (...args: unknown[]) => {
            if (hasDate(args)) {
              setTimeout(() =>
                opts.failure?.(new Error('Failed due to illegal value in property: 0'), opts.user),
              );
              return;
            }
            void bridge(prop, JSON.stringify(args)).then((text) => {
              const answer = JSON.parse(text) as {
                ok: boolean;
                value?: unknown;
                message?: string;
                stack?: string;
              };
              if (answer.ok) opts.success?.(answer.value, opts.user);
              else {
                const error = new Error(answer.message);
                if (answer.stack) error.stack = answer.stack;
                opts.failure?.(error, opts.user);
              }
            });
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner({}) } };
}

export interface FakeSidebar {
  readonly page: Page;
  readonly calls: Call[];
  callsTo(name: keyof SidebarApi): Call[];
  /** Alert/confirm/prompt dialogs the page opened (an XSS payload would open one). */
  readonly dialogs: string[];
  /** Uncaught page errors. */
  readonly errors: string[];
}

export async function openFakeSidebar(
  page: Page,
  options: { state?: InitialState | null; handlers?: Handlers } = {},
): Promise<FakeSidebar> {
  const state = options.state === undefined ? initialState() : options.state;
  // The poll's weights version, unless a test scripts getSelection: the last version the fake answered with,
  // so a test that does not change the sheet behind the sidebar's back never sees it change.
  let lastVersion = state?.weights.version ?? 'none';
  const handlers: Handlers = {
    getActiveRow: () => state?.activeRow ?? null,
    ...options.handlers,
  };
  handlers.getSelection ??= async () => ({
    row: (await handlers.getActiveRow?.()) ?? null,
    weightsVersion: lastVersion,
  });
  const calls: Call[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeFunction('__fakeRun', async (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    const handler = (handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
    if (!handler) return JSON.stringify({ ok: false, message: `Script function not found: ${name}` });
    try {
      const value = await handler(...args);
      lastVersion = weightsVersionIn(value) ?? lastVersion;
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      const e = error as Error;
      return JSON.stringify({ ok: false, message: e.message, stack: e.stack });
    }
  });
  await page.addInitScript(installFakeRun);
  const html = await builtSidebar();
  const body = state ? evaluateTemplate(html, state) : html;
  // A routed URL rather than setContent, so the init script runs as it would on a real load.
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(SIDEBAR_URL);
  await page.locator('main[aria-busy="false"], main [role="alert"]').first().waitFor();
  return { page, calls, dialogs, errors, callsTo: (name) => calls.filter((c) => c.name === name) };
}

/** The weights version a server answer carries (a WeightsState, or a save result holding one), if any. */
function weightsVersionIn(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { version?: unknown; grid?: unknown; weights?: { version?: unknown } };
  if (typeof v.weights?.version === 'string') return v.weights.version;
  return Array.isArray(v.grid) && typeof v.version === 'string' && !('status' in v) ? v.version : undefined;
}

/** A promise the test resolves later, to hold a server answer while it looks at the page. */
export function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
