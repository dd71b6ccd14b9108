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
}

const CHANGED =
  'The weights in the spreadsheet changed since the sidebar loaded them (saved by someone, or edited on the sheet).';
const SAVE_CONFLICT = `${CHANGED} Nothing of yours was written. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table (the other changes are dropped).`;
const POLL_CONFLICT =
  'The weights sheet changed since you opened it (saved by someone, or edited on the sheet); the preview uses your unsaved weights. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table.';

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
    status.show('info', 'Reading the weights sheet...');
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
    status.show('info', 'Reloaded the weights as the spreadsheet holds them now.');
  }

  async function keepMine(): Promise<void> {
    const now = await readSheet();
    if (!now) return;
    store.setSaved(now, true);
    status.show('info', keepMineText(store.state.draft, now.grid));
    hooks.kept();
  }

  /** Asks to reload the sheet's table (the draft is dropped) or keep the draft to apply over it. */
  function ask(question: string): void {
    const reload = button('Reload theirs', () => void reloadTheirs(), { class: 'action' });
    const keep = button('Keep mine', () => void keepMine());
    fill(el, h('p', { class: 'error' }, question), h('div', { class: 'actions' }, reload, keep));
    el.hidden = false;
    reload.focus();
  }

  async function sheetChanged(): Promise<void> {
    if (hooks.saving()) return;
    if (store.dirty) {
      ask(POLL_CONFLICT);
      return;
    }
    try {
      const now = await api.getWeights();
      if (store.dirty) return; // an edit began meanwhile: it is asked about when discarded or applied
      el.hidden = true;
      store.setSaved(now);
      status.show('info', 'The weights sheet changed; the sidebar shows it as it is now.');
    } catch (error) {
      status.show('error', messageOf(error));
    }
  }

  return {
    el,
    hide() {
      el.hidden = true;
    },
    showSaveConflict: () => ask(SAVE_CONFLICT),
    sheetChanged,
  };
}
