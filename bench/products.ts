// Synthetic product tables for benchmarks: a header and all twelve columns, values drawn with a fixed seed
// so every run scores the same data.
import { BUILT_IN_FACTORS, PRODUCT_COLUMN } from '../src/engine';

/** A small deterministic PRNG (mulberry32): benchmarks must not depend on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER: readonly string[] = [PRODUCT_COLUMN.name, ...BUILT_IN_FACTORS.map((f) => f.name)];

export function productTable(rows: number, seed = 42): (string | number)[][] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const table: (string | number)[][] = [[...HEADER]];
  for (let r = 0; r < rows; r++) {
    const row: (string | number)[] = [`Product ${r + 1}`];
    for (const factor of BUILT_IN_FACTORS) {
      // A numeric factor gets amounts over seven orders of magnitude; a category one its canonical levels.
      row.push(factor.kind === 'numeric' ? Math.round(10 ** (random() * 7)) : pick(factor.levels));
    }
    table.push(row);
  }
  return table;
}
