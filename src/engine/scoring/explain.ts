// Puts a scored row into words and numbers: the winner, its score, the margin, how much evidence the answer
// rests on, and the factors that pushed for it and against it, each with the points it added to the
// winner's score. Every number is the one the cells show (see shown.ts).

import { listChoices } from '../basics/text';
import { MODEL_COUNT, MODEL_DISPLAY_NAMES, MODEL_IDS, type ModelId } from '../model/models';
import { settleSentence } from '../what-if/settle';
import { type Confidence, type Judgement, judgeFrom } from './confidence';
import { TIE_EPSILON, type Workspace } from './score';
import type { Scorer } from './scorer';
import {
  contributionTenths,
  type Evidence,
  evidenceOf,
  evidenceText,
  fromTenths,
  isThinEvidence,
  shownMargin,
  shownMarginTenths,
  shownScores,
  shownScoreTenths,
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
  /** Other models that cannot be ruled out (display names, best score first): "Could also be". */
  readonly alsoBe: readonly string[];
  /** The top score is shared exactly: no pick; `alsoBe` starts with the other tied model(s). */
  readonly tie: boolean;
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

/** Tenths as a number is written: "31.8", "30", "-0.4" (integer arithmetic: no float to text). */
function tenthsText(tenths: number): string {
  const size = tenths < 0 ? -tenths : tenths;
  const digit = size % 10;
  const whole = (size - digit) / 10;
  const text = digit === 0 ? `${whole}` : `${whole}.${digit}`;
  return tenths < 0 ? `-${text}` : text;
}

/** Tenths with one decimal and a sign: "+9.1", "-0.4", "0.0" (as toFixed(1), which is slow in the sandbox). */
function signed(tenths: number): string {
  const size = tenths < 0 ? -tenths : tenths;
  const digit = size % 10;
  const text = `${(size - digit) / 10}.${digit}`;
  return tenths > 0 ? `+${text}` : tenths < 0 ? `-${text}` : text;
}

const points = (tenths: number) => `${tenthsText(tenths)} ${tenths === 10 ? 'point' : 'points'}`;

/**
 * Up to `count` known factors whose points for the winner have the sign `dir` (1 for it, -1 against),
 * strongest first, factors listed first among equals: indices only, so text is built for these few alone.
 */
function strongest(ws: Workspace, tenths: readonly number[], dir: number, count: number): number[] {
  const top: number[] = [];
  for (let f = 0; f < tenths.length; f++) {
    const t = dir * (tenths[f] as number);
    if ((ws.levelOf[f] as number) < 0 || t <= 0) continue;
    let at = top.length;
    while (at > 0 && dir * (tenths[top[at - 1] as number] as number) < t) at--;
    if (at >= count) continue;
    // Insert at `at`, dropping the weakest once there are `count`.
    if (top.length < count) top.push(f);
    for (let i = top.length - 1; i > at; i--) top[i] = top[i - 1] as number;
    top[at] = f;
  }
  return top;
}

type Factor = Scorer['factors'][number];

/**
 * Driver texts of one scorer, by factor, level and tenths: a factor at a level adds nearly the same points
 * to a winner on every row, so the same few texts recur and each is built once.
 */
type DriverTexts = Map<number, string>[][];
const driverTextsOf = new WeakMap<Scorer, DriverTexts>();

function driverTexts(scorer: Scorer): DriverTexts {
  let texts = driverTextsOf.get(scorer);
  if (!texts) {
    texts = scorer.factors.map((factor) => factor.levelText.map(() => new Map<number, string>()));
    driverTextsOf.set(scorer, texts);
  }
  return texts;
}

/** "Price = 50 to 2,000 (+9.1), Reach = High (+4.0)": the strongest factors of one sign, or "". */
function driverList(
  scorer: Scorer,
  ws: Workspace,
  tenths: readonly number[],
  dir: number,
  count: number,
  texts: DriverTexts,
): string {
  let list = '';
  for (const f of strongest(ws, tenths, dir, count)) {
    const level = ws.levelOf[f] as number;
    const t = tenths[f] as number;
    const known = (texts[f] as Map<number, string>[])[level] as Map<number, string>;
    let text = known.get(t);
    if (text === undefined) {
      const factor = scorer.factors[f] as Factor;
      text = `${factor.name} = ${factor.levelText[level]} (${signed(t)})`;
      known.set(t, text);
    }
    list = list === '' ? text : `${list}, ${text}`;
  }
  return list;
}

/** Display names of model indexes, comma-separated. */
export function modelList(models: readonly number[]): string {
  return models.map((m) => MODEL_DISPLAY_NAMES[m] as string).join(', ');
}

/** Who won and by how much, with the numbers the "all" output shows in its cells. */
function verdict(ws: Workspace, marginTenths: number, judgement: Judgement): string {
  const winner = MODEL_DISPLAY_NAMES[ws.best] as string;
  const runnerUp = MODEL_DISPLAY_NAMES[ws.second] as string;
  const best = shownScoreTenths(ws, ws.best);
  if (judgement.tie) {
    // An exact tie is no pick: every tied model is named, none is preferred.
    const top = ws.scores[ws.best] as number;
    const tied = [ws.best, ...judgement.others.filter((m) => top - (ws.scores[m] as number) <= TIE_EPSILON)];
    return `Tie: ${listChoices(
      tied.map((m) => MODEL_DISPLAY_NAMES[m] as string),
      'and',
    )} score the same, ${points(best)}; the table cannot choose between them, consider both.`;
  }
  const also = judgement.others.length > 0 ? ` Could also be: ${modelList(judgement.others)}.` : '';
  if (marginTenths === 0) {
    return `Close call: ${winner} and ${runnerUp} both show ${points(best)} (${winner} is ahead by under 0.1); consider both.${also}`;
  }
  const margin = tenthsText(marginTenths);
  const second = tenthsText(best - marginTenths);
  const lead = `${winner} scores ${points(best)}`;
  if (judgement.closeCall) {
    return `Close call: ${lead}, only ${margin} ahead of ${runnerUp} at ${second}; ${considerAll(judgement)}.${also}`;
  }
  if (judgement.confidence !== 'Firm') {
    return `Likely: ${lead}, ${margin} ahead of ${runnerUp} at ${second}.${also}`;
  }
  return `${lead}, ${margin} ahead of ${runnerUp} at ${second}.${also}`;
}

/** "consider both", or "consider all three" when Could also be names more than the runner-up. */
function considerAll(judgement: Judgement): string {
  const count = 1 + Math.max(1, judgement.others.length);
  return count === 2 ? 'consider both' : `consider all ${count === 3 ? 'three' : 'four'}`;
}

/** How much the answer rests on; a thin base is said first, so no one reads the rest as settled. */
const clauses = { thin: new Map<string, string>(), firm: new Map<string, string>() };
function evidenceClause(evidence: Evidence, thin: boolean): string {
  // Rows share a handful of evidence texts: each clause is built once.
  const text = evidenceText(evidence);
  const known = thin ? clauses.thin : clauses.firm;
  let clause = known.get(text);
  if (clause === undefined) {
    clause = thin
      ? `Thin evidence: this rests on only ${text}; fill in more factors before relying on it.`
      : `Based on ${text}.`;
    if (known.size < 10_000) known.set(text, clause);
  }
  return clause;
}

/**
 * One sentence for a scored row, e.g. "Authorized dealers scores 31.8 points, 13.6 ahead of Direct
 * (assisted sales) at 18.2. Based on 11 of 11 factors, 100% of the weight. For it: Local service = Yes
 * (+9.1), ... Against it: ...". A row on thin evidence starts with "Thin evidence:".
 */
export function explainSentence(scorer: Scorer, ws: Workspace): string {
  const evidence = evidenceOf(scorer, ws);
  return sentenceOf(scorer, ws, evidence, shownMarginTenths(ws), judgeFrom(ws, evidence));
}

/**
 * explainSentence from the row's evidence, shown margin and judgement already worked out (the "all"
 * output's cells). A row that is not Firm ends with what would settle it.
 */
export function sentenceOf(
  scorer: Scorer,
  ws: Workspace,
  evidence: Evidence,
  marginTenths: number,
  judgement: Judgement,
): string {
  // A tie on thin evidence is still said to be thin first.
  const thin = judgement.confidence === 'Thin evidence' || (judgement.tie && isThinEvidence(evidence));
  const said = verdict(ws, marginTenths, judgement);
  const base = evidenceClause(evidence, thin);
  const parts = thin ? [base, said] : [said, base];
  // A converted amount ("per month, counted as ... a year") is said, so no one mistakes what was scored.
  for (const note of ws.notes) parts.push(note);
  // The factors that moved the winner, strongest first, as "Price = 50 to 2,000 (+9.1)".
  const tenths = contributionTenths(scorer, ws, ws.best);
  const texts = driverTexts(scorer);
  const pro = driverList(scorer, ws, tenths, 1, MAX_FOR, texts);
  const con = driverList(scorer, ws, tenths, -1, MAX_AGAINST, texts);
  if (pro !== '') parts.push(`For it: ${pro}.`);
  if (con !== '') parts.push(`Against it: ${con}.`);
  if (judgement.confidence !== 'Firm') {
    const settle = settleSentence(scorer, ws);
    if (settle !== '') parts.push(settle);
  }
  // join makes one flat string: a sentence kept in a cell is one object, not a tree of its pieces (which
  // the collector would copy over and over while a large result is built).
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
  const judgement = judgeFrom(ws, evidence);
  return {
    model: MODEL_IDS[ws.best] as ModelId,
    modelName: MODEL_DISPLAY_NAMES[ws.best] as string,
    runnerUp: MODEL_IDS[ws.second] as ModelId,
    runnerUpName: MODEL_DISPLAY_NAMES[ws.second] as string,
    alsoBe: judgement.others.map((m) => MODEL_DISPLAY_NAMES[m] as string),
    tie: judgement.tie,
    scores: shownScores(ws),
    margin: shownMargin(ws),
    closeCall: judgement.closeCall,
    evidence: { ...evidence, text: evidenceText(evidence) },
    confidence: judgement.confidence,
    contributions,
    sentence: sentenceOf(scorer, ws, evidence, shownMarginTenths(ws), judgement),
  };
}
