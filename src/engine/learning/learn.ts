// Learning a weights table from the team's own portfolio: reads the known products, checks there are
// enough of them, fits, and keeps the fit only when it beats the start on products it did not see (grouped
// cross-validation) by more than chance, without getting any model's unseen products worse by more than
// one. The one entry point behind DISTMODEL_FIT and the sidebar's "Learn from my products".
import { CallError } from '../basics/call-error';
import { describeValue, isBlank } from '../basics/text';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from '../model/models';
import { resolveWeights } from '../model/weights-source';
import type { WeightsTable } from '../model/weights-table';
import type { Reading } from '../reading/reading';
import type { Scorer } from '../scoring/scorer';
import { type Agreement, crossValidate, type FoldPlan, predict } from './cross-validation';
import { DEFAULT_STRENGTH, type FittedTable, fitTable, MAX_STRENGTH } from './fit';
import { countPerModel, type KnownProducts, readKnownProducts } from './known-products';

import { agreementPerModel, balancedAccuracy, beatsByMoreThanNoise, overallAgreement } from './per-model';

/**
 * Known products each model named in `models` needs: two, so that leaving one out still leaves one to learn
 * from. Small portfolios are judged leave-one-profile-out, and their figures carry an interval.
 */
export const MIN_PRODUCTS_PER_MODEL = 2;

/** How many more of a model's unseen products a fit may get wrong than the start before it is refused. */
export const MAX_MODEL_LOSS = 1;

/** One criteria weight the fit changed. */
export interface WeightChange {
  readonly factor: string;
  readonly from: number;
  readonly to: number;
}

/** One affinity the fit changed. */
export interface AffinityChange {
  readonly factor: string;
  /** The level as the table writes it (a numeric factor's lower bound). */
  readonly level: string;
  /** Index in MODEL_IDS order. */
  readonly model: number;
  readonly from: number;
  readonly to: number;
}

/**
 * adopted: the fit beat the start on unseen products and changes the table; not-better: it did not beat
 * the start on unseen products; no-change: it did, but fitted on every product it rounds to the start (or
 * gets fewer of them right than the start), so there is nothing worth changing.
 */
export type Verdict = 'adopted' | 'not-better' | 'no-change';

export interface LearnResult {
  /** The table to use: the fit when it beat the start on unseen products, else the start unchanged. */
  readonly table: WeightsTable;
  /** Whether the fit was kept, and if not, why. */
  readonly verdict: Verdict;
  readonly strength: number;
  readonly known: KnownProducts;
  /** Known products per model, in model order. */
  readonly perModel: readonly number[];
  /** Agreement of the start with every known product (none of them was used to make it). */
  readonly before: Agreement;
  /** Cross-validated agreement of the fit: each product judged by a table fitted without its profile. */
  readonly after: Agreement;
  /** The same two, per model (MODEL_IDS order). */
  readonly beforeByModel: readonly Agreement[];
  readonly afterByModel: readonly Agreement[];
  /** Balanced accuracy (mean of the per-model rates, 0 to 1) of the start and of the fit on unseen products. */
  readonly balancedBefore: number;
  readonly balancedAfter: number;
  /** How the products were split: grouped by profile, leave-one-profile-out for small portfolios. */
  readonly plan: FoldPlan;
  /** Models whose unseen products the fit gets wrong more often than the start, by more than MAX_MODEL_LOSS. */
  readonly hurt: readonly number[];
  /** The affinities `table` changes from the start, in table order (empty when not adopted). */
  readonly changes: readonly AffinityChange[];
  /** The criteria weights `table` changes from the start (empty when not adopted). */
  readonly weightChanges: readonly WeightChange[];
  /** Per known product: the start's model, and the model of the table to use (the fit when adopted). */
  readonly startPredicted: Int32Array;
  readonly tablePredicted: Int32Array;
}

/** `strength`: blank means DEFAULT_STRENGTH; otherwise a number from 0 to MAX_STRENGTH. */
export function parseStrength(value: unknown): number {
  if (isBlank(value)) return DEFAULT_STRENGTH;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n) || n < 0 || n > MAX_STRENGTH) {
    throw new CallError(
      `strength: ${describeValue(value)} is not accepted; use a number from 0 (no change) to ${MAX_STRENGTH}, the most any one affinity may move (default ${DEFAULT_STRENGTH}).`,
    );
  }
  return n;
}

/**
 * Enough known products to learn from: at least two models, and MIN_PRODUCTS_PER_MODEL of each model named.
 * @throws CallError naming what is missing, when there is not.
 */
