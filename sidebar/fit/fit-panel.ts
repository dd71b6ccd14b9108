// "Learn from my products": pick the column of the product table that holds the model each product is
// sold through, fit the saved weights to them, see the agreement before and after on products the fit did
// not see and the affinity cells that would change, and Apply through the same locked, version-checked save
// as any weights edit. The fit starts from the saved table, so it is offered only without unsaved edits.
import { formatAmount, MODEL_DISPLAY_NAMES } from '../../src/engine';
import type {
  AffinityDiff,
  AgreementCount,
  FitResult,
  FitSourceResult,
  WeightsGrid,
} from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { SHORT_MODEL_NAMES } from '../weights';

const STRENGTHS = [0.5, 1, 1.5, 2] as const;
const DEFAULT_STRENGTH = 1;
/** Columns of the fitted grid: Factor, Level, Weight, the four models from here. */
const FIRST_MODEL_COLUMN = 3;

type Fitted = Extract<FitResult, { status: 'fitted' }>;

const percent = ({ agree, total }: AgreementCount) => (total === 0 ? 0 : Math.round((agree / total) * 100));

function agreementLine(label: string, count: AgreementCount): HTMLElement {
  return h(
    'li',
    {},
    `${label}: `,
    h('strong', {}, `${count.agree} of ${count.total}`),
    ` (${percent(count)}%)`,
  );
}

/** A numeric level is a lower bound: "from 2,000" says so where a bare "2000" would not. */
function levelText(level: string): string {
  return level !== '' && Number.isFinite(Number(level)) ? `from ${formatAmount(Number(level))}` : level;
}

/** The changed level rows of the affinity grid: every model's value, the changed ones as "from → to". */
function diffTable(changes: readonly AffinityDiff[], grid: WeightsGrid): HTMLElement {
  const rows = new Map<string, AffinityDiff[]>();
  for (const c of changes)
    rows.set(`${c.factor}|${c.level}`, [...(rows.get(`${c.factor}|${c.level}`) ?? []), c]);
  const body = h('tbody');
  for (const [key, cells] of rows) {
    const [factor = '', level = ''] = key.split('|');
    const gridRow = grid.find((row) => row[0] === factor && String(row[1]) === level) ?? [];
    const tds = MODEL_DISPLAY_NAMES.map((name, m) => {
      const change = cells.find((c) => c.model === name);
      if (!change) return h('td', {}, String(gridRow[FIRST_MODEL_COLUMN + m] ?? ''));
      return h(
        'td',
        { class: 'changed', 'aria-label': `${name}: ${change.from} to ${change.to}` },
        `${change.from} → ${change.to}`,
      );
    });
    body.append(h('tr', {}, h('th', { scope: 'row' }, `${factor} ${levelText(level)}`), ...tds));
  }
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Level'),
    ...MODEL_DISPLAY_NAMES.map((name, m) =>
      h('th', { scope: 'col' }, h('abbr', { title: name }, SHORT_MODEL_NAMES[m] ?? name)),
    ),
  );
  return h('table', { class: 'affinity fit-diff' }, h('thead', {}, head), body);
}

function verdictText(result: Fitted): string {
  switch (result.verdict) {
    case 'adopted':
      return `The fit agrees with more products it did not see. ${result.changes.length} affinities would change:`;
    case 'not-better':
      return 'The fit does not beat your saved weights on products it did not see, so nothing would change.';
    case 'no-change':
      return 'Fitted on every product, the weights round to your saved ones, so nothing would change.';
  }
}

