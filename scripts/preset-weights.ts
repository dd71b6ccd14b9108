// `npm run reference:presets`: re-derives each preset's criteria weights on the reference set and says
// whether the result earns its place (docs/how-good.md, "What each preset is for").
//
// A preset is a claim that, for products of its kind, some criteria matter more than others. The claim is
// checked on the reference products of that kind (their Segment), training four fifths only:
// - the search: coordinate descent over the weights (each factor in WEIGHT_STEPS, from the preset's
//   domain-reasoned start), keeping a change only when it gets more of the segment's products right;
// - nested, grouped cross-validation of that search (folds by product profile, reference.ts), against
//   Balanced on the same folds;
// - adoption rule (docs/judgement.md "Learning ... without fooling oneself"): the searched weights replace
//   the start only when their cross-validated agreement beats the start's by at least one product per fold.
// The held-out fifth of the segment is printed for the record, never searched on.
import { PRESET_NAMES, type PresetName, presetTable, type WeightsTable } from '../src/engine/index';
import { figuresOf, judgeAll } from '../tests/support/agreement';
import {
  foldOf,
  isHeldOut,
  PRESET_SEGMENTS,
  type ReferenceProduct,
  readReference,
} from '../tests/support/reference';

const WEIGHT_STEPS = [0, 0.5, 1, 1.5, 2, 2.5, 3] as const;
const FOLDS = 5;

function withWeights(table: WeightsTable, weights: readonly number[]): WeightsTable {
  return { factors: table.factors.map((f, i) => ({ ...f, weight: weights[i] as number })) };
}

const agreement = (table: WeightsTable, rows: readonly ReferenceProduct[]) =>
  rows.length === 0 ? 0 : figuresOf(judgeAll(table, rows)).right;

/** Coordinate descent: every factor's weight tried at every step, a change kept only when it gains. */
function search(start: WeightsTable, rows: readonly ReferenceProduct[]): WeightsTable {
  let weights = start.factors.map((f) => f.weight);
  let best = agreement(start, rows);
  for (let pass = 0, improved = true; pass < 4 && improved; pass++) {
    improved = false;
    for (let i = 0; i < weights.length; i++) {
      for (const w of WEIGHT_STEPS) {
        if (w === weights[i]) continue;
        const trial = weights.map((x, j) => (j === i ? w : x));
        if (trial.every((x) => x === 0)) continue;
        const got = agreement(withWeights(start, trial), rows);
        if (got > best) [weights, best, improved] = [trial, got, true];
      }
    }
  }
  return withWeights(start, weights);
}

function report(name: Exclude<PresetName, 'Balanced'>, products: readonly ReferenceProduct[]): void {
  const segment = products.filter((p) => PRESET_SEGMENTS[name].includes(p.segment));
  const train = segment.filter((p) => !isHeldOut(p));
  const held = segment.filter(isHeldOut);
  // --from-balanced searches from Balanced's weights instead of the preset's.
  const start = presetTable(process.argv.includes('--from-balanced') ? 'Balanced' : name);
  const balanced = presetTable('Balanced');
  let cvSearched = 0;
  let cvStart = 0;
  let cvBalanced = 0;
  for (let k = 0; k < FOLDS; k++) {
    const inner = train.filter((p) => foldOf(p) !== k);
    const fold = train.filter((p) => foldOf(p) === k);
    cvSearched += agreement(search(start, inner), fold);
    cvStart += agreement(start, fold);
    cvBalanced += agreement(balanced, fold);
  }
  const searched = search(start, train);
  const adopt = cvSearched - cvStart >= FOLDS;
  console.log(
    `\n== ${name}: ${train.length} training products of segments ${PRESET_SEGMENTS[name].join(', ')}`,
  );
  console.log(
    `  grouped CV: Balanced ${cvBalanced}, preset ${cvStart}, searched ${cvSearched} -> ${adopt ? 'adopt' : 'keep the preset'}`,
  );
  console.log(
    `  held-out ${held.length} (record only): Balanced ${agreement(balanced, held)}, preset ${agreement(start, held)}, searched ${agreement(searched, held)}`,
  );
  const changed = searched.factors
    .map((f, i) => [f.name, start.factors[i]?.weight, f.weight] as const)
    .filter(([, was, now]) => was !== now);
  console.log(
    `  searched weights: ${changed.map(([n, was, now]) => `${n} ${was} -> ${now}`).join(', ') || 'none'}`,
  );
}

const products = readReference();
for (const name of PRESET_NAMES) if (name !== 'Balanced') report(name, products);
