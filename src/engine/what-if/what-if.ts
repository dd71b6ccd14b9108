// Puts the what-if analyses of a scored row into words: the fact that would change its recommendation
// (flip.ts) and the weight change nearest to changing it (sensitivity.ts). Weight figures are rounded
// outward (an upper end up, a lower end down) so that what the sentence says stays true at the figure shown.

import { formatAmount, formatExact } from '../basics/number-text';
import { abs, ceil, floor, INFINITY, isFiniteNumber, log10, min, round } from '../basics/sandbox-math';
import { MODEL_DISPLAY_NAMES } from '../model/models';
import type { Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { evidenceOf, evidenceText, fromTenths, isThinEvidence, toTenths } from '../scoring/shown';
import { type Flip, type FlipPair, findFlip, findFlipPair } from './flip';
import { type LinearFactor, linearFactors } from './linear-table';
import { ROBUST_FACTOR, type WeightRange, weightRanges } from './sensitivity';

/**
 * The band a numeric factor's value must move into, from level indexes in bound order: "below 2,000"
 * (from the lowest band, when it starts at 0 or less), "2,000 to 100,000", "100,000 or more".
 */
function bandText(linear: LinearFactor, levels: readonly number[]): string {
  const order = linear.byBound ?? [];
  const first = levels[0] as number;
  const last = levels[levels.length - 1] as number;
  const lo = linear.bounds[first] as number;
  const next = order[order.indexOf(last) + 1];
  // Bounds are shown exactly: "0.57 or more" for a bound of 0.5749 would be false of 0.572.
  if (next === undefined) return `${formatExact(lo)} or more`;
  const hi = linear.bounds[next] as number;
  if (order.indexOf(first) === 0 && lo <= 0) return `below ${formatExact(hi)}`;
  return `${formatExact(lo)} to ${formatExact(hi)}`;
}

// A column of 10,000 products has a handful of distinct flips: each text is built once per table.
const targetTexts = new WeakMap<Scorer, Map<string, string>>();

/** What the flip sets the factor to: a level's label, or a numeric factor's band ("below 2,000"). */
export function flipTargetText(scorer: Scorer, flip: Pick<Flip, 'factor' | 'levels'>): string {
  let texts = targetTexts.get(scorer);
  if (!texts) {
    texts = new Map();
    targetTexts.set(scorer, texts);
  }
  const key = `${flip.factor}:${flip.levels.join(',')}`;
  let text = texts.get(key);
  if (text === undefined) {
    const linear = linearFactors(scorer)[flip.factor] as LinearFactor;
    text = linear.byBound
      ? bandText(linear, flip.levels)
      : (scorer.factors[flip.factor]?.levels[flip.levels[0] as number] ?? '');
    texts.set(key, text);
  }
  return text;
}

/** "Customer = B2C" or, for a numeric factor, "Price below 2,000". */
function changeText(scorer: Scorer, factor: number, levels: readonly number[]): string {
  const name = scorer.factors[factor]?.name ?? '';
  const target = flipTargetText(scorer, { factor, levels });
  return linearFactors(scorer)[factor]?.byBound ? `${name} ${target}` : `${name} = ${target}`;
}

function currentText(scorer: Scorer, ws: Workspace, factor: number): string {
  const level = ws.levelOf[factor] as number;
  return level < 0 ? 'blank now' : `now ${scorer.factors[factor]?.levelText[level]}`;
}

function aheadText(margin: number, atLeast: boolean): string {
  const tenths = toTenths(margin);
  if (tenths === 0) return 'tied with the next model and shown first';
  const points = fromTenths(tenths).toFixed(1);
  return `${atLeast ? 'at least ' : ''}${points} points ahead`;
}

function factsClause(scorer: Scorer, ws: Workspace, flip: Flip | null, pair: FlipPair | null): string {
  if (flip) {
    const change = changeText(scorer, flip.factor, flip.levels);
    const model = MODEL_DISPLAY_NAMES[flip.model];
    const ahead = aheadText(flip.minMargin, flip.levels.length > 1);
    return `One fact would change it: ${change} (${currentText(scorer, ws, flip.factor)}) makes it ${model}, ${ahead}.`;
  }
  if (pair) {
    const [a, b] = pair.changes;
    const both = `${changeText(scorer, a.factor, [a.level])} and ${changeText(scorer, b.factor, [b.level])}`;
    return `No single fact changes it; two together would: ${both} make it ${MODEL_DISPLAY_NAMES[pair.model]}.`;
  }
  return 'No change of one or two facts changes it.';
}

/**
 * A weight rounded to 3 significant digits in the given direction, as text ("1.67"). Rounded away from the
 * range it bounds (up for an upper end, down for a lower one), "above 1.67" is true of every weight above
 * the figure shown; rounded into it, "keeps it from 0.34 to 1.66" is true of every weight between.
 */
export function roundedWeight(weight: number, direction: 'up' | 'down'): string {
  if (weight === 0) return '0';
  const step = 10 ** (floor(log10(abs(weight))) - 2);
  let q = weight / step;
  if (abs(q - round(q)) < 1e-9) q = round(q);
  const rounded = (direction === 'up' ? ceil(q) : floor(q)) * step;
  const value = Number(rounded.toPrecision(3));
  // Below 1, three significant digits may need more than formatAmount's two decimals (0.00125).
  return abs(value) >= 1 ? formatAmount(value) : `${value}`;
}

/** How many times its weight (or how small a fraction of it) a factor's nearest flip needs; Infinity if none. */
function reach(range: WeightRange): number {
  const up = isFiniteNumber(range.high) ? range.high / range.weight : INFINITY;
  const down = range.low > 0 ? range.weight / range.low : INFINITY;
  return min(up, down);
}

/**
 * The nearest weight change that flips the row, as "raising the Price weight above 1.67 (now 1) makes it
 * Open resale"; "at all" when the row sits on a tie that any move in that direction breaks.
 */
function nearestWeightText(scorer: Scorer, range: WeightRange): string {
  const name = scorer.factors[range.factor]?.name ?? '';
  const now = formatExact(range.weight);
  const upward = isFiniteNumber(range.high) && range.high / range.weight <= range.weight / range.low;
  if (upward) {
    const how = range.high === range.weight ? 'at all' : `above ${roundedWeight(range.high, 'up')}`;
    return `raising the ${name} weight ${how} (now ${now}) makes it ${MODEL_DISPLAY_NAMES[range.highModel]}`;
  }
  const how = range.low === range.weight ? 'at all' : `below ${roundedWeight(range.low, 'down')}`;
  return `lowering the ${name} weight ${how} (now ${now}) makes it ${MODEL_DISPLAY_NAMES[range.lowModel]}`;
}

function weightsClause(scorer: Scorer, ws: Workspace, ranges: readonly WeightRange[]): string {
  const fragile = ranges.filter((r) => !r.robust);
  if (fragile.length === 0) {
    const robust = `Robust to the weights: no single weight from 0 to ${ROBUST_FACTOR} times its value changes it`;
    // Weights cannot move a thin answer much, but the blank factors can: robust must not read as settled.
    const evidence = evidenceOf(scorer, ws);
    if (isThinEvidence(evidence)) {
      return `${robust}, but it rests on thin evidence (${evidenceText(evidence)}): filling in the blank factors can.`;
    }
    return `${robust}.`;
  }
  const nearest = fragile.reduce((a, b) => (reach(b) < reach(a) ? b : a));
  const count = `${fragile.length} of ${ranges.length} weights can change it within 0 to ${ROBUST_FACTOR} times their value`;
  return `Nearest weight change: ${nearestWeightText(scorer, nearest)}; ${count}.`;
}

/** Both analyses of one scored row; the pair is looked for only when no single change flips it. */
export interface RowAnalysis {
  readonly flip: Flip | null;
  readonly pair: FlipPair | null;
  readonly ranges: readonly WeightRange[];
}

export function analyzeRow(scorer: Scorer, ws: Workspace): RowAnalysis {
  const flip = findFlip(scorer, ws);
  return { flip, pair: flip ? null : findFlipPair(scorer, ws), ranges: weightRanges(scorer, ws) };
}

/**
 * One sentence for a scored row combining both analyses, e.g. "One fact would change it: Price below 2,000
 * (now 2,000 to 100,000) makes it Open resale, 3.2 points ahead. Nearest weight change: lowering the Local
 * service weight below 0.35 (now 1) makes it Direct (assisted sales); 2 of 11 weights can change it within 0 to 3
 * times their value."
 */
export function whatIfSentence(scorer: Scorer, ws: Workspace, analysis = analyzeRow(scorer, ws)): string {
  const { flip, pair, ranges } = analysis;
  return `${factsClause(scorer, ws, flip, pair)} ${weightsClause(scorer, ws, ranges)}`;
}
