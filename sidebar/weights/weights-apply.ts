// The Apply flow of the Weights panel: the draft is saved with the version it was edited against, so a
// change made in the sheet since is reported instead of silently overwritten.
import type { WeightsProblem } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { messageOf, type Status } from '../status';
import type { Store } from '../store';
import { t } from '../words';

export type ApplyOutcome =
  | { readonly kind: 'saved' }
  /** The sheet changed since the draft's version: nothing was written. */
  | { readonly kind: 'conflict' }
  /** The server found problems in the table (located in the sheet's cells): nothing was written. */
  | { readonly kind: 'invalid'; readonly problems: readonly WeightsProblem[] }
  /** The call failed; the status says why. */
  | { readonly kind: 'failed' };

/** Saves the draft, telling the outcome in `status`; a saved table becomes the store's saved state. */
export async function applyDraft(store: Store, api: ClientApi, status: Status): Promise<ApplyOutcome> {
  status.show('info', t('weights.saving'));
  try {
    const result = await api.saveWeights(store.state.draft, store.state.saved.version);
    switch (result.status) {
      case 'saved':
        store.setSaved(result.weights);
        status.show('success', t('weights.saved'));
        return { kind: 'saved' };
      case 'conflict':
        status.show('error', t('weights.notSavedConflict'));
        return { kind: 'conflict' };
      case 'invalid':
        status.show('error', t('weights.notSavedInvalid'));
        return { kind: 'invalid', problems: result.problems };
    }
  } catch (error) {
    status.show('error', messageOf(error));
    return { kind: 'failed' };
  }
}
