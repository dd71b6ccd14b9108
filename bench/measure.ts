// Timing and memory helpers for benchmarks: paired runs with a full collection before each, medians, and
// the heap after a full GC. Run with node --expose-gc (npm run bench does).

const gc = (globalThis as { gc?: () => void }).gc;

/** A full collection, so one run does not pay for the garbage of the one before. */
export function collect(): void {
  gc?.();
}

/**
 * CPU time of one call, ms, after a collection. CPU time rather than wall time: on a machine shared with
 * other work, being descheduled is not the code's cost (the collector's helper threads are counted).
 */
export function timeOnce(fn: () => unknown): number {
  collect();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function timeRuns(fn: () => unknown, runs: number): number[] {
  fn();
  return Array.from({ length: runs }, () => timeOnce(fn));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/**
 * `a` and `b` timed alternately (a, b, a, b...), a collection before each, after one warm-up of each: the
 * ratios a/b of each pair, so a slow moment of a shared machine slows both sides of a pair alike.
 */
export function pairedRatios(
  a: () => unknown,
  b: () => unknown,
  pairs: number,
): { ratios: Spread; a: Spread; b: Spread } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < pairs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return { ratios: spread(ta.map((t, i) => t / (tb[i] as number))), a: spread(ta), b: spread(tb) };
}

export const showRatio = (s: Spread) =>
  `${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)}x (min/median/max)`;
export const showMs = (s: Spread) => `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ms`;

/** Heap in use after a full collection (needs node --expose-gc; NaN without it). */
export function heapUsed(): number {
  if (!gc) return Number.NaN;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface Report {
  line(title: string, figures: readonly (readonly [string, string | number])[]): void;
}

export const consoleReport: Report = {
  line(title, figures) {
    console.log(`${title.padEnd(28)} ${figures.map(([k, v]) => `${k} ${v}`).join(' | ')}`);
  },
};
