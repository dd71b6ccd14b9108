// What a fitted table says about itself: one summary of the honest accuracy (cross-validated agreement of
// the start and of the fit) and, for each changed level row, what changed and the known products behind it.
// The spilled table carries them in its Note column; the sidebar shows the same sentences.

import { MODEL_COUNT, MODEL_DISPLAY_NAMES } from '../model/models';
import { weightsTableToGrid } from '../model/weights-table';
import { createWorkspace, scoreInto } from '../scoring/score';
import type { Agreement } from './cross-validation';
import type { AffinityChange, LearnResult } from './learn';
import { wilsonInterval } from './per-model';

/** Every note the fit writes starts with this, so a later fit can tell its own notes from a user's. */
export const FIT_NOTE_PREFIX = 'Fit:';

/** The header of the notes column. */
export const NOTE_COLUMN = 'Note';

const percent = (agree: number, total: number) =>
  total === 0 ? '0%' : `${Math.round((agree / total) * 100)}%`;

function share({ agree, total }: { agree: number; total: number }): string {
  return `${agree} of ${total} (${percent(agree, total)})`;
}

/** "30 of 40 (75%; 95% interval 60% to 86%)": a small portfolio's figure with how far it may be off. */
function shareWithInterval(a: Agreement): string {
  const [low, high] = wilsonInterval(a);
  const interval = `95% interval ${Math.round(low * 100)}% to ${Math.round(high * 100)}%`;
  return `${a.agree} of ${a.total} (${percent(a.agree, a.total)}; ${interval})`;
}

/** "Direct (assisted sales) 9 of 10 (start 8)": each model with known products, fit then start. */
function perModelText(result: LearnResult): string {
  return result.afterByModel
    .flatMap((a, m) =>
      a.total === 0
        ? []
        : [`${MODEL_DISPLAY_NAMES[m]} ${a.agree} of ${a.total} (start ${result.beforeByModel[m]?.agree})`],
    )
    .join(', ');
}

/** The rows left out of the fit: how many, and the first two named. */
function skippedText(result: LearnResult): string {
  const { skipped } = result.known;
  if (skipped.length === 0) return '';
  const named = skipped.slice(0, 2).map((s) => s.message);
  const more = skipped.length > 2 ? `, and ${skipped.length - 2} more` : '';
  return ` ${skipped.length} rows left out (${named.join('; ')}${more}).`;
}

/** "Authorized dealers (1 of 5 unseen instead of 3)": the models the fit gets worse by more than one product. */
function hurtText(result: LearnResult): string {
  return result.hurt
    .map((m) => {
      const after = result.afterByModel[m];
      return `${MODEL_DISPLAY_NAMES[m]} (${after?.agree} of ${after?.total} unseen instead of ${result.beforeByModel[m]?.agree})`;
    })
    .join(', ');
}

function verdictText(result: LearnResult): string {
  const warning =
    result.hurt.length > 0 ? ` Beware: it gets more unseen products of ${hurtText(result)} wrong.` : '';
  switch (result.verdict) {
    case 'adopted': {
      const rows = new Set(result.changes.map((c) => `${c.factor}|${c.level}`)).size;
      const weights = result.weightChanges.length;
      const w = weights > 0 ? `, ${weights} criteria weights changed` : '';
      return `${result.changes.length} affinities changed on ${rows} rows${w}.${warning}`;
    }
    case 'not-better':
      return result.balancedAfter < result.balancedBefore
        ? `The fit does worse per model on unseen products, so the table is unchanged.${warning}`
        : `The fit does not beat the start by more than chance on unseen products, so the table is unchanged.${warning}`;
    case 'no-change':
      return 'Fitted on every product it rounds to the start (or gets fewer right), so the table is unchanged.';
  }
}

/** How the products were split, in words. */
function planText(result: LearnResult): string {
  const { plan } = result;
  return plan.leaveOneOut
    ? `leaving out one product profile at a time, ${plan.folds} profiles`
    : `${plan.folds}-fold cross-validation grouped by product profile`;
}

/** The whole fit in a few sentences: agreement before and after on unseen products, per model, and the verdict. */
export function fitSummary(result: LearnResult): string {
  const n = result.known.rows.length;
  const how = `${FIT_NOTE_PREFIX} learned from ${n} known products, strength ${result.strength}.${skippedText(result)}`;
  const cv = `On products it did not see (${planText(result)}) the fit agrees with ${shareWithInterval(result.after)}, the start with ${share(result.before)}.`;
  const balanced = `Per model: ${perModelText(result)}; balanced accuracy ${percentOf(result.balancedAfter)} (start ${percentOf(result.balancedBefore)}).`;
  return `${how} ${cv} ${balanced} ${verdictText(result)}`;
}

