// The Weights panel's sentences about where the table lives and what Apply would do: pure, so tests can read
// them without a browser.
import type { WeightsGrid, WeightsState } from '../../src/shared/sidebar-contract';
import { levelsMissingFrom } from './weights-draft';

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
