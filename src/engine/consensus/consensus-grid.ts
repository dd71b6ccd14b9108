// =DISTMODEL_CONSENSUS(ratings, [weights], [output]) on plain values: a ratings block in, one row per
// product out (in order of first appearance), header row first. Rows that name no product come last, each
// with its message in the first cell; only a wrong call (no Rater column, bad weights) throws.

import { CallError } from '../basics/call-error';
import { isBlank, listChoices, normalizeKey } from '../basics/text';
import { MODEL_DISPLAY_NAMES } from '../model/models';
import { resolveWeights } from '../model/weights-source';
import type { Reading } from '../reading/reading';
import type { Scorer } from '../scoring/scorer';
import { fromTenths, shownScoreTenths } from '../scoring/shown';
import { consensusOf, type Dispute, type ProductConsensus } from './consensus';
import { type ProductRatings, readRatings } from './ratings';

export const CONSENSUS_OUTPUTS = ['all', 'model', 'scores', 'raters'] as const;
export type ConsensusOutput = (typeof CONSENSUS_OUTPUTS)[number];

export type ConsensusCell = string | number | boolean;

export const CONSENSUS_HEADERS: Readonly<Record<ConsensusOutput, readonly string[]>> = {
  all: [
    'Product',
    'Distribution model',
    'Raters',
    'Agreeing',
    'Factors in dispute',
    'Changes the answer',
    'To settle',
    'Confidence',
    'Could also be',
    'Notes',
  ],
  model: ['Product', 'Distribution model'],
  scores: ['Product', ...MODEL_DISPLAY_NAMES],
  raters: ['Product', 'Rater', 'Own model', 'Agrees'],
};

/** A cell stays readable: notes beyond this many characters are counted, not shown. */
const MAX_NOTE_CHARS = 280;

function parseOutput(value: unknown): ConsensusOutput {
  if (isBlank(value)) return 'all';
  const key = typeof value === 'string' ? normalizeKey(value) : '';
  const kind = CONSENSUS_OUTPUTS.find((k) => k === key);
  if (kind) return kind;
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  throw new CallError(
    `output: ${shown} is not accepted; use ${listChoices(CONSENSUS_OUTPUTS.map((k) => `"${k}"`))}.`,
  );
}

const moreNotes = (more: number) =>
  more === 0 ? '(See the Team view.)' : `(${more} more note${more === 1 ? '' : 's'}: see the Team view.)`;

/**
 * Notes joined into one cell of at most MAX_NOTE_CHARS: as many whole notes as fit with the count of the
 * rest; when not even the first fits, the first cut short.
 */
export function notesText(notes: readonly string[]): string {
  const all = notes.join(' ');
  if (all.length <= MAX_NOTE_CHARS) return all;
  for (let shown = notes.length - 1; shown > 0; shown--) {
    const text = `${notes.slice(0, shown).join(' ')} ${moreNotes(notes.length - shown)}`;
    if (text.length <= MAX_NOTE_CHARS) return text;
  }
  const tail = moreNotes(notes.length - 1);
  return `${(notes[0] as string).slice(0, MAX_NOTE_CHARS - tail.length - 4)}... ${tail}`;
}

/**
 * What each agreed level of a dispute gives, levels that give the same grouped: "Customer: B2B gives Direct
 * (assisted sales); B2C or Both gives Authorized dealers". When the dispute does not settle it (some choice
 * leaves a rater on another model), every choice says how many of the `raters` would then agree:
 * "Buyers: Many gives Authorized dealers with 3 of 3 agreeing; Few gives Authorized dealers with 1 of 3 agreeing".
 * Choices are in the table's level order.
 */
