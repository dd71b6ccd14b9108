// Fits a weights table's affinities to products whose model is known: regularised multiclass hinge loss,
// minimised by projected subgradient descent. Each known product wants its known model ahead of every other
// by at least the close-call margin; a pull toward the starting table keeps cells that no evidence asks to
// move where they were; `strength` caps how far any one affinity may move. Deterministic: a fixed number of
// full passes over the products in row order, plain arithmetic only (no randomness, no Math.sqrt or exp),
// so the same inputs give the same table on every run and machine.
//
// Then the criteria weights: with the fitted affinities fixed, each factor's weight may be scaled by a step
// from WEIGHT_STEPS (within what `strength` allows), one factor at a time in table order, twice over, when
// the scaling lowers the training loss by more than its pull toward the start. A weight of 0 stays 0 (the
// team left that factor out on purpose). Levels, factor order and kinds stay as they were.

import { MODEL_COUNT } from '../model/models';
import type { FactorTable, WeightsTable } from '../model/weights-table';
import { CLOSE_CALL_MARGIN } from '../scoring/score';
import { compileWeights, POINTS_PER_AFFINITY, type Scorer } from '../scoring/scorer';
import type { KnownProducts } from './known-products';

/** Default `strength`: an affinity may move by at most 1 (say from 1 to 2, or from 1 to 0). */
export const DEFAULT_STRENGTH = 1;
/** Largest `strength`: 4 spans the whole -2 to +2 scale. */
export const MAX_STRENGTH = 4;
/** Fitted affinities move in steps a person can read: a change is a multiple of this. */
export const AFFINITY_STEP = 0.5;
/** The scale affinities stay within (a start table with wider values keeps its own range). */
const AFFINITY_RANGE = 2;

/** Full passes over the training products. */
const EPOCHS = 60;
/**
 * Pull toward the start, in products: a cell whose level k known products keep pushing (the table gets them
 * wrong, or right by under the close-call margin) settles near k / PULL before rounding, so it takes about
 * PULL / 4 such products to move a cell by a rounded 0.5, and a cell no product pushes stays where it was.
 */
const PULL = 6;
/** First step, in affinity units, and how fast steps shrink: step(t) = FIRST_STEP / (1 + t / STEP_DECAY). */
const FIRST_STEP = 0.5;
const STEP_DECAY = 20;

/** Where each compiled factor's cells sit in the flat parameter vector: [offset + level * MODEL_COUNT + model]. */
interface Layout {
  readonly offsets: Int32Array;
  /** Each factor's weight in units of the table's mean weight: 1 for every factor of Balanced. */
  readonly unit: Float64Array;
  /** Start score contribution per cell, in the same units (unit x start affinity). */
  readonly base: Float64Array;
  readonly size: number;
}

function layoutOf(scorer: Scorer): Layout {
  const count = scorer.factors.length;
  const offsets = new Int32Array(count);
  const unit = new Float64Array(count);
  let size = 0;
  scorer.factors.forEach((factor, f) => {
    offsets[f] = size;
    unit[f] = (factor.weight * count) / scorer.totalWeight;
    size += factor.levels.length * MODEL_COUNT;
  });
  // factor.points = POINTS_PER_AFFINITY x weight x affinity / totalWeight, so unit x affinity is this:
  const toUnits = count / POINTS_PER_AFFINITY;
  const base = new Float64Array(size);
  scorer.factors.forEach((factor, f) => {
    for (let j = 0; j < factor.points.length; j++)
      base[(offsets[f] as number) + j] = (factor.points[j] as number) * toUnits;
  });
  return { offsets, unit, base, size };
}

/** The start's affinity of every cell, in layout order. */
function startAffinities(scorer: Scorer, layout: Layout): Float64Array {
  const out = new Float64Array(layout.size);
  scorer.factors.forEach((factor, f) => {
    const table = scorer.table.factors.find((t) => t.name === factor.name) as FactorTable;
    table.affinity.forEach((row, l) => {
      for (let m = 0; m < MODEL_COUNT; m++)
        out[(layout.offsets[f] as number) + l * MODEL_COUNT + m] = row[m] as number;
    });
  });
  return out;
}

/** Per cell, the change allowed: within `strength` of the start and within the affinity scale. */
function bounds(start: Float64Array, strength: number): { lo: Float64Array; hi: Float64Array } {
  let min = -AFFINITY_RANGE;
  let max = AFFINITY_RANGE;
  for (const a of start) {
    if (a < min) min = a;
    if (a > max) max = a;
  }
  const lo = start.map((a) => Math.max(-strength, min - a));
  const hi = start.map((a) => Math.min(strength, max - a));
  return { lo, hi };
}

