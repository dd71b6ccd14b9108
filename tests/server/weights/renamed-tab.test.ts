// Issue #17 §4: after renaming the weights tab, the sidebar still said "Saved in 'DistModel weights'" until
// a reload. The poll that checks the weights also reports the sheet's name as it is now.
import { expect, it } from 'vitest';
import type { Selection, WeightsState } from '../../../src/shared/sidebar-contract';
import { balanced, harness, productsSheet } from '../support';

it('the selection poll names the weights sheet as it is called now', () => {
  const h = harness({ Products: productsSheet(3) });
  h.call('saveWeights', balanced(), h.call<WeightsState>('getWeights').version);
  h.env.setActiveRange('Products!A2');
  const before = h.call<Selection>('getSelection', { shown: null, checkWeights: true });
  expect(before.weightsSheetName).toBe('DistModel weights');
  h.workbook.renameSheet('DistModel weights', 'Weights (tuned)');
  const after = h.call<Selection>('getSelection', { shown: null, checkWeights: true });
  expect(after.weightsSheetName).toBe('Weights (tuned)');
  expect(after.weightsVersion).toBe(before.weightsVersion);
});
