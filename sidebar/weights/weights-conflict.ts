// The conflict dialogue of the Weights panel: the sheet changed under the draft (a colleague's save, a hand
// edit, an Undo). Reload theirs drops the draft; Keep mine keeps it on top of the sheet's version, which
// makes the next Apply a deliberate overwrite of the whole table (no cell-by-cell merge), so both the
// question and the status say so. Both read the sheet again: the table at the time of the conflict may be
// outdated a moment later.
import type { WeightsState } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h } from '../dom';
import { messageOf, type Status } from '../status';
import type { Store } from '../store';
import { t } from '../words';
import { keepMineText } from './weights-notes';

export interface ConflictHooks {
  /** The draft was dropped for the sheet's table (the preset picker no longer applies). */
  readonly reloaded: () => void;
  /** The draft was kept over the sheet's version: the next step is Apply. */
  readonly kept: () => void;
  /** Whether a save is under way (its own answer then tells of a conflict). */
  readonly saving: () => boolean;
}

export interface ConflictDialogue {
  readonly el: HTMLElement;
  hide(): void;
  /** Apply was refused because the sheet changed since the draft's version. */
  showSaveConflict(): void;
  /** The poll saw the sheet change: a clean draft follows it; unsaved edits are asked about. */
  sheetChanged(): Promise<void>;
  /** Resolves once a Keep mine still reading the sheet is done (at once when none is). */
  settled(): Promise<void>;
}

export function conflictDialogue(
  store: Store,
  api: ClientApi,
  status: Status,
  hooks: ConflictHooks,
): ConflictDialogue {
  const el = h('div', { class: 'conflict', hidden: true, role: 'group' });

  /** The table as the sheet holds it now: a conflict's copy may be outdated by an Undo since. */
  async function readSheet(): Promise<WeightsState | null> {
    el.hidden = true;
    status.show('info', t('weights.readingSheet'));
    try {
      return await api.getWeights();
    } catch (error) {
      status.show('error', messageOf(error));
      el.hidden = false;
      return null;
    }
  }

  async function reloadTheirs(): Promise<void> {
    const now = await readSheet();
    if (!now) return;
    hooks.reloaded();
    store.setSaved(now);
    status.show('info', t('weights.reloaded'));
  }

  // Apply waits for a Keep mine still reading the sheet: pressed straight away, it would otherwise save
  // against the old version and meet the same conflict again (issue #17).
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
    hooks.kept();
  }

  /** Asks to reload the sheet's table (the draft is dropped) or keep the draft to apply over it. */
  function ask(question: string): void {
    const reload = button(t('weights.reloadTheirs'), () => void reloadTheirs(), { class: 'action' });
    const keep = button(t('weights.keepMineButton'), () => void keepMine());
    fill(el, h('p', { class: 'error' }, question), h('div', { class: 'actions' }, reload, keep));
    el.hidden = false;
    reload.focus();
  }

  async function sheetChanged(): Promise<void> {
    if (hooks.saving()) return;
    if (store.dirty) {
      ask(t('weights.changedWhileEditing'));
      return;
    }
    try {
      const now = await api.getWeights();
      if (store.dirty) return; // an edit began meanwhile: it is asked about when discarded or applied
      el.hidden = true;
      store.setSaved(now);
      status.show('info', t('weights.followed'));
    } catch (error) {
      status.show('error', messageOf(error));
    }
  }

  return {
    el,
    settled: async () => {
      if (keeping) await keeping;
    },
    hide() {
      el.hidden = true;
    },
    showSaveConflict: () => ask(t('weights.conflict')),
    sheetChanged,
  };
}
