// The preset picker of the Weights panel: choosing a preset (or Reset to default) replaces the draft whole
// and says whether that differs from what is saved.

import { h, uid } from '../dom';
import type { Status } from '../status';
import type { Store } from '../store';
import { t } from '../words';

export const DEFAULT_PRESET = 'Balanced';

export interface PresetPicker {
  /** The labelled select, for the panel's layout. */
  readonly field: HTMLElement;
  readonly description: HTMLElement;
  /** Loads a preset into the draft; `what` starts the status line ("Preset "Lean" loaded"). */
  load(name: string, what: string): void;
  /** Shows no preset chosen (the draft is no longer a preset as it was loaded). */
  clear(): void;
  /** Clears the choice and its description: what is saved is now the table, whatever preset it started from. */
  forget(): void;
}

export function presetPicker(store: Store, status: Status): PresetPicker {
  const id = uid('preset');
  const select = h(
    'select',
    { id },
    h('option', { value: '' }, t('weights.choosePreset')),
    ...store.state.presets.map((p) => h('option', { value: p.name }, p.name)),
  );
  const description = h('p', { class: 'secondary preset-description' });

  function load(name: string, what: string): void {
    const preset = store.state.presets.find((p) => p.name === name);
    if (!preset) return;
    select.value = name === DEFAULT_PRESET ? '' : name;
    description.textContent = preset.description;
    store.replaceDraft(preset.grid);
    status.show('info', store.dirty ? t('weights.pressApply', { what }) : t('weights.sameAsSaved', { what }));
  }

  select.addEventListener('change', () => {
    if (select.value === '') return;
    load(select.value, t('weights.presetLoaded', { name: select.value }));
  });

  return {
    field: h('div', { class: 'field' }, h('label', { for: id }, t('weights.preset')), select),
    description,
    load,
    clear() {
      select.value = '';
    },
    forget() {
      select.value = '';
      description.textContent = '';
    },
  };
}
