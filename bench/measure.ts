// Timing and memory helpers for benchmarks: median of several runs after a warm-up, heap after a full GC.
import { performance } from 'node:perf_hooks';

export function timeRuns(fn: () => unknown, runs: number): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Heap in use after a full collection (needs node --expose-gc; NaN without it). */
export function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
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
