// Rows with the same resolved levels (a product profile) get the same output row: a scored row's output
// depends only on its level per factor (the scores, the winner, the margin, the evidence and the sentences
// all follow from them), never on the raw cells. So a block computes each profile's output once and hands
// the same row to every product of that profile; real catalogues repeat a few hundred profiles over
// thousands of variants.

import type { Workspace } from './score';
import type { Scorer } from './scorer';

/** Past this many profiles a block stops remembering new ones (memory stays bounded; rows still score). */
const MAX_PROFILES = 200_000;

/** Largest integer a double holds exactly: a numeric key must stay below it to be one per profile. */
const EXACT_INTEGERS = 2 ** 53;

export interface ProfileCache<T> {
  /** The output computed for the workspace's profile, or undefined. */
  get(ws: Workspace): T | undefined;
  set(ws: Workspace, value: T): void;
}

/**
 * A cache keyed by the workspace's level indices (levelOf, BLANK included). The key is one number in mixed
 * radix (level + 1 per factor) while the table's level counts allow it, else text; either way any number
 * of factors works.
 */
export function createProfileCache<T>(scorer: Scorer): ProfileCache<T> {
  const radices = scorer.factors.map((f) => f.levels.length + 1);
  const numeric = radices.reduce((product, r) => product * r, 1) < EXACT_INTEGERS;
  const keyOf = numeric ? numericKey(radices) : textKey;
  const map = new Map<number | string, T>();
  return {
    get: (ws) => map.get(keyOf(ws.levelOf)),
    set(ws, value) {
      if (map.size < MAX_PROFILES) map.set(keyOf(ws.levelOf), value);
    },
  };
}

function numericKey(radices: readonly number[]): (levels: Int32Array) => number {
  const n = radices.length;
  const radix = Float64Array.from(radices);
  return (levels) => {
    let key = 0;
    for (let f = 0; f < n; f++) key = key * (radix[f] as number) + ((levels[f] as number) + 1);
    return key;
  };
}

function textKey(levels: Int32Array): string {
  return levels.join(',');
}
