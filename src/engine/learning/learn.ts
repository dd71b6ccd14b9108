// Learning a weights table from the team's own portfolio: reads the known products, checks there are
// enough of them, fits, and keeps the fit only when it beats the start on products it did not see
// (cross-validation). The one entry point behind DISTMODEL_FIT and the sidebar's "Learn from my products".
import { CallError } from '../basics/call-error';
import { describeValue, isBlank } from '../basics/text';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from '../model/models';
import { resolveWeights } from '../model/weights-source';
import type { WeightsTable } from '../model/weights-table';
import type { Reading } from '../reading/reading';
import type { Scorer } from '../scoring/scorer';
import { type Agreement, agreement, CV_FOLDS, crossValidate } from './cross-validation';
import { DEFAULT_STRENGTH, type FittedTable, fitTable, MAX_STRENGTH } from './fit';
import { countPerModel, type KnownProducts, readKnownProducts } from './known-products';

/**
 * Known products each model named in `models` needs: one per cross-validation fold, so every fold can test
 * every model.
 */
export const MIN_PRODUCTS_PER_MODEL = CV_FOLDS;

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
  /** Cross-validated agreement of the fit: each product judged by a table fitted without it. */
  readonly after: Agreement;
  /** The affinities `table` changes from the start, in table order (empty when not adopted). */
  readonly changes: readonly AffinityChange[];
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

/** Enough known products of each model named, and at least two models to tell apart. */
function checkEnough(perModel: readonly number[]): void {
  const total = perModel.reduce((a, b) => a + b, 0);
  if (total === 0) {
    throw new CallError(
      'models: no row names a model; write the model each product is sold through beside it, such as "Authorized dealers".',
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
      `models: too few known products to learn from (${listed}); each model named needs at least ${MIN_PRODUCTS_PER_MODEL}, so that each of the ${CV_FOLDS} cross-validation folds can test it. Add products, or clear the model of those rows.`,
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

/** Fits on every known product; kept only when cross-validation shows it generalizes better than the start. */
export function learnFrom(known: KnownProducts, strength: number): LearnResult {
  const perModel = countPerModel(known.models);
  checkEnough(perModel);
  const start = known.scorer;
  const before = agreement(start, known);
  const after = crossValidate(known, (inTraining) => fitTable(known, inTraining, strength).scorer);
  const full: FittedTable = fitTable(known, () => true, strength);
  const changes = changesOf(start.table, full.table);
  // The full fit must also not do worse than the start on the products it learned from.
  const verdict: Verdict =
    after.agree <= before.agree
      ? 'not-better'
      : changes.length === 0 || agreement(full.scorer, known).agree < before.agree
        ? 'no-change'
        : 'adopted';
  const adopted = verdict === 'adopted';
  return {
    table: adopted ? full.table : start.table,
    verdict,
    strength,
    known,
    perModel,
    before,
    after,
    changes: adopted ? changes : [],
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
