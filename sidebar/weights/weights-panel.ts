// The weights editor: a preset picker, one slider and number per factor, the affinity grid under
// "Advanced", and Apply / Discard / Reset. Edits only change the draft (and so the preview); the
// spreadsheet is written when the user presses Apply, with the version read, so a change made since (a
// colleague's save, a hand edit, an Undo) is reported instead of silently overwritten. Reload and Keep mine
// always read the sheet again: the table at the time of the conflict may be outdated a moment later.
import { parseWeightsTable, type TableProblem } from '../../src/engine';
import type { WeightsGrid, WeightsProblem, WeightsState } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { affinityGrid } from './affinity-grid';
import { type WeightSlider, weightSlider } from './weight-slider';
import {
  cellChanged,
  factorWeight,
  type GridLayout,
  layoutOf,
  levelsMissingFrom,
  weightChanged,
  weightsByFactor,
} from './weights-draft';

const DEFAULT_PRESET = 'Balanced';

/** Where formulas read the weights, shown under the title (the user may have renamed the sheet). */
export function savedInText(saved: WeightsState): string {
  return saved.stored && saved.sheetName !== null ? `Saved in '${saved.sheetName}'` : '';
}

/** What Keep mine means for the table in the sheet, naming the rows Apply would delete. */
export function keepMineText(draft: WeightsGrid, sheet: WeightsGrid): string {
  const lost = levelsMissingFrom(draft, sheet);
  const base =
    'Your changes are kept. Apply now replaces the whole saved table with yours: the changes made in the spreadsheet are lost.';
  if (lost.length === 0) return base;
  return `${base} Your table lacks ${lost.length === 1 ? 'a row' : `${lost.length} rows`} the sheet has, which Apply deletes: ${lost.join('; ')}.`;
}

/** Why the weights shown are not what formulas read, and what Apply does about it. */
export function notStoredText(saved: WeightsState): string {
  if (saved.lost)
    return 'The DistModel weights sheet was deleted, so formulas that read DistModelWeights show #REF!. Shown is the table last applied: Apply restores it.';
  if (saved.sheetName !== null)
    return `Formulas cannot read the weights in "${saved.sheetName}" until Apply restores the named range DistModelWeights.`;
  return 'These weights are not in this spreadsheet yet: Apply creates the "DistModel weights" sheet.';
}

function problemItem(problem: WeightsProblem): HTMLElement {
  return h('li', {}, problem.cell ? h('span', { class: 'cell-ref' }, problem.cell) : null, problem.message);
}

