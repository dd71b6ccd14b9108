// `npm run reference`: how every preset does on the reference set (docs/how-good.md), on the training four
// fifths (and per grouped fold) and on the held-out fifth, with all columns and with the 5 factual columns
// only. `npm run reference -- --calibrate` recomputes the confidence constants of
// src/engine/scoring/confidence.ts from the training four fifths, with their out-of-fold check.
import {
  compileWeights,
  EVIDENCE_BAND_FLOORS,
  evidenceBand,
  type GapThresholds,
  MODEL_DISPLAY_NAMES,
  PRESET_NAMES,
  type PresetName,
  presetTable,
  type WeightsTable,
} from '../src/engine/index';
import { fitTable } from '../src/engine/learning/fit';
import { readKnownProducts } from '../src/engine/learning/known-products';
import { confusionTable, figuresOf, formatFigures, judgeAll, type Outcome } from '../tests/support/agreement';
import {
  FACTOR_NAMES,
  FACTUAL_COLUMNS,
  foldOf,
  isHeldOut,
  type ReferenceProduct,
  readReference,
  referenceBlock,
} from '../tests/support/reference';

const ALPHA = 0.05;
/** At most this share of Firm answers may be wrong on the calibration rows (Firm: right at least 95%). */
const FIRM_WRONG = 0.05;
const FOLDS = 5;

const products = readReference();
const train = products.filter((p) => !isHeldOut(p));
const held = products.filter(isHeldOut);

/**
 * Deterministic subsets of the columns a calibration row keeps: all of them, the 5 factual ones, and a few
 * fixed masks between (each factor kept or not by its position), so every evidence band has rows.
 */
export const COLUMN_SETS: readonly (readonly string[])[] = [
  FACTOR_NAMES,
  FACTUAL_COLUMNS,
  FACTOR_NAMES.filter((_, i) => i % 2 === 0),
  FACTOR_NAMES.filter((_, i) => i % 3 !== 1),
  FACTOR_NAMES.filter((_, i) => i < 8),
  [...FACTUAL_COLUMNS, 'Delivery', 'Customer value'],
];

function outcomesOver(
  table: WeightsTable,
  rows: readonly ReferenceProduct[],
  thresholds?: GapThresholds,
): Outcome[] {
  return COLUMN_SETS.flatMap((columns) => judgeAll(table, rows, columns, thresholds));
}

/** The documented model's gap (0 when it won) of each scored outcome, per evidence band. */
function trueGaps(outcomes: readonly Outcome[]): number[][] {
  const bands = EVIDENCE_BAND_FLOORS.map(() => [] as number[]);
  for (const o of outcomes) {
    if (o.best < 0) continue;
    bands[evidenceBand(o.share)]?.push(o.gaps[o.product.expected] as number);
  }
  return bands;
}

/** The split-conformal threshold: the ceil((n + 1)(1 - alpha))-th smallest gap (Infinity if n is small). */
function conformal(gaps: readonly number[]): number {
  const sorted = [...gaps].sort((a, b) => a - b);
  const k = Math.ceil((sorted.length + 1) * (1 - ALPHA));
  return k > sorted.length ? Number.POSITIVE_INFINITY : (sorted[k - 1] as number);
}

/** Each scored answer of an evidence band: its lead over the runner-up and whether it was right. */
function leadsIn(outcomes: readonly Outcome[], ...bands: number[]): { lead: number; ok: boolean }[] {
  return outcomes
    .filter((o) => o.best >= 0 && bands.includes(evidenceBand(o.share)))
    .map((o) => ({
      lead: Math.min(...o.gaps.filter((_, m) => m !== o.best)),
      ok: o.best === o.product.expected,
    }));
}

/** The smallest whole-point lead from which at most FIRM_WRONG of the answers are wrong, per band. */
function firmGap(outcomes: readonly Outcome[], ...bands: number[]): number {
  const rows = leadsIn(outcomes, ...bands);
  for (let t = 0; t <= 200; t++) {
    const firm = rows.filter((r) => r.lead >= t);
    const wrong = firm.filter((r) => !r.ok).length;
    // Laplace-smoothed, so a band with few rows does not earn Firm on luck.
    if (firm.length > 0 && (wrong + 1) / (firm.length + 2) <= FIRM_WRONG) return t;
  }
  return 1000;
}

/**
 * The whole-point lead under which an answer is a Close call, per band: the one with the largest Youden's J
 * (share of wrong answers under it - share of right answers under it), so the flag separates wrong answers
 * from right ones as well as a single threshold can. Never above the Firm gap.
 */
function closeGap(outcomes: readonly Outcome[], band: number, firm: number): number {
  const rows = leadsIn(outcomes, band);
  const wrong = rows.filter((r) => !r.ok).length;
  const right = rows.length - wrong;
  if (wrong === 0 || right === 0) return Math.min(firm, 1000);
  let best = 0;
  let bestJ = 0;
  for (let t = 1; t <= Math.min(firm, 200); t++) {
    const under = rows.filter((r) => r.lead < t);
    const j = under.filter((r) => !r.ok).length / wrong - under.filter((r) => r.ok).length / right;
    if (j > bestJ + 1e-12) [best, bestJ] = [t, j];
  }
  return best;
}

