// What would settle a row that is not Firm: the one or two facts worth checking first. A fact settles the
// question when its possible values lead to different models: for a blank factor, any of its levels may be
// the truth; for a known one, only a near misjudgement is worth checking (a neighbouring level on its
// scale, CompiledFactor.near: High for Medium, the next price band), never what the product is (Product
// type, Delivery). Each candidate is an exact re-scoring of the row (a sum over factors), as in flip.ts.

import { INFINITY, max, min, round } from '../basics/sandbox-math';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from '../model/models';
import type { Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';

/** At most this many facts are named: the first to check, not a to-do list. */
const MAX_FACTS = 2;

interface Candidate {
  readonly factor: number;
  readonly blank: boolean;
  /** The winner at each of the factor's levels (model indexes, by level; -1 for a level not in question). */
  readonly winners: readonly number[];
  /** How far the factor's levels move the lead between the two models it decides between, in points. */
  readonly swing: number;
}

/** The winner of the row with factor f at level l, and its exact lead over the model `rival`. */
function winnerAt(scorer: Scorer, ws: Workspace, f: number, l: number): number {
  const points = (scorer.factors[f] as Scorer['factors'][number]).points;
  const current = ws.levelOf[f] as number;
  let best = 0;
  let bestScore = -INFINITY;
  for (let m = 0; m < MODEL_COUNT; m++) {
    const was = current < 0 ? 0 : (points[current * MODEL_COUNT + m] as number);
    const score = (ws.scores[m] as number) - was + (points[l * MODEL_COUNT + m] as number);
    // Model order breaks exact ties, as the scorer does.
    if (score > bestScore + 1e-9) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether the levels in question for factor f (any for a blank, the near misses of a known one) lead to
 * more than one winner. Most factors of most rows lead to one, and every row that is not Firm asks it of
 * every factor: this answers without building the list of levels and winners.
 */
function decides(scorer: Scorer, ws: Workspace, f: number): boolean {
  const factor = scorer.factors[f] as Scorer['factors'][number];
  const current = ws.levelOf[f] as number;
  if (current >= 0) {
    const own = winnerAt(scorer, ws, f, current);
    for (const l of factor.near[current] ?? []) if (winnerAt(scorer, ws, f, l) !== own) return true;
    return false;
  }
  const first = winnerAt(scorer, ws, f, 0);
  for (let l = 1; l < factor.levels.length; l++) if (winnerAt(scorer, ws, f, l) !== first) return true;
  return false;
}

function candidateOf(scorer: Scorer, ws: Workspace, f: number): Candidate | null {
  if (!decides(scorer, ws, f)) return null;
  const factor = scorer.factors[f] as Scorer['factors'][number];
  const current = ws.levelOf[f] as number;
  // The levels that may be the truth: any for a blank, the current one and its near misses for a known one.
  const levels = current < 0 ? factor.levels.map((_, l) => l) : [current, ...(factor.near[current] ?? [])];
  const winners = factor.levels.map((_, l) => (levels.includes(l) ? winnerAt(scorer, ws, f, l) : -1));
  // The swing is how much this factor alone can move the winner against the runner-up.
  let lo = INFINITY;
  let hi = -INFINITY;
  for (const l of levels) {
    const d =
      (factor.points[l * MODEL_COUNT + ws.best] as number) -
      (factor.points[l * MODEL_COUNT + ws.second] as number);
    lo = min(lo, d);
    hi = max(hi, d);
  }
  // Rounded, so that floating-point noise (every weight scaled by 3, say) never reorders equal swings.
  return { factor: f, blank: (ws.levelOf[f] as number) < 0, winners, swing: round((hi - lo) * 1e6) };
}

/**
 * "Delivery (not given; Online: Direct (automated purchase); On site: Authorized dealers)". "Not given"
 * covers a blank cell and a column the table does not have: either way the fact is unknown.
 */
function factText(scorer: Scorer, ws: Workspace, c: Candidate): string {
  const factor = scorer.factors[c.factor] as Scorer['factors'][number];
  const byModel = new Map<number, string[]>();
  c.winners.forEach((m, l) => {
    if (m < 0 || (m === ws.best && !c.blank)) return;
    const list = byModel.get(m) ?? [];
    list.push(factor.levelText[l] as string);
    byModel.set(m, list);
  });
  const outcomes = [...byModel].map(([m, levels]) => `${levels.join(' or ')}: ${MODEL_DISPLAY_NAMES[m]}`);
  const now = c.blank ? 'not given' : `now ${factor.levelText[ws.levelOf[c.factor] as number]}`;
  return `${factor.name} (${now}; ${outcomes.join('; ')})`;
}

/**
 * The one or two facts to check first for a row that is not Firm, as "What would settle it: Delivery
 * (not given; Online: Direct (automated purchase); On site: Authorized dealers)." Blank factors come first (a
 * fact not yet given), then known ones the answer hangs on; among them the larger swing between the winner
 * and the runner-up first. "" when no single fact changes the answer.
 */
export function settleSentence(scorer: Scorer, ws: Workspace): string {
  const candidates: Candidate[] = [];
  for (let f = 0; f < scorer.factors.length; f++) {
    const c = candidateOf(scorer, ws, f);
    if (c) candidates.push(c);
  }
  if (candidates.length === 0) return '';
  candidates.sort((a, b) => Number(b.blank) - Number(a.blank) || b.swing - a.swing || a.factor - b.factor);
  const facts = candidates.slice(0, MAX_FACTS).map((c) => factText(scorer, ws, c));
  return `What would settle it: ${facts.join(', then ')}.`;
}