export function weightsPanel(store: Store, api: ClientApi): HTMLElement {
  const presetId = uid('preset');
  const status = createStatus();
  const unsaved = h('span', { class: 'unsaved', hidden: true }, 'Unsaved changes');
  const presetSelect = h(
    'select',
    { id: presetId },
    h('option', { value: '' }, 'Choose a preset...'),
    ...store.state.presets.map((p) => h('option', { value: p.name }, p.name)),
  );
  const presetDescription = h('p', { class: 'secondary preset-description' });
  const savedIn = h('p', { class: 'secondary saved-in' }, savedInText(store.state.saved));
  const notStored = h('p', { class: 'note', hidden: true }, notStoredText(store.state.saved));
  const problemsList = h('ul');
  const problemsBox = h(
    'div',
    { class: 'problems', hidden: true },
    h('p', { class: 'error' }, 'The weights table has problems; nothing is lost, fix these cells:'),
    problemsList,
  );
  const foreignBox = h('div', { class: 'foreign-formulas note', hidden: true, role: 'group' });
  const weightsList = h('div', { class: 'weights' });
  const advanced = h('details', { class: 'advanced' }, h('summary', {}, 'Advanced: affinities'));
  const gridHost = h('div', { class: 'grid-host' });
  advanced.append(
    h(
      'p',
      { class: 'secondary' },
      'How much each level favours each model: -2 strongly against ... +2 strongly for.',
    ),
    gridHost,
  );
  const conflictBox = h('div', { class: 'conflict', hidden: true, role: 'group' });
  const applyButton = button('Apply', () => void apply(), { class: 'action' });
  const discardButton = button('Discard', () => {
    presetSelect.value = '';
    store.replaceDraft(store.state.saved.grid);
    status.show('info', 'Changes discarded.');
  });
  const resetButton = button('Reset to default', () => loadPreset(DEFAULT_PRESET, 'Default weights loaded'));

  let layout: GridLayout | null = null;
  let controls: WeightSlider[] = [];
  let grid: ReturnType<typeof affinityGrid> | null = null;
  let savedWeights = weightsByFactor(store.state.saved.grid);
  let serverProblems: readonly WeightsProblem[] | null = null;
  let saving = false;

  function loadPreset(name: string, what: string): void {
    const preset = store.state.presets.find((p) => p.name === name);
    if (!preset) return;
    presetSelect.value = name === DEFAULT_PRESET ? '' : name;
    presetDescription.textContent = preset.description;
    store.replaceDraft(preset.grid);
    status.show(
      'info',
      store.dirty
        ? `${what}. Press Apply to save them to the spreadsheet.`
        : `${what}: the same as the saved weights.`,
    );
  }

  presetSelect.addEventListener('change', () => {
    if (presetSelect.value === '') return;
    loadPreset(presetSelect.value, `Preset "${presetSelect.value}" loaded`);
  });

  function edit(update: (draft: WeightsGrid) => WeightsGrid): void {
    serverProblems = null;
    store.editDraft(update(store.state.draft));
  }

  function build(): void {
    layout = layoutOf(store.state.draft);
    const current = layout;
    controls = current ? current.factors.map((f) => weightSlider(f, current, store.state.draft, edit)) : [];
    fill(weightsList, ...controls.map((c) => c.row));
    grid = current ? affinityGrid(current, store.state.draft, edit) : null;
    fill(
      gridHost,
      grid?.el ?? h('p', { class: 'secondary' }, 'The table cannot be shown until its header is fixed.'),
    );
  }

  function markInvalid(problems: readonly TableProblem[]): void {
    for (const c of controls) {
      c.number.removeAttribute('aria-invalid');
      c.number.title = '';
    }
    for (const input of grid?.inputs() ?? []) {
      input.removeAttribute('aria-invalid');
      input.title = '';
    }
    if (!layout) return;
    for (const p of problems) {
      const target =
        p.column === layout.weightCol
          ? controls.find((c) => c.factor.levels.some((l) => l.row === p.row))?.number
          : grid?.input(p.row, p.column);
      if (!target) continue;
      target.setAttribute('aria-invalid', 'true');
      target.title = p.message;
    }
  }

  function shownProblems(clientProblems: readonly TableProblem[]): readonly WeightsProblem[] {
    if (serverProblems) return serverProblems;
    const { saved } = store.state;
    // The server's problems name the sheet cell; they stay true while the user has not changed anything.
    if (!store.dirty && saved.problems.length > 0) return saved.problems;
    return clientProblems.map((p) => ({ cell: null, message: p.message }));
  }

  function refresh(): void {
    const { draft, saved } = store.state;
    const parsed = parseWeightsTable(draft);
    const clientProblems = parsed.ok ? [] : parsed.problems;
    const dirty = store.dirty;
    unsaved.hidden = !dirty;
    savedIn.textContent = savedInText(saved);
    savedIn.hidden = savedIn.textContent === '';
    notStored.hidden = saved.stored;
    notStored.textContent = notStoredText(saved);
    showForeign(saved);
    for (const c of controls) {
      const now = layout ? factorWeight(draft, layout, c.factor) : Number.NaN;
      c.row.classList.toggle('changed', weightChanged(savedWeights, c.factor.name, now));
    }
    if (layout) {
      for (const f of layout.factors)
        for (const l of f.levels)
          for (const col of layout.modelCols)
            grid?.input(l.row, col)?.classList.toggle('changed', cellChanged(saved.grid, draft, l.row, col));
    }
    markInvalid(clientProblems);
    const problems = shownProblems(clientProblems);
    problemsBox.hidden = problems.length === 0;
    fill(problemsList, ...problems.map(problemItem));
    applyButton.disabled = saving || clientProblems.length > 0 || (!dirty && saved.stored);
    discardButton.disabled = saving || !dirty;
  }

  /** Formulas reading other weights than the shared ones, so the sidebar and they never disagree unseen. */
  function showForeign(saved: WeightsState): void {
    const count = Number(saved.otherFormulaCount) || 0; // an older server sends none
    foreignBox.hidden = count === 0;
    if (count === 0) return;
    const more = count - saved.otherFormulas.length;
    const fix = button('Use the shared weights in them', async () => {
      fix.disabled = true;
      status.show('info', 'Changing the formulas...');
      try {
        store.setSaved(await api.useSharedWeights(), true);
        status.show('success', 'Every DISTMODEL formula now reads the shared weights.');
      } catch (error) {
        fix.disabled = false;
        status.show('error', messageOf(error));
      }
    });
    fill(
      foreignBox,
      h(
        'p',
        {},
        count === 1
          ? 'One DISTMODEL formula reads other weights than these, so its results can differ from what you see here:'
          : `${count} DISTMODEL formulas read other weights than these, so their results can differ from what you see here:`,
      ),
      h(
        'ul',
        {},
        ...saved.otherFormulas.map((f) =>
          h('li', {}, h('span', { class: 'cell-ref' }, f.cell), ` ${f.uses}`),
        ),
        more > 0 ? h('li', {}, `and ${more} more`) : null,
      ),
      h('div', { class: 'actions' }, fix),
    );
  }

  /** The table as the sheet holds it now: a conflict's copy may be outdated by an Undo since. */
  async function readSheet(): Promise<WeightsState | null> {
    conflictBox.hidden = true;
    status.show('info', 'Reading the weights sheet...');
    try {
      return await api.getWeights();
    } catch (error) {
      status.show('error', messageOf(error));
      conflictBox.hidden = false;
      return null;
    }
  }

  async function reloadTheirs(): Promise<void> {
    const now = await readSheet();
    if (!now) return;
    presetSelect.value = '';
    store.setSaved(now);
    status.show('info', 'Reloaded the weights as the spreadsheet holds them now.');
  }

  // Keeping the draft on top of the sheet's version makes the next Apply a deliberate overwrite of the whole
  // table (no cell-by-cell merge), which is why both the question and the status say so.
  // Apply waits for a Keep mine still reading the sheet: pressed straight away, it would otherwise save against
  // the old version and meet the same conflict again (issue #17).
  let keeping: Promise<void> | null = null;
  function keepMine(): Promise<void> {
    keeping = keepDraftOverSheet().finally(() => {
      keeping = null;
    });
    return keeping;
  }

  async function keepDraftOverSheet(): Promise<void> {
    const now = await readSheet();
    if (!now) return;
    store.setSaved(now, true);
    status.show('info', keepMineText(store.state.draft, now.grid));
    applyButton.focus();
  }

  /**
   * Asks what to do about a sheet that changed under the draft: reload it (the draft is dropped), or keep the
   * draft and apply it over the whole table, told which of the sheet's rows that deletes.
   */
  function askReloadOrKeep(question: string): void {
    const reload = button('Reload theirs', () => void reloadTheirs(), { class: 'action' });
    const keep = button('Keep mine', () => void keepMine());
    fill(conflictBox, h('p', { class: 'error' }, question), h('div', { class: 'actions' }, reload, keep));
    conflictBox.hidden = false;
    reload.focus();
  }

  const CHANGED =
    'The weights in the spreadsheet changed since the sidebar loaded them (saved by someone, or edited on the sheet).';

  function showConflict(): void {
    askReloadOrKeep(
      `${CHANGED} Nothing of yours was written. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table (the other changes are dropped).`,
    );
  }

  /** The poll saw the sheet change: a clean draft follows it; unsaved edits are asked about. */
  async function sheetChanged(): Promise<void> {
    if (saving) return;
    if (store.dirty) {
      askReloadOrKeep(
        'The weights sheet changed since you opened it (saved by someone, or edited on the sheet); the preview uses your unsaved weights. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table.',
      );
      return;
    }
    try {
      const now = await api.getWeights();
      if (store.dirty) return; // an edit began meanwhile: it is asked about when discarded or applied
      conflictBox.hidden = true;
      store.setSaved(now);
      status.show('info', 'The weights sheet changed; the sidebar shows it as it is now.');
    } catch (error) {
      status.show('error', messageOf(error));
    }
  }

  async function apply(): Promise<void> {
    if (keeping) await keeping;
    saving = true;
    conflictBox.hidden = true;
    refresh();
    status.show('info', 'Saving the weights...');
    try {
      const result = await api.saveWeights(store.state.draft, store.state.saved.version);
      saving = false;
      switch (result.status) {
        case 'saved':
          store.setSaved(result.weights);
          status.show('success', 'Saved. Every DISTMODEL formula that uses the weights sheet recalculates.');
          break;
        case 'conflict':
          status.show('error', 'Not saved: the weights changed in the spreadsheet since you loaded them.');
          showConflict();
          break;
        case 'invalid':
          serverProblems = result.problems;
          status.show('error', 'Not saved: the weights table has problems (listed above).');
          break;
      }
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      saving = false;
      refresh();
    }
  }

  store.subscribe((change) => {
    // Also when a discard leaves a clean draft of a table the sheet no longer holds.
    if (change === 'weights-changed' || (change === 'draft-replaced' && store.sheetChanged && !store.dirty))
      void sheetChanged();
    if (change === 'saved') {
      savedWeights = weightsByFactor(store.state.saved.grid);
      // What is saved is now the table, whatever preset it started from.
      presetSelect.value = '';
      presetDescription.textContent = '';
    }
    if (change === 'saved' || change === 'draft-replaced') {
      serverProblems = null;
      build();
    }
    if (change === 'saved' || change === 'draft-replaced' || change === 'draft-edited') refresh();
  });
  build();
  refresh();
  // A broken stored table opens with the grid visible, so the marked cell can be seen at once.
  if (store.state.saved.problems.length > 0) advanced.open = true;

  return panel(
    ['Weights ', unsaved],
    h('div', { class: 'field' }, h('label', { for: presetId }, 'Preset'), presetSelect),
    savedIn,
    presetDescription,
    notStored,
    problemsBox,
    foreignBox,
    weightsList,
    advanced,
    h('div', { class: 'actions' }, applyButton, discardButton, resetButton),
    conflictBox,
    status.el,
  );
}