export function fitPanel(store: Store, api: ClientApi): HTMLElement {
  const columnId = uid('fit-column');
  const strengthId = uid('fit-strength');
  const status = createStatus();
  const columnSelect = h(
    'select',
    { id: columnId, disabled: true },
    h('option', { value: '' }, 'Press Find columns'),
  );
  const strengthSelect = h(
    'select',
    { id: strengthId },
    ...STRENGTHS.map((s) =>
      h(
        'option',
        { value: s, selected: s === DEFAULT_STRENGTH },
        `${s}${s === DEFAULT_STRENGTH ? ' (default)' : ''}`,
      ),
    ),
  );
  const dirtyNote = h(
    'p',
    { class: 'note', hidden: true },
    'Apply or discard your unsaved weight changes first: the fit starts from the saved weights.',
  );
  const resultBox = h('div', { class: 'fit-result', hidden: true });
  let fitted: Fitted | null = null;
  let busy = false;

  const findButton = button('Find columns', () => void findColumns());
  const learnButton = button('Learn', () => void learn(), { class: 'action' });
  const applyButton = button('Apply', () => void apply(), { class: 'action' });
  const discardButton = button('Discard', () => clearResult('Fit discarded.'));

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

  function showColumns(source: FitSourceResult): void {
    if (source.status === 'no-table') {
      columnSelect.disabled = true;
      fill(columnSelect, h('option', { value: '' }, 'No product table'));
      status.show('error', source.message);
      return;
    }
    const options = source.columns.map((c) =>
      h(
        'option',
        { value: c.column, selected: c.column === source.suggested },
        `${c.header || `Column ${c.column}`} (${c.named} of ${source.rows} name a model)`,
      ),
    );
    fill(
      columnSelect,
      h('option', { value: '', selected: source.suggested === null }, 'Choose a column...'),
      ...options,
    );
    columnSelect.disabled = options.length === 0;
    status.show(
      source.suggested === null ? 'error' : 'info',
      source.suggested === null
        ? `No column of "${source.sheetName}" names a model yet: add one with the model each product is sold through.`
        : `Found the product table on "${source.sheetName}". Check the column, then press Learn.`,
    );
  }

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
    const source = await call('Looking at the active sheet...', () => api.getFitSource());
    if (source) showColumns(source);
    refresh();
  }

  function showResult(result: Fitted): void {
    fitted = result;
    fill(
      resultBox,
      h('p', {}, `Agreement on products the fit did not see (${result.folds}-fold cross-validation):`),
      h(
        'ul',
        { class: 'fit-agreement' },
        agreementLine('Saved weights', result.before),
        agreementLine('Fitted weights', result.after),
      ),
      h('p', { class: result.verdict === 'adopted' ? '' : 'note' }, verdictText(result)),
      result.changes.length > 0 ? diffTable(result.changes, result.grid) : null,
      h('p', { class: 'secondary' }, result.summary),
      h('div', { class: 'actions' }, applyButton, discardButton),
    );
    resultBox.hidden = false;
    status.clear();
  }

  async function learn(): Promise<void> {
    clearResult();
    const request = { column: Number(columnSelect.value), strength: Number(strengthSelect.value) };
    const result = await call('Learning from your products...', () => api.fitWeights(request));
    if (!result) return;
    if (result.status === 'problem') status.show('error', result.message);
    else showResult(result);
    refresh();
  }

  async function apply(): Promise<void> {
    const current = fitted;
    if (!current) return;
    const result = await call('Saving the fitted weights...', () =>
      api.saveWeights(current.grid, current.version),
    );
    if (!result) return;
    switch (result.status) {
      case 'saved':
        clearResult();
        store.setSaved(result.weights);
        status.show(
          'success',
          'Saved the fitted weights. Every DISTMODEL formula that uses them recalculates.',
        );
        break;
      case 'conflict':
        clearResult();
        store.setSaved(result.weights);
        status.show(
          'error',
          'Not saved: the weights in the spreadsheet changed since the fit read them (saved by someone, or edited on the sheet). Press Learn to fit the table as it is now.',
        );
        break;
      case 'invalid':
        status.show('error', `Not saved: ${result.problems.map((p) => p.message).join(' ')}`);
        break;
    }
  }

  columnSelect.addEventListener('change', refresh);
  store.subscribe((change) => {
    // A fit made from other saved weights must not be applied over new ones.
    if (change === 'saved' && fitted && fitted.version !== store.state.saved.version) {
      clearResult('The saved weights changed, so the fit was dropped: press Learn again.');
    }
    refresh();
  });
  refresh();

  return panel(
    'Learn from my products',
    h(
      'p',
      { class: 'secondary' },
      'Fit the weights to the products whose model you already know. The fit is offered only when it agrees with more products it did not see than your saved weights.',
    ),
    h('div', { class: 'field' }, h('label', { for: columnId }, 'Column with the known model'), columnSelect),
    h(
      'div',
      { class: 'field' },
      h('label', { for: strengthId }, 'Strength (most an affinity may move)'),
      strengthSelect,
    ),
    h('div', { class: 'actions' }, findButton, learnButton),
    dirtyNote,
    status.el,
    resultBox,
  );
}
