// Applying a fit: the fitted table goes through the same locked, version-checked save as any weights edit,
// against the version the fit started from, so a fit of outdated weights is never written over new ones.
import type { SaveResult } from '../../src/shared/sidebar-contract';
import type { Status } from '../status';
import type { Store } from '../store';
import { t } from '../words';

/**
 * Tells the save's answer in `status`; a saved table, or the newer one that refused it, becomes the store's
 * saved state. The caller drops the fit first unless the answer is 'invalid' (the fit stays to look at).
 */
export function tellFitSaved(result: SaveResult, store: Store, status: Status): void {
  switch (result.status) {
    case 'saved':
      store.setSaved(result.weights);
      status.show('success', t('fit.savedFit'));
      return;
    case 'conflict':
      store.setSaved(result.weights);
      status.show('error', t('fit.conflict'));
      return;
    case 'invalid':
      status.show('error', t('fit.notSaved', { problems: result.problems.map((p) => p.message).join(' ') }));
      return;
  }
}
