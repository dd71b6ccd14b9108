// One factor's weight as a slider and a number box that follow each other. The slider is for quick
// tuning (0 to 5 in halves); the number box takes any value, and shows a broken cell's text as empty.
import type { WeightsGrid } from '../../src/shared/sidebar-contract';
import { h, uid } from '../dom';
import { t } from '../words';
import { type FactorRows, factorWeight, type GridLayout, parseCellInput, withWeight } from './weights-draft';

const SLIDER_MAX = 5;

export interface WeightSlider {
  readonly factor: FactorRows;
  readonly row: HTMLElement;
  readonly range: HTMLInputElement;
  readonly number: HTMLInputElement;
}

function weightText(weight: number): string {
  return Number.isFinite(weight) ? String(weight) : '';
}

export function weightSlider(
  factor: FactorRows,
  layout: GridLayout,
  grid: WeightsGrid,
  onEdit: (update: (draft: WeightsGrid) => WeightsGrid) => void,
): WeightSlider {
  const id = uid('weight');
  const weight = factorWeight(grid, layout, factor);
  const known = Number.isFinite(weight) ? weight : 0;
  const range = h('input', {
    type: 'range',
    id,
    min: 0,
    max: Math.max(SLIDER_MAX, Math.ceil(known)),
    step: 0.5,
  });
  const number = h('input', {
    type: 'number',
    class: 'weight-number',
    min: 0,
    step: 0.1,
    'aria-label': t('weights.weightLabel', { factor: factor.name }),
  });
  range.value = weightText(known);
  number.value = weightText(weight);
  range.addEventListener('input', () => {
    number.value = range.value;
    onEdit((draft) => withWeight(draft, layout, factor, Number(range.value)));
  });
  number.addEventListener('input', () => {
    const value = parseCellInput(number.value);
    if (typeof value === 'number') range.value = String(value);
    onEdit((draft) => withWeight(draft, layout, factor, value));
  });
  const mark = h(
    'span',
    { class: 'changed-mark' },
    h('span', { 'aria-hidden': 'true' }, '•'),
    h('span', { class: 'sr-only' }, t('weights.changed')),
  );
  const row = h('div', { class: 'weight-row' }, h('label', { for: id }, factor.name, mark), range, number);
  return { factor, row, range, number };
}
