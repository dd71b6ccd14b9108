// The consensus of several raters on one product: each rater's own row scored as DISTMODEL scores it, the
// scores averaged per model (the weighted sum is linear, so this is the score of the averaged ratings),
// and what the disagreement does to the answer: which raters agree, which factors are in dispute and
// whether agreeing on one of them would settle it. Every "if the team agreed" figure is an exact
// re-scoring of each rater's row with the what-if engine (scoresWithLevel).

import { abs, INFINITY, max, min } from '../basics/sandbox-math';
import { shortText } from '../basics/text';
import { MODEL_COUNT } from '../model/models';
import { createWorkspace, rank, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import type { Evidence } from '../scoring/shown';
import { scoresWithLevel } from '../what-if/flip';
import { type ConsensusJudgement, judgeConsensus } from './judgement';
import type { ProductRatings, RaterRating } from './ratings';

/** A factor on which raters gave different levels, and what agreeing on each of them would give. */
export interface Dispute {
  /** Compiled factor index. */
  readonly factor: number;
  /** The distinct levels the raters gave, in level order (blanks are no level). */
  readonly levels: readonly number[];
  /** Per entry of `levels`: the consensus model (index) if every rater took that level. */
  readonly outcomes: readonly number[];
  /** Per entry of `levels`: how many raters' own rows would then give that entry's outcome. */
  readonly agreeing: readonly number[];
  /** At every one of `levels`, every rater's own row would then give the same model. */
  readonly settles: boolean;
  /** Which agreed level it is changes the consensus model. */
  readonly decides: boolean;
  /** How many raters' own model depends on which of `levels` is agreed: the raters this dispute can move. */
  readonly moves: number;
  /** How far the disputed levels move the consensus winner's lead over its runner-up, in points. */
  readonly swing: number;
}

export interface ProductConsensus {
  readonly product: string;
  readonly raters: readonly RaterRating[];
  /** Rows that did not count and why; first, when only one rater's row counts, that no one agrees yet. */
  readonly notes: readonly string[];
  /** The averaged scores, ranked; levelOf holds the level all raters who know a factor agree on, else -1. */
  readonly ws: Workspace;
  readonly evidence: Evidence;
  /** Raters whose own row gives the consensus model. */
  readonly agreeing: number;
  /** Some rater's own row gives another model than the consensus. */
  readonly changesAnswer: boolean;
  /** Factors in dispute, most consequential first: those whose agreed level decides the model, then those whose agreement settles it, then by swing. */
  readonly disputes: readonly Dispute[];
  /**
   * The dispute to agree on first when the disagreement changes the answer: one that settles it, else the
   * most consequential one that decides the model or moves a rater; null otherwise or when none does.
   */
  readonly toSettle: Dispute | null;
  readonly judgement: ConsensusJudgement;
}

const sum = new Float64Array(MODEL_COUNT);
const one = new Float64Array(MODEL_COUNT);
const ranked = { best: 0, second: 1 };

/**
 * With factor f agreed at level l: the consensus model, and how many raters' own rows give it. Each rater's
 * own model is written into `own` (rater order), so the caller can see which raters the level moves.
 */
function agreedAt(scorer: Scorer, raters: readonly RaterRating[], f: number, l: number, own: Int32Array) {
  sum.fill(0);
  raters.forEach((rater, i) => {
    scoresWithLevel(scorer, rater, f, l, one);
    for (let m = 0; m < MODEL_COUNT; m++) sum[m] = (sum[m] as number) + (one[m] as number);
    rank(ranked, one);
    own[i] = ranked.best;
  });
  for (let m = 0; m < MODEL_COUNT; m++) sum[m] = (sum[m] as number) / raters.length;
  rank(ranked, sum);
  let agreeing = 0;
  for (let i = 0; i < raters.length; i++) if (own[i] === ranked.best) agreeing++;
  return { model: ranked.best, agreeing };
}

/** The distinct known levels raters gave factor f, in level order. */
function levelsGiven(raters: readonly RaterRating[], f: number): number[] {
  const seen: number[] = [];
  for (const rater of raters) {
    const l = rater.levelOf[f] as number;
    if (l >= 0 && !seen.includes(l)) seen.push(l);
  }
  return seen.sort((a, b) => a - b);
}

function disputeOf(scorer: Scorer, raters: readonly RaterRating[], ws: Workspace, f: number): Dispute | null {
  const levels = levelsGiven(raters, f);
  if (levels.length < 2) return null;
  const points = (scorer.factors[f] as Scorer['factors'][number]).points;
  const outcomes: number[] = [];
  const agreeing: number[] = [];
  // Each rater's own model at the first level, and whether another level gives them another one.
  const first = new Int32Array(raters.length);
  const own = new Int32Array(raters.length);
  const moved = new Uint8Array(raters.length);
  let lo = INFINITY;
  let hi = -INFINITY;
  levels.forEach((l, k) => {
    const agreed = agreedAt(scorer, raters, f, l, k === 0 ? first : own);
    outcomes.push(agreed.model);
    agreeing.push(agreed.agreeing);
    if (k > 0) for (let i = 0; i < raters.length; i++) if (own[i] !== first[i]) moved[i] = 1;
    const lead =
      (points[l * MODEL_COUNT + ws.best] as number) - (points[l * MODEL_COUNT + ws.second] as number);
    lo = min(lo, lead);
    hi = max(hi, lead);
  });
  return {
    factor: f,
    levels,
    outcomes,
    agreeing,
    settles: agreeing.every((n) => n === raters.length),
    decides: outcomes.some((m) => m !== outcomes[0]),
    moves: moved.reduce((n, x) => n + x, 0),
    swing: abs(hi - lo),
  };
}

/**
 * Most consequential first: decides the model, then settles it, then the more raters its best agreed level
 * brings to agree, then the more raters it moves, then the larger swing, then table order.
 */
function byConsequence(a: Dispute, b: Dispute): number {
  return (
    Number(b.decides) - Number(a.decides) ||
    Number(b.settles) - Number(a.settles) ||
    max(...b.agreeing) - max(...a.agreeing) ||
    b.moves - a.moves ||
    b.swing - a.swing ||
    a.factor - b.factor
  );
}

/**
 * What to agree on first when the disagreement changes the answer: the first dispute (in consequence order)
 * that settles it; else the first whose agreed level decides the model or moves some rater to another model
 * (agreeing on it brings the team closer, if not all the way); else null: no single factor matters.
 */
function toSettleOf(disputes: readonly Dispute[]): Dispute | null {
  return disputes.find((d) => d.settles) ?? disputes.find((d) => d.decides || d.moves > 0) ?? null;
}

/** The averaged scores of the raters' rows, ranked, with the levels they agree on. */
function averaged(scorer: Scorer, raters: readonly RaterRating[]): { ws: Workspace; evidence: Evidence } {
  const ws = createWorkspace(scorer);
  let knownWeight = 0;
  for (const rater of raters) {
    for (let m = 0; m < MODEL_COUNT; m++)
      ws.scores[m] = (ws.scores[m] as number) + (rater.scores[m] as number);
    knownWeight += rater.knownWeight;
  }
  for (let m = 0; m < MODEL_COUNT; m++) ws.scores[m] = (ws.scores[m] as number) / raters.length;
  let known = 0;
  for (let f = 0; f < scorer.factors.length; f++) {
    const levels = levelsGiven(raters, f);
    ws.levelOf[f] = levels.length === 1 ? (levels[0] as number) : -1;
    if (levels.length > 0) known++;
  }
  ws.status = 'scored';
  ws.known = known;
  ws.knownWeight = knownWeight / raters.length;
  rank(ws, ws.scores);
  const evidence = { known, total: scorer.factors.length, share: ws.knownWeight / scorer.totalWeight };
  return { ws, evidence };
}

/** The note of a product only one rater's row counts for: a consensus of one is no agreement yet. */
const onlyOneNote = (rater: RaterRating) =>
  `Only ${shortText(rater.rater)} has rated it: no one to agree with yet.`;

/**
 * The consensus of a product's raters (at least one) under `scorer` (the scorer the ratings were read
 * with). The model is the one with the highest average score over the raters' own rows.
 */
export function consensusOf(scorer: Scorer, ratings: ProductRatings): ProductConsensus {
  const { raters } = ratings;
  const { ws, evidence } = averaged(scorer, raters);
  let agreeing = 0;
  for (const rater of raters) if (rater.best === ws.best) agreeing++;
  const changesAnswer = agreeing < raters.length;
  const disputes: Dispute[] = [];
  for (let f = 0; f < scorer.factors.length; f++) {
    const dispute = disputeOf(scorer, raters, ws, f);
    if (dispute) disputes.push(dispute);
  }
  disputes.sort(byConsequence);
  const toSettle = changesAnswer ? toSettleOf(disputes) : null;
  return {
    product: ratings.product,
    raters,
    notes: raters.length === 1 ? [onlyOneNote(raters[0] as RaterRating), ...ratings.notes] : ratings.notes,
    ws,
    evidence,
    agreeing,
    changesAnswer,
    disputes,
    toSettle,
    judgement: judgeConsensus(ws, evidence),
  };
}
