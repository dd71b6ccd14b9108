// The weights editor: a preset picker, one slider and number per factor, the affinity grid under
// "Advanced", and Apply / Discard / Reset. Edits only change the draft (and so the preview); the
// spreadsheet is written when the user presses Apply (weights-apply.ts), and a change made in the sheet
// meanwhile is asked about (weights-conflict.ts). This file only lays the parts out and keeps them in step.
import type { WeightsGrid, WeightsProblem } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, h, panel } from '../dom';
import { createStatus } from '../status';
import type { Store } from '../store';
import { t } from '../words';
import { foreignFormulas } from './foreign-formulas';
import { DEFAULT_PRESET, presetPicker } from './preset-picker';
import { applyDraft } from './weights-apply';
import { conflictDialogue } from './weights-conflict';
import { weightsEditor } from './weights-editor';
import { notStoredText, savedInText } from './weights-notes';
import { problemsBox, shownProblems } from './weights-problems';

export function weightsPanel(store: Store, api: ClientApi): HTMLElement {
  const status = createStatus();
  // A live region that is always there and empty while nothing is unsaved: screen readers hear the mark
  // appear (a hidden element that is shown is not announced), and CSS hides it while empty.
  const unsaved = h('span', { class: 'unsaved', 'aria-live': 'polite' });
  const presets = presetPicker(store, status);
  const savedIn = h('p', { class: 'secondary saved-in' }, savedInText(store.state.saved));
  const notStored = h('p', { class: 'note', hidden: true }, notStoredText(store.state.saved));
  const problems = problemsBox();
  const foreign = foreignFormulas(store, api, status);
  const editor = weightsEditor(store, edit);
  const applyButton = button(t('weights.apply'), () => void apply(), { class: 'action' });
  const discardButton = button(t('weights.discard'), () => {
    presets.clear();
    store.replaceDraft(store.state.saved.grid);
    status.show('info', t('weights.discarded'));
  });
  const resetButton = button(t('weights.reset'), () =>
    presets.load(DEFAULT_PRESET, t('weights.defaultLoaded')),
  );
  let serverProblems: readonly WeightsProblem[] | null = null;
  let saving = false;
  const conflict = conflictDialogue(store, api, status, {
    reloaded: () => presets.clear(),
    kept: () => applyButton.focus(),
    saving: () => saving,
  });

  function edit(update: (draft: WeightsGrid) => WeightsGrid): void {
    serverProblems = null;
    store.editDraft(update(store.state.draft));
  }

  function refresh(): void {
    const { saved } = store.state;
    const draftProblems = store.draftTable.problems;
    const dirty = store.dirty;
    unsaved.textContent = dirty ? t('weights.unsaved') : '';
    savedIn.textContent = savedInText(saved);
    savedIn.hidden = savedIn.textContent === '';
    notStored.hidden = saved.stored;
    notStored.textContent = notStoredText(saved);
    foreign.show(saved);
    editor.markChanged();
    editor.markInvalid(draftProblems);
    problems.show(shownProblems(store, serverProblems, draftProblems));
    applyButton.disabled = saving || draftProblems.length > 0 || (!dirty && saved.stored);
    discardButton.disabled = saving || !dirty;
  }

  async function apply(): Promise<void> {
    await conflict.settled();
    saving = true;
    conflict.hide();
    refresh();
    try {
      const outcome = await applyDraft(store, api, status);
      if (outcome.kind === 'conflict') conflict.showSaveConflict();
      if (outcome.kind === 'invalid') serverProblems = outcome.problems;
    } finally {
      saving = false;
      refresh();
    }
  }

  store.subscribe((change) => {
    // Also when a discard leaves a clean draft of a table the sheet no longer holds.
    if (change === 'weights-changed' || (change === 'draft-replaced' && store.sheetChanged && !store.dirty))
      void conflict.sheetChanged();
    if (change === 'saved') presets.forget();
    if (change === 'saved' || change === 'draft-replaced') {
      serverProblems = null;
      editor.build();
    }
    const redraw = ['saved', 'draft-replaced', 'draft-edited', 'weights-renamed'];
    if (redraw.includes(change)) refresh();
  });
  editor.build();
  refresh();
  // A broken stored table opens with the grid visible, so the marked cell can be seen at once.
  if (store.state.saved.problems.length > 0) editor.advanced.open = true;

  return panel(
    [t('weights.title'), unsaved],
    presets.field,
    savedIn,
    presets.description,
    notStored,
    problems.el,
    foreign.el,
    editor.list,
    editor.advanced,
    h('div', { class: 'actions' }, applyButton, discardButton, resetButton),
    conflict.el,
    status.el,
  );
}
