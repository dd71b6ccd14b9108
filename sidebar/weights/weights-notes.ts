// The Weights panel's sentences about where the table lives and what Apply would do: pure, so tests can read
// them without a browser.
import type { WeightsGrid, WeightsState } from '../../src/shared/sidebar-contract';
import { WEIGHTS_RANGE_NAME, WEIGHTS_SHEET_NAME } from '../../src/shared/weights-names';
import { num, t } from '../words';
import { levelsMissingFrom } from './weights-draft';

/** Where formulas read the weights, shown under the title (the user may have renamed the sheet). */
export function savedInText(saved: WeightsState): string {
  return saved.stored && saved.sheetName !== null ? t('weights.savedIn', { sheet: saved.sheetName }) : '';
}

/** What Keep mine means for the table in the sheet, naming the rows Apply would delete. */
export function keepMineText(draft: WeightsGrid, sheet: WeightsGrid): string {
  const lost = levelsMissingFrom(draft, sheet);
  const base = t('weights.keepMine');
  if (lost.length === 0) return base;
  const rows = lost.join('; ');
  const lacks =
    lost.length === 1
      ? t('weights.lacksOne', { rows })
      : t('weights.lacksMany', { count: num(lost.length), rows });
  return `${base} ${lacks}`;
}

/** Why the weights shown are not what formulas read, and what Apply does about it. */
export function notStoredText(saved: WeightsState): string {
  if (saved.lost) return t('weights.lost', { sheet: WEIGHTS_SHEET_NAME, range: WEIGHTS_RANGE_NAME });
  if (saved.sheetName !== null)
    return t('weights.noRange', { sheet: saved.sheetName, range: WEIGHTS_RANGE_NAME });
  return t('weights.notStored', { sheet: WEIGHTS_SHEET_NAME });
}
