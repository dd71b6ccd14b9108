// What-if on a product's own facts: the single factor value whose change turns a scored row's
// recommendation into another model, and to which. Every candidate is an exact re-scoring of the row: the
// scores are a sum over factors, so changing factor f from level a to level b moves model m's score by
// points[b][m] - points[a][m], and the changed row is ranked by the scorer's own rule (rank, TIE_EPSILON).

import { INFINITY, min } from '../basics/sandbox-math';
import { MODEL_COUNT } from '../model/models';
import { rank, TIE_EPSILON, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { type LinearFactor, linearFactors } from './linear-table';

/** One factor set to one level (indexes into the scorer's compiled factors and that factor's levels). */
export interface FactChange {
  readonly factor: number;
  readonly level: number;
}

/**
 * The smallest change of a row's facts that changes its recommendation: one factor, moved into `levels`.
 * For a category factor that is one level; for a numeric factor, the run of adjacent bands (in bound
 * order) that all give the same new model, so "Price below 2,000" covers every amount that flips it.
 */
export interface Flip {
  /** Compiled factor index. */
  readonly factor: number;
  /** Level indexes, in bound order for a numeric factor; never the row's current level. */
  readonly levels: readonly number[];
  /** The model (index, model order) the row would then get at every one of those levels. */
  readonly model: number;
  /** The exact margin in points (new winner minus new runner-up) at the level that gives the largest one. */
  readonly margin: number;
  /** The smallest such margin over `levels` (equal to `margin` for a single level). */
  readonly minMargin: number;
}

/** Two factor values changed together: only looked for when no single change flips the row. */
export interface FlipPair {
  readonly changes: readonly [FactChange, FactChange];
  readonly model: number;
  readonly margin: number;
}

/** The ranking of a trial row; reused, so a search allocates nothing per candidate. */
const trial = { scores: new Float64Array(MODEL_COUNT), best: 0, second: 1 };

/** Factor f's points at `level` for model m; 0 for a blank (level < 0). */
function pointsAt(points: Float64Array, level: number, m: number): number {
  return level < 0 ? 0 : (points[level * MODEL_COUNT + m] as number);
}

/**
 * A scored row's exact scores (points, model order) with factor f set to level l (-1: blank), into `out`:
 * the row's scores minus f's current points plus its points at l. The one re-scoring the consensus of
 * several raters is built from (a level the team agrees on, applied to each rater's row).
 */
export function scoresWithLevel(
  scorer: Scorer,
  ws: Pick<Workspace, 'scores' | 'levelOf'>,
  f: number,
  l: number,
  out: Float64Array,
): Float64Array {
  const pf = (scorer.factors[f] as Scorer['factors'][number]).points;
  const cur = ws.levelOf[f] as number;
  for (let m = 0; m < MODEL_COUNT; m++) {
    out[m] = (ws.scores[m] as number) - pointsAt(pf, cur, m) + pointsAt(pf, l, m);
  }
  return out;
}

/**
 * Ranks the row with factor f at level l (and factor g at level k when g >= 0) into `trial` and returns
 * the exact margin. The hot loop of "flip": plain array reads, no allocation.
 */
function rescore(scorer: Scorer, ws: Workspace, f: number, l: number, g = -1, k = -1): number {
  const { scores, levelOf } = ws;
  const pf = (scorer.factors[f] as Scorer['factors'][number]).points;
  const curF = levelOf[f] as number;
  const t = trial.scores;
  for (let m = 0; m < MODEL_COUNT; m++) {
    t[m] = (scores[m] as number) - pointsAt(pf, curF, m) + pointsAt(pf, l, m);
  }
  if (g >= 0) {
    const pg = (scorer.factors[g] as Scorer['factors'][number]).points;
    const curG = levelOf[g] as number;
    for (let m = 0; m < MODEL_COUNT; m++)
      t[m] = (t[m] as number) - pointsAt(pg, curG, m) + pointsAt(pg, k, m);
  }
  rank(trial, t);
  return (t[trial.best] as number) - (t[trial.second] as number);
}

/** The model the row gets with factor f at level l, or -1 when that is the row's current level. */
function modelWith(scorer: Scorer, ws: Workspace, f: number, l: number): number {
  if (l === ws.levelOf[f]) return -1;
  rescore(scorer, ws, f, l);
  return trial.best;
}

/** For a numeric factor, the adjacent bands around `level` that give the same model, in bound order. */
function band(scorer: Scorer, ws: Workspace, linear: LinearFactor, f: number, level: number, model: number) {
  const order = linear.byBound;
  if (!order) return [level];
  const at = order.indexOf(level);
  let from = at;
  while (from > 0 && modelWith(scorer, ws, f, order[from - 1] as number) === model) from--;
  let to = at;
  while (to < order.length - 1 && modelWith(scorer, ws, f, order[to + 1] as number) === model) to++;
  return order.slice(from, to + 1);
}

/**
 * The single-factor change that flips a scored row (ws.status 'scored'), preferring the one whose new
 * recommendation leads by the largest margin (ties: the factor listed first, then the level listed first);
 * a blank factor may be filled in. Null when no single change of any factor's value flips the row.
 */
export function findFlip(scorer: Scorer, ws: Workspace): Flip | null {
  let bestF = -1;
  let bestL = -1;
  let bestModel = -1;
  let bestMargin = -INFINITY;
  for (let f = 0; f < scorer.factors.length; f++) {
    const levels = (scorer.factors[f] as Scorer['factors'][number]).levels.length;
    for (let l = 0; l < levels; l++) {
      if (l === ws.levelOf[f]) continue;
      const margin = rescore(scorer, ws, f, l);
      if (trial.best !== ws.best && margin > bestMargin + TIE_EPSILON) {
        bestF = f;
        bestL = l;
        bestModel = trial.best;
        bestMargin = margin;
      }
    }
  }
  if (bestF < 0) return null;
  const linear = linearFactors(scorer)[bestF] as LinearFactor;
  const levels = band(scorer, ws, linear, bestF, bestL, bestModel);
  let minMargin = bestMargin;
  for (const l of levels) minMargin = min(minMargin, rescore(scorer, ws, bestF, l));
  return { factor: bestF, levels, model: bestModel, margin: bestMargin, minMargin };
}

/**
 * The pair of factor changes that flips a row by the largest margin, for a row no single change flips;
 * null when no pair does either. At most (levels per factor)^2 x (factors choose 2) exact re-scorings.
 */
export function findFlipPair(scorer: Scorer, ws: Workspace): FlipPair | null {
  let best: FlipPair | null = null;
  const n = scorer.factors.length;
  for (let f = 0; f < n; f++) {
    const lf = (scorer.factors[f] as Scorer['factors'][number]).levels.length;
    for (let g = f + 1; g < n; g++) {
      const lg = (scorer.factors[g] as Scorer['factors'][number]).levels.length;
      for (let l = 0; l < lf; l++) {
        if (l === ws.levelOf[f]) continue;
        for (let k = 0; k < lg; k++) {
          if (k === ws.levelOf[g]) continue;
          const margin = rescore(scorer, ws, f, l, g, k);
          if (trial.best !== ws.best && (!best || margin > best.margin + TIE_EPSILON)) {
            const changes: [FactChange, FactChange] = [
              { factor: f, level: l },
              { factor: g, level: k },
            ];
            best = { changes, model: trial.best, margin };
          }
        }
      }
    }
  }
  return best;
}
