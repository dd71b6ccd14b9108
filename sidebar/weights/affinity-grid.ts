// The "Advanced" grid: the affinity of every factor level for every model, one text box per cell. Text
// boxes rather than number inputs, because a hand-edited cell such as "two" must be shown as it is,
// marked, and fixable in place.
import { MODEL_DISPLAY_NAMES } from '../../src/engine';
import type { WeightsGrid } from '../../src/shared/sidebar-contract';
import { h } from '../dom';
import { num, t } from '../words';
import { type GridLayout, parseCellInput, withCell } from './weights-draft';

export const SHORT_MODEL_NAMES = ['Assisted', 'Automated', 'Dealers', 'Resale'];

/** Numeric levels are lower bounds: "from 2,000" says so where a bare "2000" would not. */
function levelLabels(labels: readonly string[]): string[] {
  const numeric = labels.length > 0 && labels.every((l) => l !== '' && Number.isFinite(Number(l)));
  return numeric ? labels.map((l) => t('weights.from', { number: num(Number(l)) })) : [...labels];
}

function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

function cellValue(grid: WeightsGrid, row: number, col: number): string {
  const value = grid[row]?.[col];
  return value === null || value === undefined ? '' : String(value);
}

export interface AffinityGrid {
  readonly el: HTMLElement;
  /** The input showing a grid cell, if the grid shows that cell. */
  input(row: number, col: number): HTMLInputElement | undefined;
  inputs(): Iterable<HTMLInputElement>;
}

export function affinityGrid(
  layout: GridLayout,
  grid: WeightsGrid,
  onEdit: (update: (draft: WeightsGrid) => WeightsGrid) => void,
): AffinityGrid {
  const inputs = new Map<string, HTMLInputElement>();
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('weights.level')),
    ...MODEL_DISPLAY_NAMES.map((name, m) =>
      h('th', { scope: 'col' }, h('abbr', { title: name }, SHORT_MODEL_NAMES[m] ?? name)),
    ),
  );
  const body = h('tbody');
  for (const factor of layout.factors) {
    body.append(h('tr', { class: 'factor-head' }, h('th', { colspan: 5, scope: 'colgroup' }, factor.name)));
    const labels = levelLabels(factor.levels.map((l) => l.label));
    factor.levels.forEach((level, i) => {
      const label = labels[i] ?? level.label;
      const cells = layout.modelCols.map((col, m) => {
        const input = h('input', {
          type: 'text',
          inputmode: 'decimal',
          class: 'cell',
          'aria-label': t('weights.cellLabel', {
            factor: factor.name,
            level: label,
            model: MODEL_DISPLAY_NAMES[m] ?? '',
          }),
        });
        input.value = cellValue(grid, level.row, col);
        input.addEventListener('input', () =>
          onEdit((draft) => withCell(draft, level.row, col, parseCellInput(input.value))),
        );
        inputs.set(cellKey(level.row, col), input);
        return h('td', {}, input);
      });
      body.append(h('tr', {}, h('th', { scope: 'row' }, label), ...cells));
    });
  }
  const el = h('table', { class: 'affinity' }, h('thead', {}, head), body);
  return { el, input: (row, col) => inputs.get(cellKey(row, col)), inputs: () => inputs.values() };
}