/** How many training products have each level of each factor, per cell (the same for a level's four models). */
function levelCounts(known: KnownProducts, layout: Layout, train: Int32Array): Float64Array {
  const counts = new Float64Array(layout.size);
  const factors = layout.offsets.length;
  for (const i of train) {
    for (let f = 0; f < factors; f++) {
      const level = known.levels[i * factors + f] as number;
      if (level < 0) continue;
      const cell = (layout.offsets[f] as number) + level * MODEL_COUNT;
      for (let m = 0; m < MODEL_COUNT; m++) counts[cell + m] = (counts[cell + m] as number) + 1;
    }
  }
  return counts;
}

/**
 * Adds to `grad` the hinge subgradient of every training product whose known model does not lead the best
 * other model by the margin: its cells push the known model up and that rival down, by the factor's unit.
 */
function hingeGradient(
  known: KnownProducts,
  layout: Layout,
  train: Int32Array,
  delta: Float64Array,
  grad: Float64Array,
  margin: number,
): void {
  const factors = layout.offsets.length;
  const { offsets, unit, base } = layout;
  const scores = new Float64Array(MODEL_COUNT);
  for (const i of train) {
    scores.fill(0);
    const row = i * factors;
    for (let f = 0; f < factors; f++) {
      const level = known.levels[row + f] as number;
      if (level < 0) continue;
      const cell = (offsets[f] as number) + level * MODEL_COUNT;
      const u = unit[f] as number;
      for (let m = 0; m < MODEL_COUNT; m++)
        scores[m] = (scores[m] as number) + (base[cell + m] as number) + u * (delta[cell + m] as number);
    }
    const y = known.models[i] as number;
    let rival = -1;
    for (let m = 0; m < MODEL_COUNT; m++) {
      if (m !== y && (rival < 0 || (scores[m] as number) > (scores[rival] as number))) rival = m;
    }
    if ((scores[y] as number) - (scores[rival] as number) >= margin) continue;
    for (let f = 0; f < factors; f++) {
      const level = known.levels[row + f] as number;
      if (level < 0) continue;
      const cell = (offsets[f] as number) + level * MODEL_COUNT;
      const u = unit[f] as number;
      grad[cell + y] = (grad[cell + y] as number) - u;
      grad[cell + rival] = (grad[cell + rival] as number) + u;
    }
  }
}

/**
 * The fitted change of every affinity cell (layout order), rounded to AFFINITY_STEP and within the bounds.
 * Each cell's step is scaled by how many training products have its level (a diagonal preconditioner), so
 * a rare level and a common one converge alike and the pull means the same at any portfolio size.
 */
function fitDeltas(
  known: KnownProducts,
  layout: Layout,
  train: Int32Array,
  start: Float64Array,
  strength: number,
): Float64Array {
  const { lo, hi } = bounds(start, strength);
  const counts = levelCounts(known, layout, train);
  const margin = (CLOSE_CALL_MARGIN * layout.offsets.length) / POINTS_PER_AFFINITY;
  const delta = new Float64Array(layout.size);
  const grad = new Float64Array(layout.size);
  const average = new Float64Array(layout.size);
  const averaged = EPOCHS - Math.floor(EPOCHS / 2);
  for (let t = 0; t < EPOCHS; t++) {
    grad.fill(0);
    hingeGradient(known, layout, train, delta, grad, margin);
    const step = FIRST_STEP / (1 + t / STEP_DECAY);
    for (let j = 0; j < layout.size; j++) {
      const d = delta[j] as number;
      const g = (grad[j] as number) + PULL * d;
      const next = d - (step * g) / ((counts[j] as number) + PULL);
      delta[j] = Math.min(hi[j] as number, Math.max(lo[j] as number, next));
    }
    // The average of the second half of the passes: subgradient steps oscillate, their average settles.
    if (t >= EPOCHS - averaged)
      for (let j = 0; j < layout.size; j++) average[j] = (average[j] as number) + (delta[j] as number);
  }
  return average.map((sum, j) => roundChange(sum / averaged, lo[j] as number, hi[j] as number));
}

/** A change rounded to AFFINITY_STEP, kept inside [lo, hi] by stepping toward 0. */
function roundChange(change: number, lo: number, hi: number): number {
  let r = Math.round(change / AFFINITY_STEP) * AFFINITY_STEP;
  while (r > hi + 1e-12) r -= AFFINITY_STEP;
  while (r < lo - 1e-12) r += AFFINITY_STEP;
  return r === 0 ? 0 : r;
}

/** The start table with the fitted changes added to its compiled factors' affinities. */
function withChanges(scorer: Scorer, layout: Layout, start: Float64Array, delta: Float64Array): WeightsTable {
  const changed = new Map<string, FactorTable>();
  scorer.factors.forEach((factor, f) => {
    const table = scorer.table.factors.find((t) => t.name === factor.name) as FactorTable;
    const at = (l: number, m: number) => (layout.offsets[f] as number) + l * MODEL_COUNT + m;
    const affinity = table.affinity.map((row, l) =>
      row.map((a, m) =>
        delta[at(l, m)] === 0 ? a : (start[at(l, m)] as number) + (delta[at(l, m)] as number),
      ),
    );
    changed.set(factor.name, { ...table, affinity });
  });
  return { factors: scorer.table.factors.map((t) => changed.get(t.name) ?? t) };
}

