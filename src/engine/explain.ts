// Puts a scored row into words and numbers: the winner, its score, the margin, and the factors that pushed
// for it and against it, each with the points it added to the winner's score.
import { MODEL_COUNT, MODEL_DISPLAY_NAMES, MODEL_IDS, type ModelId } from './models';
import { contribution, isCloseCall, marginOf, type Workspace } from './score';
import type { Scorer } from './scorer';

export interface FactorContribution {
  readonly factor: string;
  /** The level the row's value fell in, as explanations show it. */
  readonly level: string;
  /** Points this factor adds to each model's score against a neutral 50, in model order. */
  readonly points: readonly number[];
}

/** Everything known about one scored row, as plain data (it crosses google.script.run as is). */
export interface RowExplanation {
  readonly model: ModelId;
  readonly modelName: string;
  readonly runnerUp: ModelId;
  readonly scores: readonly number[];
  readonly margin: number;
  readonly closeCall: boolean;
  readonly contributions: readonly FactorContribution[];
  readonly sentence: string;
}

/** Rounds for display: one decimal, and no "-0". */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

// A sentence stays readable in a cell: the strongest few drivers, not all eleven.
const MAX_FOR = 3;
const MAX_AGAINST = 2;

function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : `${r}`;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** The factors that moved the winner, strongest first, as "Price = 50 to 2,000 (+40)". */
function drivers(scorer: Scorer, ws: Workspace): { pro: string[]; con: string[] } {
  const items: { text: string; points: number }[] = [];
  scorer.factors.forEach((factor, f) => {
    const level = ws.levelOf[f] as number;
    if (level < 0) return;
    const added = contribution(scorer, ws, f, ws.best);
    // Under half a point rounds to 0 in the sentence: listing it as "(+0)" would only add noise.
    if (Math.abs(added) < 0.5) return;
    items.push({ text: `${factor.name} = ${factor.levelText[level]} (${signed(added)})`, points: added });
  });
  const pro = items.filter((i) => i.points > 0).sort((a, b) => b.points - a.points);
  const con = items.filter((i) => i.points < 0).sort((a, b) => a.points - b.points);
  return { pro: pro.slice(0, MAX_FOR).map((i) => i.text), con: con.slice(0, MAX_AGAINST).map((i) => i.text) };
}

/** Who won and by how much, with the numbers the "all" output shows in its cells (one decimal). */
function verdict(ws: Workspace): string {
  const winner = MODEL_DISPLAY_NAMES[ws.best] as string;
  const runnerUp = MODEL_DISPLAY_NAMES[ws.second] as string;
  const best = round1(ws.scores[ws.best] as number);
  const second = round1(ws.scores[ws.second] as number);
  const margin = round1(marginOf(ws));
  if (margin === 0) {
    return `Close call: ${winner} and ${runnerUp} tie at ${best} out of 100 (the model listed first is shown); consider both.`;
  }
  const lead = `${winner} scores ${best} out of 100`;
  if (isCloseCall(ws)) {
    return `Close call: ${lead}, only ${points(margin)} ahead of ${runnerUp} at ${second}; consider both.`;
  }
  return `${lead}, ${points(margin)} ahead of ${runnerUp} at ${second}.`;
}

/**
 * One sentence for a scored row, e.g. "Authorized dealers scores 81.3 out of 100, 11.2 points ahead of
 * Direct (assisted sales) at 70.1. For it: Local service = Yes (+12), ... Against it: ...".
 */
export function explainSentence(scorer: Scorer, ws: Workspace): string {
  const { pro, con } = drivers(scorer, ws);
  const parts = [verdict(ws)];
  if (pro.length > 0) parts.push(`For it: ${pro.join(', ')}.`);
  if (con.length > 0) parts.push(`Against it: ${con.join(', ')}.`);
  return parts.join(' ');
}

/** The full explanation of a scored row, for the sidebar's preview. */
export function explainRow(scorer: Scorer, ws: Workspace): RowExplanation {
  const contributions: FactorContribution[] = [];
  scorer.factors.forEach((factor, f) => {
    const level = ws.levelOf[f] as number;
    if (level < 0) return;
    const points = Array.from({ length: MODEL_COUNT }, (_, m) => round1(contribution(scorer, ws, f, m)));
    contributions.push({ factor: factor.name, level: factor.levelText[level] as string, points });
  });
  return {
    model: MODEL_IDS[ws.best] as ModelId,
    modelName: MODEL_DISPLAY_NAMES[ws.best] as string,
    runnerUp: MODEL_IDS[ws.second] as ModelId,
    scores: Array.from(ws.scores, round1),
    margin: round1(marginOf(ws)),
    closeCall: isCloseCall(ws),
    contributions,
    sentence: explainSentence(scorer, ws),
  };
}