function calibrate(table: WeightsTable, rows: readonly ReferenceProduct[]): GapThresholds {
  const outcomes = outcomesOver(table, rows);
  const set = trueGaps(outcomes).map((g) => Math.ceil(conformal(g) * 10) / 10);
  const finite = set.map((s) => (Number.isFinite(s) ? s : 1000));
  // One Firm gap for every band with enough evidence, set on them pooled: per band, the few rows at the
  // top of the fullest band cannot show 95% (Laplace-smoothed) and a row knowing more would be less Firm
  // than one knowing less. The gap is already per unit of evidence, so one scale serves both.
  const thin = EVIDENCE_BAND_FLOORS.length - 1;
  const enough = EVIDENCE_BAND_FLOORS.map((_, b) => b).filter((b) => b !== thin);
  const pooled = firmGap(outcomes, ...enough);
  const firm = EVIDENCE_BAND_FLOORS.map((_, b) =>
    Math.max(b === thin ? firmGap(outcomes, b) : pooled, Math.ceil(finite[b] ?? 0)),
  );
  const close = firm.map((f, b) => closeGap(outcomes, b, f));
  return { set: finite, close, firm };
}

function report(name: PresetName): void {
  const table = presetTable(name);
  console.log(`\n== ${name} ==`);
  for (const [label, columns] of [
    ['all columns', FACTOR_NAMES],
    ['5 factual columns', FACTUAL_COLUMNS],
  ] as const) {
    const trainFigures = figuresOf(judgeAll(table, train, columns));
    const heldFigures = figuresOf(judgeAll(table, held, columns));
    console.log(formatFigures(`training ${train.length}, ${label}`, trainFigures));
    const plain = train.filter((p) => !p.hard);
    console.log(
      formatFigures(`  of which not Hard ${plain.length}`, figuresOf(judgeAll(table, plain, columns))),
    );
    const folds = Array.from({ length: FOLDS }, (_, k) =>
      figuresOf(
        judgeAll(
          table,
          train.filter((p) => foldOf(p) === k),
          columns,
        ),
      ),
    );
    console.log(`  per fold agreement: ${folds.map((f) => `${f.right}/${f.n}`).join(', ')}`);
    if (showHeld) {
      console.log(formatFigures(`held-out ${held.length}, ${label}`, heldFigures));
      const plainHeld = held.filter((p) => !p.hard);
      console.log(
        formatFigures(
          `  of which not Hard ${plainHeld.length}`,
          figuresOf(judgeAll(table, plainHeld, columns)),
        ),
      );
    }
    if (label === 'all columns' && name === 'Balanced') {
      console.log(`\nConfusion, training:\n${confusionTable(trainFigures)}`);
      if (showHeld) console.log(`\nConfusion, held-out:\n${confusionTable(heldFigures)}`);
      const misses = judgeAll(table, showHeld ? products : train, columns).filter(
        (o) => o.best !== o.product.expected,
      );
      console.log(`\nMisses (${misses.length}):`);
      for (const o of misses) {
        console.log(
          `  ${isHeldOut(o.product) ? '[held] ' : ''}${o.product.product}: ${o.best} not ${o.product.expected} (${o.judgement.confidence}${o.product.hard ? ', Hard' : ''})`,
        );
      }
    }
  }
}

/** Out-of-fold check of the calibration: each fold judged with constants set on the other folds. */
function crossCheck(table: WeightsTable): void {
  const outOfFold: Outcome[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const c = calibrate(
      table,
      train.filter((p) => foldOf(p) !== k),
    );
    const fold = train.filter((p) => foldOf(p) === k);
    console.log(`fold ${k}: set ${c.set.join('/')}, close ${c.close.join('/')}, firm ${c.firm.join('/')}`);
    outOfFold.push(...outcomesOver(table, fold, c));
  }
  console.log(formatFigures('out of fold, every column set', figuresOf(outOfFold)));
}

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
/**
 * The regularised fit (src/engine/learning/fit.ts) of a table on the training four fifths, checked by
 * grouped cross-validation against the table itself on the same folds, and the cells it would move.
 */
function fitReport(table: WeightsTable, strength: number): void {
  const block = referenceBlock(train);
  const scorer = compileWeights(table);
  const known = readKnownProducts(scorer, block, [
    ['Expected model'],
    ...train.map((p) => [MODEL_DISPLAY_NAMES[p.expected]]),
  ]);
  const folds = train.map((p) => foldOf(p));
  let start = 0;
  let fitted = 0;
  for (let k = 0; k < FOLDS; k++) {
    const fold = train.filter((_, i) => folds[i] === k);
    const fit = fitTable(known, (i) => folds[i] !== k, strength);
    start += figuresOf(judgeAll(table, fold)).right;
    fitted += figuresOf(judgeAll(fit.table, fold)).right;
  }
  console.log(
    `grouped CV, strength ${strength}: start ${start}/${train.length}, fitted ${fitted}/${train.length}`,
  );
  const all = fitTable(known, () => true, strength).table;
  all.factors.forEach((factor, f) => {
    factor.affinity.forEach((row, l) => {
      const was = table.factors[f]?.affinity[l] ?? [];
      if (row.some((a, m) => a !== was[m]))
        console.log(`  ${factor.name}=${factor.levels[l]}: [${was.join(', ')}] -> [${row.join(', ')}]`);
    });
  });
  console.log(formatFigures('fitted on all training', figuresOf(judgeAll(all, train))));
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** The held-out fifth is printed only on request: tuning looks at the training four fifths alone. */
const showHeld = flags.includes('--held-out');
console.log(`Reference set: ${products.length} products, ${train.length} training, ${held.length} held out`);
if (flags.includes('--fit')) {
  fitReport(presetTable('Balanced'), Number(args[0] ?? 1));
} else if (flags.includes('--calibrate')) {
  const table = presetTable('Balanced');
  const c = calibrate(table, train);
  console.log(
    `SET_GAP = [${c.set.join(', ')}]; CLOSE_GAP = [${c.close.join(', ')}]; FIRM_GAP = [${c.firm.join(', ')}]`,
  );
  crossCheck(table);
} else {
  for (const name of args.length > 0 ? (args as PresetName[]) : PRESET_NAMES) report(name);
}