function checkEnough(perModel: readonly number[], skipped: number): void {
  const total = perModel.reduce((a, b) => a + b, 0);
  if (total === 0) {
    const why = skipped > 0 ? ` (${skipped} rows were left out: their model or cells could not be read)` : '';
    throw new CallError(
      `models: no row names a model${why}; write the model each product is sold through beside it, such as "Authorized dealers".`,
    );
  }
  const named = perModel.flatMap((n, m) => (n > 0 ? [m] : []));
  if (named.length === 1) {
    const name = MODEL_DISPLAY_NAMES[named[0] as number] as string;
    throw new CallError(
      `models: every known product is ${name}; learning needs products of at least two models to tell apart.`,
    );
  }
  const few = named.filter((m) => (perModel[m] as number) < MIN_PRODUCTS_PER_MODEL);
  if (few.length > 0) {
    const listed = few.map((m) => `${MODEL_DISPLAY_NAMES[m]} has ${perModel[m]}`).join(', ');
    throw new CallError(
      `models: too few known products to learn from (${listed}); each model named needs at least ${MIN_PRODUCTS_PER_MODEL}, so one can be left out to test the fit. Add products, or clear the model of those rows.`,
    );
  }
}

function changesOf(start: WeightsTable, fitted: WeightsTable): AffinityChange[] {
  const changes: AffinityChange[] = [];
  start.factors.forEach((factor, f) => {
    const after = fitted.factors[f];
    factor.affinity.forEach((row, l) => {
      for (let m = 0; m < MODEL_COUNT; m++) {
        const from = row[m] as number;
        const to = after?.affinity[l]?.[m] as number;
        if (from !== to) {
          const level = factor.kind === 'numeric' ? String(factor.bounds[l]) : (factor.levels[l] as string);
          changes.push({ factor: factor.name, level, model: m, from, to });
        }
      }
    });
  });
  return changes;
}

function weightChangesOf(start: WeightsTable, fitted: WeightsTable): WeightChange[] {
  return start.factors.flatMap((factor, f) => {
    const to = fitted.factors[f]?.weight ?? factor.weight;
    return to === factor.weight ? [] : [{ factor: factor.name, from: factor.weight, to }];
  });
}

/** Models whose unseen products `after` gets wrong more often than `before`, by more than MAX_MODEL_LOSS. */
function hurtModels(before: readonly Agreement[], after: readonly Agreement[]): number[] {
  return before.flatMap((b, m) => (b.agree - (after[m]?.agree ?? 0) > MAX_MODEL_LOSS ? [m] : []));
}

/**
 * Fits on every known product; kept only when grouped cross-validation shows it beats the start on unseen
 * products by more than chance, without making any model's unseen products worse by more than one.
 * @throws CallError when there are too few known products (see checkEnough).
 */
export function learnFrom(known: KnownProducts, strength: number): LearnResult {
  const perModel = countPerModel(known.models);
  checkEnough(perModel, known.skipped.length);
  const startPredicted = predict(known.scorer, known);
  const cv = crossValidate(known, (inTraining) => fitTable(known, inTraining, strength).scorer);
  const beforeByModel = agreementPerModel(known.models, startPredicted);
  const afterByModel = agreementPerModel(known.models, ...cv.predictions);
  const hurt = hurtModels(beforeByModel, afterByModel);
  const full: FittedTable = fitTable(known, () => true, strength);
  const changes = changesOf(known.scorer.table, full.table);
  const weightChanges = weightChangesOf(known.scorer.table, full.table);
  const fullPredicted = predict(full.scorer, known);
  const before = overallAgreement(known.models, startPredicted);
  const balancedBefore = balancedAccuracy(beforeByModel);
  const balancedAfter = balancedAccuracy(afterByModel);
  // Better by more than chance overall, and not by trading a minority model away (balanced accuracy); the
  // full fit must also not do worse than the start on the products it learned from. A model that loses more
  // than one unseen product is named in the note and the sidebar even when the fit is kept.
  const verdict: Verdict =
    !beatsByMoreThanNoise(known.models, startPredicted, cv.predictions, cv.plan.groupSize) ||
    balancedAfter < balancedBefore
      ? 'not-better'
      : changes.length + weightChanges.length === 0 ||
          overallAgreement(known.models, fullPredicted).agree < before.agree
        ? 'no-change'
        : 'adopted';
  const adopted = verdict === 'adopted';
  return {
    table: adopted ? full.table : known.scorer.table,
    verdict,
    strength,
    known,
    perModel,
    before,
    after: overallAgreement(known.models, ...cv.predictions),
    beforeByModel,
    afterByModel,
    balancedBefore,
    balancedAfter,
    plan: cv.plan,
    hurt,
    changes: adopted ? changes : [],
    weightChanges: adopted ? weightChanges : [],
    startPredicted,
    tablePredicted: adopted ? fullPredicted : startPredicted,
  };
}

/**
 * =DISTMODEL_FIT's work on plain values: the start table resolved as DISTMODEL resolves `weights`, the
 * products read as DISTMODEL reads them with `reading` (what the shell knows of the spreadsheet's locale).
 */
export function learnWeights(
  products: unknown,
  models: unknown,
  weights?: unknown,
  strength?: unknown,
  reading: Reading = {},
): LearnResult {
  const parsedStrength = parseStrength(strength);
  const start: Scorer = resolveWeights(weights);
  return learnFrom(readKnownProducts(start, products, models, undefined, reading), parsedStrength);
}
