// Puts a scored row into words and numbers: the winner, its score, the margin, how much evidence the answer
// rests on, and the factors that pushed for it and against it, each with the points it added to the
// winner's score. Every number is the one the cells show (see shown.ts).
import { MODEL_COUNT, MODEL_DISPLAY_NAMES, MODEL_IDS, type ModelId } from './models';
import { TIE_EPSILON, type Workspace } from './score';
import type { Scorer } from './scorer';
import {
  type Confidence,
  confidenceOf,
  contributionTenths,
  type Evidence,
  evidenceOf,
  evidenceText,
  fromTenths,
  isCloseCall,
  isThinEvidence,
  shownMargin,
  shownScores,
} from './shown';

export interface FactorContribution {
  readonly factor: string;
  /** The level the row's value fell in, as explanations show it. */
  readonly level: string;
  /**
   * Points this factor adds to each model's score, in model order, one decimal. Over the row's known
   * factors they add up exactly to the scores shown.
   */
  readonly points: readonly number[];
}

/** Everything known about one scored row, as plain data (it crosses google.script.run as is). */
export interface RowExplanation {
  readonly model: ModelId;
  readonly modelName: string;
  readonly runnerUp: ModelId;
  readonly runnerUpName: string;
  /** Shown scores in points, model order, one decimal. */
  readonly scores: readonly number[];
  /** Winner's shown score minus the runner-up's. */
  readonly margin: number;
  readonly closeCall: boolean;
  readonly evidence: Evidence & { readonly text: string };
  readonly confidence: Confidence;
  /** One entry per known factor, in table order. */
  readonly contributions: readonly FactorContribution[];
  readonly sentence: string;
}

// A sentence stays readable in a cell: the strongest few drivers, not all eleven.
const MAX_FOR = 3;
const MAX_AGAINST = 2;

function signed(tenths: number): string {
  const text = fromTenths(tenths).toFixed(1);
  return tenths > 0 ? `+${text}` : text;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** The factors that moved the winner, strongest first, as "Price = 50 to 2,000 (+9.1)". */
function drivers(scorer: Scorer, ws: Workspace): { pro: string[]; con: string[] } {
  const tenths = contributionTenths(scorer, ws, ws.best);
  const items: { text: string; tenths: number }[] = [];
  scorer.factors.forEach((factor, f) => {
    const level = ws.levelOf[f] as number;
    const t = tenths[f] as number;
    if (level < 0 || t === 0) return;
    items.push({ text: `${factor.name} = ${factor.levelText[level]} (${signed(t)})`, tenths: t });
  });
  const pro = items.filter((i) => i.tenths > 0).sort((a, b) => b.tenths - a.tenths);
  const con = items.filter((i) => i.tenths < 0).sort((a, b) => a.tenths - b.tenths);
  return { pro: pro.slice(0, MAX_FOR).map((i) => i.text), con: con.slice(0, MAX_AGAINST).map((i) => i.text) };
}

/** Who won and by how much, with the numbers the "all" output shows in its cells. */
function verdict(ws: Workspace, scores: readonly number[], margin: number): string {
  const winner = MODEL_DISPLAY_NAMES[ws.best] as string;
  const runnerUp = MODEL_DISPLAY_NAMES[ws.second] as string;
  const best = scores[ws.best] as number;
  const second = scores[ws.second] as number;
  if (margin === 0) {
    const exactTie = (ws.scores[ws.best] as number) - (ws.scores[ws.second] as number) <= TIE_EPSILON;
    const why = exactTie ? 'listed first' : 'ahead by under 0.1';
    return `Close call: ${winner} and ${runnerUp} tie at ${points(best)} (${winner}, ${why}, is shown); consider both.`;
  }
  const lead = `${winner} scores ${points(best)}`;
  if (isCloseCall(ws)) {
    return `Close call: ${lead}, only ${margin} ahead of ${runnerUp} at ${second}; consider both.`;
  }
  return `${lead}, ${margin} ahead of ${runnerUp} at ${second}.`;
}

/** How much the answer rests on; a thin base is said first, so no one reads the rest as settled. */
function evidenceClause(evidence: Evidence): string {
  const text = evidenceText(evidence);
  if (isThinEvidence(evidence)) {
    return `Thin evidence: this rests on only ${text}; fill in more factors before relying on it.`;
  }
  return `Based on ${text}.`;
}

/**
 * One sentence for a scored row, e.g. "Authorized dealers scores 31.8 points, 13.6 ahead of Direct
 * (assisted sales) at 18.2. Based on 11 of 11 factors, 100% of the weight. For it: Local service = Yes
 * (+9.1), ... Against it: ...". A row on thin evidence starts with "Thin evidence:".
 */
export function explainSentence(scorer: Scorer, ws: Workspace): string {
  const evidence = evidenceOf(scorer, ws);
  const { pro, con } = drivers(scorer, ws);
  const parts = [verdict(ws, shownScores(ws), shownMargin(ws)), evidenceClause(evidence)];
  if (isThinEvidence(evidence)) parts.reverse();
  if (pro.length > 0) parts.push(`For it: ${pro.join(', ')}.`);
  if (con.length > 0) parts.push(`Against it: ${con.join(', ')}.`);
  return parts.join(' ');
}

/** The full explanation of a scored row, for the sidebar's preview. */
export function explainRow(scorer: Scorer, ws: Workspace): RowExplanation {
  const perModel = Array.from({ length: MODEL_COUNT }, (_, m) => contributionTenths(scorer, ws, m));
  const contributions: FactorContribution[] = [];
  scorer.factors.forEach((factor, f) => {
    const level = ws.levelOf[f] as number;
    if (level < 0) return;
    const points = perModel.map((tenths) => fromTenths(tenths[f] as number));
    contributions.push({ factor: factor.name, level: factor.levelText[level] as string, points });
  });
  const evidence = evidenceOf(scorer, ws);
  return {
    model: MODEL_IDS[ws.best] as ModelId,
    modelName: MODEL_DISPLAY_NAMES[ws.best] as string,
    runnerUp: MODEL_IDS[ws.second] as ModelId,
    runnerUpName: MODEL_DISPLAY_NAMES[ws.second] as string,
    scores: shownScores(ws),
    margin: shownMargin(ws),
    closeCall: isCloseCall(ws),
    evidence: { ...evidence, text: evidenceText(evidence) },
    confidence: confidenceOf(scorer, ws),
    contributions,
    sentence: explainSentence(scorer, ws),
  };
}
