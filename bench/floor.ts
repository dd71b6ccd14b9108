// The floor DISTMODEL is measured against: the bare weighted sum, with nothing DISTMODEL owes its users
// (no header matching, synonyms, validation, messages or scaling). Level lookups by a Map per column, four
// sums per row, pick the largest, and return the one thing any custom function must: a [name] row per row.
import { BUILT_IN_FACTORS, MODEL_DISPLAY_NAMES, presetTable } from '../src/engine';

export interface Floor {
  run(table: readonly (readonly unknown[])[]): string[][];
}

export function bareWeightedSum(): Floor {
  const table = presetTable('Balanced');
  const columns = BUILT_IN_FACTORS.map((factor, i) => {
    const spec = table.factors.find((f) => f.name === factor.name);
    if (!spec) throw new Error(`no ${factor.name} in Balanced`);
    const byLabel = new Map(spec.levels.map((label, l) => [label, l]));
    const weighted = spec.affinity.map((row) => row.map((a) => a * spec.weight));
    return { column: i + 1, byLabel, weighted, bounds: spec.bounds };
  });
  return {
    run(rows) {
      const winners: string[][] = [['Distribution model']];
      const sums = new Float64Array(4);
      for (let r = 1; r < rows.length; r++) {
        const row = rows[r] as readonly unknown[];
        sums.fill(0);
        for (const { column, byLabel, weighted, bounds } of columns) {
          const value = row[column];
          let level = -1;
          if (typeof value === 'number') {
            for (let b = bounds.length - 1; b >= 0; b--)
              if (value >= (bounds[b] as number)) {
                level = b;
                break;
              }
          } else level = byLabel.get(value as string) ?? -1;
          const aff = weighted[level];
          if (aff) for (let m = 0; m < 4; m++) sums[m] = (sums[m] as number) + (aff[m] as number);
        }
        let best = 0;
        for (let m = 1; m < 4; m++) if ((sums[m] as number) > (sums[best] as number)) best = m;
        winners.push([MODEL_DISPLAY_NAMES[best] as string]);
      }
      return winners;
    },
  };
}
