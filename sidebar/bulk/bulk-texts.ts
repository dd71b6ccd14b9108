// The sentences of "Score products": the question before writing over the user's cells or replacing live
// formulas, and the success message. Pure, so tests can read them without a browser.
import type { LastRun, LiveOutput, ScoreMode } from '../../src/shared/sidebar-contract';
import { formatCount } from '../format-count';

/** "the live formula at O1 (covering O1:Y25)", or several of them joined. */
export function liveFormulasText(live: readonly LiveOutput[]): string {
  const each = live.map((f) => `${f.cell} (covering ${f.covers})`);
  return `the live formula${live.length === 1 ? '' : 's'} at ${each.join(', ')}`;
}

/** The confirmation's question: `count` user cells of `range` and the live formulas a run would replace. */
export function overwriteQuestion(range: string, count: number, live: readonly LiveOutput[]): string {
  const parts: string[] = [];
  if (live.length > 0) {
    // A spill cannot be split: freezing rows inside it replaces the whole formula, whatever was selected.
    parts.push(
      `The selected rows are results of ${liveFormulasText(live)}: frozen values for them replace ${live.length === 1 ? 'that formula' : 'those formulas'} with frozen values for every row ${live.length === 1 ? 'it covers' : 'they cover'}, which then no longer follow the weights.`,
    );
  }
  if (count > 0) {
    const cells = count === 1 ? 'One cell' : `${formatCount(count)} cells`;
    parts.push(`${cells} of ${range} hold${count === 1 ? 's' : ''} your own content.`);
  }
  const what = live.length > 0 ? 'Replace' : 'Write over';
  return `${parts.join(' ')} ${what} ${count + live.length === 1 ? 'it' : 'them'}?`;
}

/** The success message: what was written, and the live formulas it replaced. */
export function doneMessage(
  rows: number,
  range: string,
  mode: ScoreMode,
  live: readonly LiveOutput[],
): string {
  const how = mode === 'formulas' ? 'live DISTMODEL formulas' : 'frozen values';
  const replaced = live.length > 0 ? `, replacing ${liveFormulasText(live)}` : '';
  return `Scored ${formatCount(rows)} rows into ${range} as ${how}${replaced}.`;
}

/**
 * What a sidebar opened (or reloaded) after a run says of it: "The last run on this sheet finished at 14:05:
 * 50,000 rows in Products!M1:X50001." or how far a stopped one got, to resume (issue #17).
 */
export function lastRunText(run: LastRun): string {
  const time = new Date(run.at).toTimeString().slice(0, 5);
  if (run.status === 'finished')
    return `The last run on this sheet finished at ${time}: ${formatCount(run.rows)} rows in ${run.range}.`;
  return `A run on this sheet started at ${time} stopped after ${formatCount(run.done)} of ${formatCount(run.total)} rows (the sidebar was closed or reloaded); the rows written are complete. Resume goes on from there.`;
}