/** Scalings a weight may take, as multiples of its start weight (readable: 1 becomes 0.75, 1.25, 1.5...). */
const WEIGHT_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Coordinate passes over the factors' weights. */
const WEIGHT_PASSES = 2;

/** The weight scalings `strength` allows: within a factor of 1 + strength / 2 either way (strength 0: none). */
function weightSteps(strength: number): readonly number[] {
  const most = 1 + strength / 2;
  return WEIGHT_STEPS.filter((s) => s <= most + 1e-9 && s >= 1 / most - 1e-9);
}

/**
 * Training loss of `table` with its factors' weights scaled by `scale` (compiled-factor order): the summed
 * hinge shortfall, in points, of every training product whose known model does not lead by the margin.
 */
function hingeLoss(known: KnownProducts, compiled: Scorer, scale: Float64Array, train: Int32Array): number {
  const factors = compiled.factors;
  let total = 0;
  factors.forEach((f, j) => {
    total += f.weight * (scale[j] as number);
  });
  // A factor's points scale by its weight's scaling over the change of the total weight.
  const per = Float64Array.from(scale, (s) => (s * compiled.totalWeight) / total);
  const scores = new Float64Array(MODEL_COUNT);
  let loss = 0;
  for (const i of train) {
    scores.fill(0);
    for (let f = 0; f < factors.length; f++) {
      const level = known.levels[i * factors.length + f] as number;
      if (level < 0) continue;
      const points = (factors[f] as (typeof factors)[number]).points;
      const k = per[f] as number;
      for (let m = 0; m < MODEL_COUNT; m++)
        scores[m] = (scores[m] as number) + k * (points[level * MODEL_COUNT + m] as number);
    }
    const y = known.models[i] as number;
    let rival = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < MODEL_COUNT; m++)
      if (m !== y && (scores[m] as number) > rival) rival = scores[m] as number;
    loss += Math.max(0, CLOSE_CALL_MARGIN - ((scores[y] as number) - rival));
  }
  return loss;
}

/**
 * Per compiled factor, the scaling of its weight (1: unchanged) that the training products ask for, by
 * coordinate descent over weightSteps(strength). A scaling is kept only when it lowers the training loss by
 * more than PULL close-call margins per halving or doubling (the same pull toward the start as the
 * affinities'), so a weight moves only when several products ask for it.
 */
function fitWeightScales(
  known: KnownProducts,
  fitted: Scorer,
  train: Int32Array,
  strength: number,
): Float64Array {
  const scale = new Float64Array(fitted.factors.length).fill(1);
  const steps = weightSteps(strength);
  if (steps.length <= 1 || train.length === 0) return scale;
  const cost = (s: number) => PULL * CLOSE_CALL_MARGIN * Math.abs(Math.log2(s));
  for (let pass = 0; pass < WEIGHT_PASSES; pass++) {
    for (let f = 0; f < scale.length; f++) {
      let best = scale[f] as number;
      let bestLoss = Number.POSITIVE_INFINITY;
      for (const s of steps) {
        scale[f] = s;
        const loss = hingeLoss(known, fitted, scale, train) + cost(s);
        if (loss < bestLoss - 1e-9) {
          bestLoss = loss;
          best = s;
        }
      }
      scale[f] = best;
    }
  }
  return scale;
}

/** `table` with each compiled factor's weight scaled, rounded to hundredths. */
function withWeights(table: WeightsTable, compiled: Scorer, scale: Float64Array): WeightsTable {
  const scaled = new Map(compiled.factors.map((f, j) => [f.name, scale[j] as number]));
  return {
    factors: table.factors.map((t) => {
      const s = scaled.get(t.name) ?? 1;
      return s === 1 ? t : { ...t, weight: Math.round(t.weight * s * 100) / 100 };
    }),
  };
}

/** A fitted table: the start's factors and levels, with fitted affinities and criteria weights. */
export interface FittedTable {
  readonly table: WeightsTable;
  readonly scorer: Scorer;
}

/**
 * Fits the start table's affinities, then its criteria weights, to the known products `inTraining` selects.
 * `strength` (0 to MAX_STRENGTH) is the largest change allowed to any one affinity, and lets a weight be
 * scaled by up to 1 + strength / 2 either way; 0 returns the start unchanged.
 */
export function fitTable(
  known: KnownProducts,
  inTraining: (i: number) => boolean,
  strength: number,
): FittedTable {
  const { scorer } = known;
  const layout = layoutOf(scorer);
  const train = Int32Array.from(known.rows.keys()).filter(inTraining);
  const start = startAffinities(scorer, layout);
  const delta = fitDeltas(known, layout, train, start, strength);
  const affinities = withChanges(scorer, layout, start, delta);
  const fitted = compileWeights(affinities);
  const table = withWeights(affinities, fitted, fitWeightScales(known, fitted, train, strength));
  return { table, scorer: compileWeights(table) };
}
