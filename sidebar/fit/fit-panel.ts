// "Learn from my products": pick the column of the product table that holds the model each product is
// sold through, fit the saved weights to them, see the agreement before and after on products the fit did
// not see and the affinity cells that would change (fit-result.ts), and Apply through the same locked,
// version-checked save as any weights edit (fit-apply.ts). The fit starts from the saved table, so it is
// offered only without unsaved edits.
import type { ClientApi } from '../api';
import { button, fill, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { num, t } from '../words';
import { tellFitSaved } from './fit-apply';
import { showFitColumns } from './fit-columns';
import { type Fitted, fitResultView } from './fit-result';

const STRENGTHS = [0.5, 1, 1.5, 2] as const;
const DEFAULT_STRENGTH = 1;

function strengthSelect(id: string): HTMLSelectElement {
  return h(
    'select',
    { id },
    ...STRENGTHS.map((s) =>
      h(
        'option',
        { value: s, selected: s === DEFAULT_STRENGTH },
        s === DEFAULT_STRENGTH ? t('fit.default', { value: num(s) }) : num(s),
      ),
    ),
  );
}

export function fitPanel(store: Store, api: ClientApi): HTMLElement {
  const columnId = uid('fit-column');
  const strengthId = uid('fit-strength');
  const status = createStatus();
  const columnSelect = h(
    'select',
    { id: columnId, disabled: true },
    h('option', { value: '' }, t('fit.pressFind')),
  );
  const strength = strengthSelect(strengthId);
  const dirtyNote = h('p', { class: 'note', hidden: true }, t('fit.dirty'));
  const resultBox = h('div', { class: 'fit-result', hidden: true });
  let fitted: Fitted | null = null;
  let busy = false;

  const findButton = button(t('fit.find'), () => void findColumns());
  const learnButton = button(t('fit.learn'), () => void learn(), { class: 'action' });
  const applyButton = button(t('fit.apply'), () => void apply(), { class: 'action' });
  const discardButton = button(t('fit.discard'), () => clearResult(t('fit.discarded')));

  function refresh(): void {
    const dirty = store.dirty;
    dirtyNote.hidden = !dirty;
    findButton.disabled = busy;
    learnButton.disabled = busy || dirty || columnSelect.value === '';
    applyButton.disabled = busy || dirty || fitted?.verdict !== 'adopted';
    discardButton.disabled = busy;
  }

  function clearResult(message?: string): void {
    fitted = null;
    resultBox.hidden = true;
    fill(resultBox);
    if (message) status.show('info', message);
    refresh();
  }

  /** Runs one server call with the buttons disabled; a failure is told in the status and gives null. */
  async function call<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
    busy = true;
    refresh();
    status.show('info', what);
    try {
      return await fn();
    } catch (error) {
      status.show('error', messageOf(error));
      return null;
    } finally {
      busy = false;
      refresh();
    }
  }

  async function findColumns(): Promise<void> {
    clearResult();
    const source = await call(t('fit.looking'), () => api.getFitSource());
    if (source) showFitColumns(columnSelect, source, status);
    refresh();
  }

  function showResult(result: Fitted): void {
    fitted = result;
    fill(resultBox, ...fitResultView(result), h('div', { class: 'actions' }, applyButton, discardButton));
    resultBox.hidden = false;
    status.clear();
  }

  async function learn(): Promise<void> {
    clearResult();
    const request = { column: Number(columnSelect.value), strength: Number(strength.value) };
    const result = await call(t('fit.learning'), () => api.fitWeights(request));
    if (!result) return;
    if (result.status === 'problem') status.show('error', result.message);
    else showResult(result);
    refresh();
  }

  async function apply(): Promise<void> {
    const current = fitted;
    if (!current) return;
    const result = await call(t('fit.saving'), () => api.saveWeights(current.grid, current.version));
    if (!result) return;
    if (result.status !== 'invalid') clearResult();
    tellFitSaved(result, store, status);
  }

  columnSelect.addEventListener('change', refresh);
  store.subscribe((change) => {
    // A fit made from other saved weights must not be applied over new ones.
    if (change === 'saved' && fitted && fitted.version !== store.state.saved.version) {
      clearResult(t('fit.dropped'));
    }
    refresh();
  });
  refresh();

  return panel(
    t('fit.title'),
    h('p', { class: 'secondary' }, t('fit.intro')),
    h('div', { class: 'field' }, h('label', { for: columnId }, t('fit.column')), columnSelect),
    h('div', { class: 'field' }, h('label', { for: strengthId }, t('fit.strength')), strength),
    h('div', { class: 'actions' }, findButton, learnButton),
    dirtyNote,
    status.el,
    resultBox,
  );
}