export function settleText(scorer: Scorer, dispute: Dispute, raters: number): string {
  const factor = scorer.factors[dispute.factor] as Scorer['factors'][number];
  const groups = new Map<string, { model: number; agreeing: number; levels: string[] }>();
  dispute.levels.forEach((l, i) => {
    const model = dispute.outcomes[i] as number;
    const agreeing = dispute.settles ? raters : (dispute.agreeing[i] as number);
    const key = `${model}/${agreeing}`;
    const group = groups.get(key) ?? { model, agreeing, levels: [] };
    group.levels.push(factor.levelText[l] as string);
    groups.set(key, group);
  });
  const choices = [...groups.values()].map((g) => {
    const agree = dispute.settles ? '' : ` with ${g.agreeing} of ${raters} agreeing`;
    return `${g.levels.join(' or ')} gives ${MODEL_DISPLAY_NAMES[g.model]}${agree}`;
  });
  return `${factor.name}: ${choices.join('; ')}`;
}

function allCells(scorer: Scorer, c: ProductConsensus): ConsensusCell[] {
  const n = c.raters.length;
  return [
    c.product,
    MODEL_DISPLAY_NAMES[c.ws.best] as string,
    n,
    `${c.agreeing} of ${n}`,
    c.disputes.map((d) => scorer.factors[d.factor]?.name ?? '').join(', '),
    c.changesAnswer,
    c.toSettle ? settleText(scorer, c.toSettle, n) : '',
    c.judgement.confidence,
    c.judgement.couldAlsoBe.map((m) => MODEL_DISPLAY_NAMES[m] as string).join(', '),
    notesText(c.notes),
  ];
}

function productRows(scorer: Scorer, ratings: ProductRatings, kind: ConsensusOutput): ConsensusCell[][] {
  const width = CONSENSUS_HEADERS[kind].length;
  if (ratings.raters.length === 0) {
    const why = ratings.notes.length > 0 ? ratings.notes : ['No rater has rated it yet.'];
    return [padded([ratings.product, `Not scored: ${notesText(why)}`], width)];
  }
  const c = consensusOf(scorer, ratings);
  switch (kind) {
    case 'all':
      return [allCells(scorer, c)];
    case 'model':
      return [[c.product, MODEL_DISPLAY_NAMES[c.ws.best] as string]];
    case 'scores':
      return [[c.product, ...MODEL_DISPLAY_NAMES.map((_, m) => fromTenths(shownScoreTenths(c.ws, m)))]];
    case 'raters':
      return c.raters.map((r) => [
        c.product,
        r.rater,
        MODEL_DISPLAY_NAMES[r.best] as string,
        r.best === c.ws.best,
      ]);
  }
}

function padded(cells: ConsensusCell[], width: number): ConsensusCell[] {
  while (cells.length < width) cells.push('');
  return cells;
}

/**
 * The consensus grid of a ratings grid (rows x columns, header row first) under a compiled table: a header
 * row, then per product (first appearance order) one row ("raters": one per counted rater), then one row
 * per rating row that names no product, its message in the first cell.
 * @throws CallError when the ratings have no header row, Rater column or Product column.
 */
export function consensusGrid(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  kind: ConsensusOutput,
  reading: Reading = {},
): ConsensusCell[][] {
  const block = readRatings(scorer, grid, reading);
  const width = CONSENSUS_HEADERS[kind].length;
  const out: ConsensusCell[][] = [[...CONSENSUS_HEADERS[kind]]];
  for (const ratings of block.products) out.push(...productRows(block.scorer, ratings, kind));
  for (const message of block.orphans) out.push(padded([message], width));
  return out;
}

/** A range arrives as rows of cells; a single cell or row cannot hold a header and a rating. */
function asGrid(ratings: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(ratings) || !ratings.every(Array.isArray)) {
    throw new CallError('ratings: give the ratings block with its header row, such as A1:N.');
  }
  return ratings;
}

/**
 * =DISTMODEL_CONSENSUS(ratings, [weights], [output]) on plain values; `reading` is what the shell knows of
 * the spreadsheet (its locale).
 * @throws CallError for a wrong call: bad weights, an unknown output, ratings without header, Rater or Product column.
 */
export function distmodelConsensus(
  ratings: unknown,
  weights?: unknown,
  output?: unknown,
  reading: Reading = {},
): ConsensusCell[][] {
  const kind = parseOutput(output);
  return consensusGrid(resolveWeights(weights), asGrid(ratings), kind, reading);
}
