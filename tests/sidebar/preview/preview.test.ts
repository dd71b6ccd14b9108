import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../sidebar/draft-table';
import { computePreview } from '../../../sidebar/preview/preview';
import { layoutOf, withCell, withWeight } from '../../../sidebar/weights/weights-draft';
import { MODEL_DISPLAY_NAMES } from '../../../src/engine/index';
import type { WeightsGrid } from '../../../src/shared/sidebar-contract';
import { activeRow, BIKE, presetGrid } from '../fake-server';

/** The draft's compiled table, as the store reads it once per draft. */
const scorerOf = (grid: WeightsGrid) => readDraft(grid).scorer;

describe('the live preview', () => {
  it('scores the row in the browser and names the drivers of the winner', () => {
    const preview = computePreview(scorerOf(presetGrid('Balanced')), BIKE);
    if (preview.kind !== 'scored') throw new Error(preview.kind);
    expect(MODEL_DISPLAY_NAMES[preview.winner]).toBe('Authorized dealers');
    expect(preview.pro.length).toBeGreaterThan(0);
    expect(preview.pro.every((d) => d.points > 0)).toBe(true);
    expect(preview.con.every((d) => d.points < 0)).toBe(true);
    const points = preview.pro.map((d) => d.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('follows an unsaved weight change', () => {
    const grid = presetGrid('Balanced');
    const layout = layoutOf(grid);
    const buyers = layout?.factors.find((f) => f.name === 'Buyers');
    if (!layout || !buyers) throw new Error('no Buyers');
    const before = computePreview(scorerOf(grid), BIKE);
    const after = computePreview(scorerOf(withWeight(grid, layout, buyers, 5)), BIKE);
    if (before.kind !== 'scored' || after.kind !== 'scored') throw new Error('not scored');
    expect(after.explanation.scores).not.toEqual(before.explanation.scores);
  });

  it('says why there is nothing to show', () => {
    expect(computePreview(scorerOf(presetGrid('Balanced')), null).kind).toBe('no-row');
    expect(computePreview(scorerOf(withCell(presetGrid('Balanced'), 2, 3, 'two')), BIKE).kind).toBe(
      'no-weights',
    );
    const bad = computePreview(scorerOf(presetGrid('Balanced')), activeRow('Odd', ['Martians']));
    expect(bad.kind).toBe('invalid');
  });
});