const percentOf = (rate: number) => `${Math.round(rate * 100)}%`;

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

interface LevelStats {
  /** Known products at this level. */
  total: number;
  /** Per model: known products sold through it, and products the start recommended it for. */
  readonly sold: number[];
  readonly startPicked: number[];
}

/** Per compiled factor and level, the known products that have it: by known model and by start's pick. */
function levelStats(result: LearnResult): LevelStats[][] {
  const { known } = result;
  const { scorer } = known;
  const stats = scorer.factors.map((factor) =>
    factor.levels.map(() => ({
      total: 0,
      sold: new Array<number>(MODEL_COUNT).fill(0),
      startPicked: new Array<number>(MODEL_COUNT).fill(0),
    })),
  );
  const reader = known.readAs(scorer);
  const ws = createWorkspace(reader);
  known.rows.forEach((row, i) => {
    scoreInto(reader, ws, row, known.columns);
    scorer.factors.forEach((_, f) => {
      const level = ws.levelOf[f] as number;
      const s = stats[f]?.[level];
      if (!s) return;
      s.total++;
      const m = known.models[i] as number;
      s.sold[m] = (s.sold[m] as number) + 1;
      s.startPicked[ws.best] = (s.startPicked[ws.best] as number) + 1;
    });
  });
  return stats;
}

/** "Open resale +0.5, Authorized dealers -0.5. 9 known products have Price 50 to 2,000: ..." */
function rowNote(changes: readonly AffinityChange[], what: string, s: LevelStats): string {
  const moves = changes.map((c) => `${MODEL_DISPLAY_NAMES[c.model]} ${signed(c.to - c.from)}`).join(', ');
  const why = changes
    .map((c) => {
      const name = MODEL_DISPLAY_NAMES[c.model] as string;
      return `${s.sold[c.model]} sold through ${name} (the start recommended it for ${s.startPicked[c.model]})`;
    })
    .join(', ');
  return `${FIT_NOTE_PREFIX} ${moves}. ${s.total} known products have ${what}: ${why}.`;
}

/** Notes of the changed rows, keyed "factor|level" as AffinityChange writes them. */
export function rowNotes(result: LearnResult): Map<string, string> {
  const notes = new Map<string, string>();
  if (result.changes.length === 0) return notes;
  const stats = levelStats(result);
  const { scorer } = result.known;
  scorer.factors.forEach((factor, f) => {
    const table = scorer.table.factors.find((t) => t.name === factor.name);
    factor.levels.forEach((label, l) => {
      const level = table?.kind === 'numeric' ? String(table.bounds[l]) : label;
      const changes = result.changes.filter((c) => c.factor === factor.name && c.level === level);
      const s = stats[f]?.[l];
      if (changes.length === 0 || !s) return;
      notes.set(`${factor.name}|${level}`, rowNote(changes, `${factor.name} ${factor.levelText[l]}`, s));
    });
  });
  return notes;
}

/** The key rowNotes uses for a grid row written by weightsTableToGrid. */
function keyOfGridRow(row: readonly (string | number)[]): string {
  return `${row[0]}|${row[1]}`;
}

/**
 * The fitted table as DISTMODEL_FIT spills it: weightsTableToGrid's columns plus Note; the first level row's
 * note starts with the summary, each changed row's note says what changed and why.
 */
export function fittedGrid(result: LearnResult): (string | number)[][] {
  const grid = weightsTableToGrid(result.table);
  const notes = rowNotes(result);
  for (const w of result.weightChanges) {
    const first = result.table.factors.find((f) => f.name === w.factor);
    const level = first?.kind === 'numeric' ? String(first.bounds[0]) : (first?.levels[0] ?? '');
    const key = `${w.factor}|${level}`;
    const note = `${FIT_NOTE_PREFIX} weight ${w.from} -> ${w.to}.`;
    notes.set(key, [note, notes.get(key)].filter(Boolean).join(' '));
  }
  const summary = fitSummary(result);
  return grid.map((row, r) => {
    if (r === 0) return [...row, NOTE_COLUMN];
    const note = notes.get(keyOfGridRow(row)) ?? '';
    return [...row, r === 1 ? [summary, note].filter((t) => t !== '').join(' ') : note];
  });
}
