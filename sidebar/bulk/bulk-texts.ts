// The sentences of "Score products": the question before writing over the user's cells or replacing live
// formulas, and the success message, in the user's language. Pure, so tests can read them without a browser.
import type { LastRun, LiveOutput, ScoreMode } from '../../src/shared/sidebar-contract';
import { formatCount } from '../format-count';
import { t } from '../words';

/** "the live formula at O1 (covering O1:Y25)", or several of them joined. */
export function liveFormulasText(live: readonly LiveOutput[]): string {
  const formulas = live.map((f) => t('bulk.covering', { cell: f.cell, range: f.covers })).join(', ');
  return live.length === 1 ? t('bulk.liveFormula', { formulas }) : t('bulk.liveFormulas', { formulas });
}

/** The confirmation's question: `count` user cells of `range` and the live formulas a run would replace. */
export function overwriteQuestion(range: string, count: number, live: readonly LiveOutput[]): string {
  const parts: string[] = [];
  if (live.length > 0) {
    // A spill cannot be split: freezing rows inside it replaces the whole formula, whatever was selected.
    const key = live.length === 1 ? 'bulk.replaceOne' : 'bulk.replaceMany';
    parts.push(t(key, { live: liveFormulasText(live) }));
  }
  if (count > 0) {
    parts.push(
      count === 1 ? t('bulk.ownOne', { range }) : t('bulk.ownMany', { count: formatCount(count), range }),
    );
  }
  const one = count + live.length === 1;
  const ask =
    live.length > 0
      ? t(one ? 'bulk.askReplaceOne' : 'bulk.askReplaceMany')
      : t(one ? 'bulk.askWriteOne' : 'bulk.askWriteMany');
  return `${parts.join(' ')} ${ask}`;
}

/** The success message: what was written, and the live formulas it replaced. */
export function doneMessage(
  rows: number,
  range: string,
  mode: ScoreMode,
  live: readonly LiveOutput[],
): string {
  const replaced = live.length > 0 ? t('bulk.replacing', { live: liveFormulasText(live) }) : '';
  const key = mode === 'formulas' ? 'bulk.doneFormulas' : 'bulk.doneValues';
  return t(key, { rows: formatCount(rows), range, replaced });
}

/**
 * What a sidebar opened (or reloaded) after a run says of it: "The last run on this sheet finished at 14:05:
 * 50,000 rows in Products!M1:X50001." or how far a stopped one got, to resume (issue #17).
 */
export function lastRunText(run: LastRun): string {
  const time = new Date(run.at).toTimeString().slice(0, 5);
  if (run.status === 'finished')
    return t('bulk.lastFinished', { time, rows: formatCount(run.rows), range: run.range });
  return t('bulk.lastStopped', { time, done: formatCount(run.done), total: formatCount(run.total) });
}
