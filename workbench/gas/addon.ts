// Loading the built add-on (dist/Code.js) into an Environment, as Apps Script runs it: the script in a
// node:vm with the stand-in services, its custom functions registered into the workbook's formula engine
// (run by their own vm in AuthMode.CUSTOM_FUNCTION), and onOpen called as opening the file would.
import { type LoadedBundle, loadBundle, readBuiltCode } from '../vm';
import type { Environment } from './environment';

export interface Addon {
  readonly env: Environment;
  readonly bundle: LoadedBundle;
  /** Top-level functions whose JSDoc has @customfunction (what Sheets offers in formulas). */
  readonly customFunctions: readonly string[];
  /** The environment custom functions run in (AuthMode.CUSTOM_FUNCTION, same document). */
  readonly customFunctionEnv: Environment;
  /** The script instance custom functions run in (its own vm, as each Sheets call is its own execution). */
  readonly customFunctionBundle: LoadedBundle;
  /** Calls a top-level function as a menu click or google.script.run would: one execution. */
  call(name: string, ...args: unknown[]): unknown;
}

/** Names of top-level functions declared with a JSDoc comment containing @customfunction. */
export function findCustomFunctions(code: string): string[] {
  const names: string[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  for (const m of code.matchAll(re)) {
    const [, doc = '', name = ''] = m;
    // A name ending in "_" is private: Sheets does not offer it.
    if (/@customfunction\b/.test(doc) && !name.endsWith('_')) names.push(name);
  }
  return names;
}

export function loadAddon(env: Environment, options: { code?: string } = {}): Addon {
  const code = options.code ?? readBuiltCode();
  const bundle = loadBundle(code, env.services as unknown as Record<string, unknown>);
  env.attachScript(bundle.context);
  const customFunctionEnv = env.fork({ authMode: 'CUSTOM_FUNCTION' });
  const cfBundle = loadBundle(code, customFunctionEnv.services as unknown as Record<string, unknown>);
  customFunctionEnv.attachScript(cfBundle.context);
  const customFunctions = findCustomFunctions(code);
  env.workbook.registerCustomFunctions(
    Object.fromEntries(
      customFunctions.map((name) => [
        name.toUpperCase(),
        (...args: unknown[]) => {
          // The 30-second limit of a custom function is the workbook's to enforce (limits.ts).
          try {
            return cfBundle.call(name, ...args);
          } finally {
            customFunctionEnv.endExecution();
          }
        },
      ]),
    ),
  );
  return {
    env,
    bundle,
    customFunctions,
    customFunctionEnv,
    customFunctionBundle: cfBundle,
    call(name, ...args) {
      env.beginExecution();
      try {
        const result = bundle.call(name, ...args);
        // A script that ran past the limit was stopped: its result never reaches the caller.
        env.checkExecutionTime();
        return result;
      } finally {
        env.endExecution();
      }
    },
  };
}

/**
 * Opens the file: calls onOpen(e) with AuthMode NONE when the add-on is installed but not enabled in
 * this file, LIMITED when it is enabled, then restores the environment's mode.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
export function openSpreadsheet(addon: Addon, options: { enabled?: boolean } = {}): void {
  const env = addon.env;
  const mode = options.enabled ? 'LIMITED' : 'NONE';
  const previous = env.authMode;
  env.authMode = mode;
  try {
    if (addon.bundle.functionNames().includes('onOpen')) addon.call('onOpen', { authMode: mode });
  } finally {
    env.authMode = previous;
  }
}
