// The list of problems in the weights table, above the editor. The server's problems name the sheet's
// cells, so they are shown while they are still true; otherwise the draft's own problems are.
import type { TableProblem } from '../../src/engine';
import type { WeightsProblem } from '../../src/shared/sidebar-contract';
import { fill, h } from '../dom';
import type { Store } from '../store';
import { t } from '../words';

export interface ProblemsBox {
  readonly el: HTMLElement;
  show(problems: readonly WeightsProblem[]): void;
}

function problemItem(problem: WeightsProblem): HTMLElement {
  return h('li', {}, problem.cell ? h('span', { class: 'cell-ref' }, problem.cell) : null, problem.message);
}

export function problemsBox(): ProblemsBox {
  const list = h('ul');
  const el = h(
    'div',
    { class: 'problems', hidden: true },
    h('p', { class: 'error' }, t('weights.problems')),
    list,
  );
  return {
    el,
    show(problems) {
      el.hidden = problems.length === 0;
      fill(list, ...problems.map(problemItem));
    },
  };
}

/**
 * The problems to list: those the server found on Apply, else the stored table's (they name the sheet cell
 * and stay true while the user has not changed anything), else the draft's own.
 */
export function shownProblems(
  store: Store,
  serverProblems: readonly WeightsProblem[] | null,
  draftProblems: readonly TableProblem[],
): readonly WeightsProblem[] {
  if (serverProblems) return serverProblems;
  const { saved } = store.state;
  if (!store.dirty && saved.problems.length > 0) return saved.problems;
  return draftProblems.map((p) => ({ cell: null, message: p.message }));
}
