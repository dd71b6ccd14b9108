// The question asked before a run writes over the user's own cells or replaces live formulas: the cells
// (the first few), then Overwrite or Cancel, Cancel focused so a stray Enter gives the safe answer.
import type { LiveOutput } from '../../src/shared/sidebar-contract';
import { button, fill, h, uid } from '../dom';
import { formatCount } from '../format-count';
import type { Status } from '../status';
import { t } from '../words';
import { overwriteQuestion } from './bulk-texts';

/** How many occupied cells the confirmation lists before summing up the rest. */
const LISTED_CELLS = 8;

export interface OverwriteConfirm {
  readonly el: HTMLElement;
  /** Resolves true when the user agrees to write over `cells` (`count` in all) and replace `live`. */
  ask(range: string, cells: readonly string[], count: number, live: readonly LiveOutput[]): Promise<boolean>;
}

function cellList(cells: readonly string[], count: number): HTMLElement {
  const shown = cells.slice(0, LISTED_CELLS);
  const more = count - shown.length;
  return h(
    'ul',
    { class: 'cells' },
    ...shown.map((c) => h('li', {}, c)),
    more > 0 ? h('li', {}, t('bulk.andMore', { count: formatCount(more) })) : null,
  );
}

export function overwriteConfirm(status: Status): OverwriteConfirm {
  const el = h('div', { class: 'confirm', hidden: true, role: 'group' });
  const ask: OverwriteConfirm['ask'] = (range, cells, count, live) =>
    new Promise((resolve) => {
      const headingId = uid('confirm-title');
      const answer = (yes: boolean) => {
        el.hidden = true;
        fill(el);
        if (yes) status.show('info', t('bulk.scoring'));
        resolve(yes);
      };
      const overwrite = button(t('bulk.overwrite'), () => answer(true), { class: 'action' });
      const cancel = button(t('bulk.cancel'), () => answer(false));
      el.setAttribute('aria-labelledby', headingId);
      fill(
        el,
        h('p', { id: headingId }, overwriteQuestion(range, count, live)),
        cellList(cells, count),
        h('div', { class: 'actions' }, overwrite, cancel),
      );
      el.hidden = false;
      status.clear();
      cancel.focus();
    });
  return { el, ask };
}
