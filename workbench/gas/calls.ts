// Counts every service call (total and per "Class.method"), checks the AuthMode, and keeps the script's
// own calls honest: methods run on the real object, so a stand-in calling itself is not counted twice.
import { performance } from 'node:perf_hooks';
import { checkAuthMode } from './auth-mode';
import type { AuthModeName } from './types';

export interface CallCounter {
  readonly total: number;
  /** Wall time spent inside the stand-ins' service calls, ms. */
  readonly serviceMs: number;
  /** Process CPU time spent inside them, ms. */
  readonly serviceCpuMs: number;
  count(method: string): number;
  byMethod(): Record<string, number>;
  reset(): void;
}

export class Calls implements CallCounter {
  private readonly counts = new Map<string, number>();
  private sum = 0;
  private ms = 0;
  private cpuMs = 0;

  get total(): number {
    return this.sum;
  }

  /** Wall time spent inside the stand-ins' service calls, ms: the script's own time is the rest. */
  get serviceMs(): number {
    return this.ms;
  }

  /** CPU time of this process spent inside the stand-ins' service calls, ms (a busy machine does not inflate it). */
  get serviceCpuMs(): number {
    return this.cpuMs;
  }

  addTime(ms: number, cpuMs: number): void {
    this.ms += ms;
    this.cpuMs += cpuMs;
  }

  record(method: string): void {
    this.sum++;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.sum = 0;
    this.ms = 0;
    this.cpuMs = 0;
    this.counts.clear();
  }
}

/** Marks a stand-in object as a service class; its name is what calls are counted under. */
export const GAS_CLASS = Symbol('gasClass');
export interface GasObject {
  readonly [GAS_CLASS]: string;
}

function isGasObject(value: unknown): value is GasObject {
  return typeof value === 'object' && value !== null && GAS_CLASS in value;
}

/** What a proxy needs to know about the execution it belongs to. */
export interface CallContext {
  readonly calls: Calls;
  /** Before each service call: the execution's time limit, and its writes not yet flushed. */
  beforeCall(className: string, method: string): void;
  readonly authMode: AuthModeName;
  /** Turns host values (Dates) into the script realm's, so `instanceof Date` holds in the script. */
  toScript(value: unknown): unknown;
}

/** Wraps a stand-in so each method call is counted and checked, and returned stand-ins are wrapped too. */
export function instrument<T extends object>(
  target: T,
  ctx: CallContext,
  cache = new WeakMap<object, object>(),
): T {
  const cached = cache.get(target);
  if (cached) return cached as T;
  const className = (target as unknown as GasObject)[GAS_CLASS];
  const wrapResult = (value: unknown): unknown => {
    if (isGasObject(value)) return instrument(value, ctx, cache);
    if (Array.isArray(value) && value.some(isGasObject)) return value.map(wrapResult);
    return value;
  };
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor')
        return wrapResult(value);
      return (...args: unknown[]) => {
        ctx.calls.record(`${className}.${prop}`);
        checkAuthMode(ctx.authMode, className, prop);
        ctx.beforeCall(className, prop);
        const started = performance.now();
        const cpu = process.cpuUsage();
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap));
          return result === obj ? proxy : ctx.toScript(wrapResult(result));
        } finally {
          const used = process.cpuUsage(cpu);
          ctx.calls.addTime(performance.now() - started, (used.user + used.system) / 1000);
        }
      };
    },
  });
  cache.set(target, proxy);
  PROXIES.set(proxy, target);
  return proxy;
}

const PROXIES = new WeakMap<object, object>();

/** The stand-in behind a proxy (arguments like a Range passed back in are unwrapped). */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) return (PROXIES.get(value) as T) ?? value;
  return value;
}
