// Loads the built dist/Code.js the way Apps Script's V8 runtime does: one global scope holding only the
// ECMAScript built-ins, `console`, and the services handed in (SpreadsheetApp, PropertiesService, ...).
// No require, process, Buffer, setTimeout, URL or TextEncoder: code that leans on them fails here as it
// would in Apps Script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export interface LoadedBundle {
  /** The sandbox's global object: what Apps Script would see as `this` at top level. */
  readonly context: vm.Context;
  /** Calls a top-level function by name, as Sheets, a menu or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Names of the top-level functions the bundle declares. */
  functionNames(): string[];
}

export const DIST_DIR = path.resolve(import.meta.dirname, '..', 'dist');

export function readBuiltCode(distDir: string = DIST_DIR): string {
  return readFileSync(path.join(distDir, 'Code.js'), 'utf8');
}

/** A console that keeps what the script logs, as Apps Script's execution log would. */
export function makeConsole(sink: string[] = []): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const push = (...args: unknown[]) => {
    sink.push(args.map(String).join(' '));
  };
  return { log: push, info: push, warn: push, error: push };
}

export function loadBundle(code: string, services: Record<string, unknown> = {}): LoadedBundle {
  const context = vm.createContext({ console: makeConsole(), ...services }, { name: 'apps-script' });
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Values from outside (tests, the workbench) are copied into the script's realm; values already of that
  // realm, as Sheets hands them, pass through without a copy.
  const toRealm = vm.runInContext(
    `(function toRealm(v) {
      if (Array.isArray(v)) {
        let copy = v instanceof Array ? null : [];
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          const moved = typeof item === 'object' && item !== null ? toRealm(item) : item;
          if (copy === null && moved !== item) copy = v.slice(0, i);
          if (copy !== null) copy.push(moved);
        }
        return copy === null ? v : copy;
      }
      if (Object.prototype.toString.call(v) === '[object Date]' && !(v instanceof Date)) return new Date(v.getTime());
      return v;
    })`,
    context,
  ) as (v: unknown) => unknown;
  const builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', vm.createContext({})));
  return {
    context,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      // Arguments from Sheets are values of the script's own realm (its Array, its Date).
      return fn(...args.map(toRealm));
    },
    functionNames() {
      return Object.keys(context).filter(
        (k) => typeof context[k] === 'function' && !builtins.has(k) && !(k in services),
      );
    },
  };
}
