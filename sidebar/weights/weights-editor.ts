// The editing part of the Weights panel: one slider per factor and, under "Advanced", the affinity grid.
// Rebuilt when the draft is replaced whole; an edit inside it only re-marks cells, so the control being
// typed in keeps its focus.
import type { TableProblem } from '../../src/engine';
import type { WeightsGrid } from '../../src/shared/sidebar-contract';
import { fill, h } from '../dom';
import type { Store } from '../store';
import { t } from '../words';
import { affinityGrid } from './affinity-grid';
import { type WeightSlider, weightSlider } from './weight-slider';
import {
  cellChanged,
  factorWeight,
  type GridLayout,
  layoutOf,
  weightChanged,
  weightsByFactor,
} from './weights-draft';

export interface WeightsEditor {
  /** The sliders, one row per factor. */
  readonly list: HTMLElement;
  /** "Advanced: affinities", holding the grid. */
  readonly advanced: HTMLDetailsElement;
  /** Builds the controls anew from the draft (after a preset, a reload, a save). */
  build(): void;
  /** Marks the controls whose value differs from the saved table. */
  markChanged(): void;
  /** Marks the controls of the cells `problems` name (rows and columns index the draft grid). */
  markInvalid(problems: readonly TableProblem[]): void;
}

type Edit = (update: (draft: WeightsGrid) => WeightsGrid) => void;

function clearInvalid(input: HTMLInputElement): void {
  input.removeAttribute('aria-invalid');
  input.title = '';
}

export function weightsEditor(store: Store, edit: Edit): WeightsEditor {
  const list = h('div', { class: 'weights' });
  const gridHost = h('div', { class: 'grid-host' });
  const advanced = h(
    'details',
    { class: 'advanced' },
    h('summary', {}, t('weights.advanced')),
    h('p', { class: 'secondary' }, t('weights.affinityHelp')),
    gridHost,
  );
  let layout: GridLayout | null = null;
  let controls: WeightSlider[] = [];
  let grid: ReturnType<typeof affinityGrid> | null = null;
  let savedWeights = weightsByFactor(store.state.saved.grid);

  function build(): void {
    savedWeights = weightsByFactor(store.state.saved.grid);
    layout = layoutOf(store.state.draft);
    const current = layout;
    controls = current ? current.factors.map((f) => weightSlider(f, current, store.state.draft, edit)) : [];
    fill(list, ...controls.map((c) => c.row));
    grid = current ? affinityGrid(current, store.state.draft, edit) : null;
    fill(gridHost, grid?.el ?? h('p', { class: 'secondary' }, t('weights.noHeader')));
  }

  function markChanged(): void {
    const { draft, saved } = store.state;
    for (const c of controls) {
      const now = layout ? factorWeight(draft, layout, c.factor) : Number.NaN;
      c.row.classList.toggle('changed', weightChanged(savedWeights, c.factor.name, now));
    }
    if (!layout) return;
    for (const f of layout.factors)
      for (const l of f.levels)
        for (const col of layout.modelCols)
          grid?.input(l.row, col)?.classList.toggle('changed', cellChanged(saved.grid, draft, l.row, col));
  }

  function markInvalid(problems: readonly TableProblem[]): void {
    for (const c of controls) clearInvalid(c.number);
    for (const input of grid?.inputs() ?? []) clearInvalid(input);
    if (!layout) return;
    const weightCol = layout.weightCol;
    for (const p of problems) {
      const target =
        p.column === weightCol
          ? controls.find((c) => c.factor.levels.some((l) => l.row === p.row))?.number
          : grid?.input(p.row, p.column);
      if (!target) continue;
      target.setAttribute('aria-invalid', 'true');
      target.title = p.message;
    }
  }

  return { list, advanced, build, markChanged, markInvalid };
}
