// Does "Learn from my products" help on real products? The reference set's training four fifths are the
// portfolio: DISTMODEL_FIT's own grouped cross-validation gives the start's and the fit's agreement per model
// on products each fit did not see; then the table fitted on all of them is scored on the held-out fifth,
// which no tuning saw. Run: npm run learning:reference (figures in docs/learning.md).
import {
  distmodel,
  learnWeights,
  MODEL_DISPLAY_NAMES,
  presetTable,
  weightsTableToGrid,
} from '../src/engine/index';
import { domainGrid } from '../tests/engine/support';
import { isHeldOut, readReference, referenceBlock } from '../tests/support/reference';

const all = readReference();
const training = all.filter((p) => !isHeldOut(p));
const heldOut = all.filter(isHeldOut);
const modelsOf = (products: typeof all) => products.map((p) => [MODEL_DISPLAY_NAMES[p.expected] as string]);

function heldOutAgreement(weights: unknown): string {
  const out = distmodel(referenceBlock(heldOut), weights).slice(1);
  const right = out.filter((row, i) => row[0] === MODEL_DISPLAY_NAMES[heldOut[i]?.expected ?? -1]).length;
  return `${right} of ${heldOut.length}`;
}

for (const [name, start] of [
  ['Balanced', weightsTableToGrid(presetTable('Balanced'))],
  ['the documented domain table', domainGrid()],
] as const) {
  for (const strength of [1, 2]) {
    const result = learnWeights(referenceBlock(training), modelsOf(training), start, strength);
    const perModel = result.afterByModel
      .map(
        (a, m) => `${MODEL_DISPLAY_NAMES[m]} ${result.beforeByModel[m]?.agree} -> ${a.agree} of ${a.total}`,
      )
      .join('; ');
    console.log(
      `${name}, strength ${strength}: ${result.verdict}; unseen (grouped CV) ${result.before.agree} -> ${result.after.agree} of ${result.after.total}; balanced accuracy ${(result.balancedBefore * 100).toFixed(1)}% -> ${(result.balancedAfter * 100).toFixed(1)}%`,
    );
    console.log(`  per model: ${perModel}`);
    console.log(
      `  held-out fifth: start ${heldOutAgreement(start)}, table to use ${heldOutAgreement(weightsTableToGrid(result.table))}; weights changed: ${result.weightChanges.length}, affinities changed: ${result.changes.length}`,
    );
  }
}
