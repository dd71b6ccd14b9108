// Formulas and sidebar must never silently disagree about the weights in force. A DISTMODEL formula that
// names no weights uses Balanced (a custom function recalculates only when its arguments change, so it
// cannot follow the shared table without naming it); one naming a preset or another range uses those. When
// the spreadsheet has a shared configuration, every DISTMODEL formula reading anything else is listed in
// the sidebar beside the weights, which offers to point them at the shared range.
import { sheetA1 } from '../../shared/a1';
import type { WeightsFormula } from '../../shared/sidebar-contract';
import { describeSource, weightsSources, withSharedWeights } from './formula-weights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** At most this many formulas are named back; the count says how many there are. */
const MAX_LISTED = 20;

interface Found {
  readonly range: Range;
  readonly formula: string;
  readonly uses: string;
}

/** DISTMODEL formulas of every sheet reading weights other than the shared range (one TextFinder search). */
function foreignFormulas(ss: Spreadsheet): Found[] {
  const found: Found[] = [];
  for (const range of ss.createTextFinder('DISTMODEL').matchFormulaText(true).findAll()) {
    const formula = range.getFormula();
    const other = weightsSources(formula).find((s) => s.kind !== 'shared');
    if (other) found.push({ range, formula, uses: describeSource(other) });
  }
  return found;
}

export interface WeightsAudit {
  readonly formulas: readonly WeightsFormula[];
  readonly count: number;
}

export function auditWeightsFormulas(ss: Spreadsheet): WeightsAudit {
  const found = foreignFormulas(ss);
  const formulas = found.slice(0, MAX_LISTED).map(({ range, uses }) => ({
    cell: sheetA1(range.getSheet().getName(), range.getRow(), range.getColumn()),
    uses,
  }));
  return { formulas, count: found.length };
}

/** Rewrites every such formula to read the shared range; returns how many were rewritten. */
export function pointFormulasAtSharedWeights(ss: Spreadsheet): number {
  const found = foreignFormulas(ss);
  for (const { range, formula } of found) range.setFormula(withSharedWeights(formula));
  return found.length;
}
