// The selected row, scored in the browser against the weights being edited: four bars, the
// recommendation, the margin and the factors behind it. It re-reads the selection on Refresh and, while
// "Follow the selection" is on, every few seconds.
import type { ActiveRow } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { columnsView } from '../columns';
import { button, fill, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { computePreview, type Driver, type Preview } from './preview';

const POLL_MS = 5000;
/**
 * The weights sheet's version is checked every this many polls (and on Refresh), not on each: the position
 * and the row are what change from poll to poll, and each check is three more spreadsheet calls.
 */
const WEIGHTS_EVERY = 2;

/** Points as the cells show them: one decimal, signed. */
function signedPoints(points: number): string {
  return points > 0 ? `+${points.toFixed(1)}` : points.toFixed(1);
}

function rowCaption(row: ActiveRow): string {
  return `${row.sheetName}, row ${row.row}`;
}

function bars(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const list = h('ul', { class: 'bars', 'aria-label': 'Scores in points, -100 to 100' });
  preview.modelNames.forEach((name, m) => {
    const score = preview.explanation.scores[m] ?? 0;
    const fill = h('span', { class: m === preview.winner ? 'bar-fill winner' : 'bar-fill' });
    // A diverging bar: the track's middle is 0 points, its ends -100 and +100.
    const half = Math.min(100, Math.abs(score)) / 2;
    fill.style.width = `${half}%`;
    fill.style.left = score >= 0 ? '50%' : `${50 - half}%`;
    list.append(
      h(
        'li',
        { class: 'bar' },
        h('span', { class: 'bar-label' }, name),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'bar-value' }, score.toFixed(1)),
      ),
    );
  });
  return list;
}

function driverList(title: string, drivers: readonly Driver[], className: string): HTMLElement | null {
  if (drivers.length === 0) return null;
  return h(
    'div',
    { class: `drivers ${className}` },
    h('h3', {}, title),
    h('ul', {}, ...drivers.map((d) => h('li', {}, `${d.factor}: ${d.level} (${signedPoints(d.points)})`))),
  );
}

function marginLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const { margin, closeCall, runnerUpName } = preview.explanation;
  const ahead = `${margin.toFixed(1)} points ahead of ${runnerUpName}`;
  if (closeCall) {
    return h(
      'p',
      { class: 'margin close-call' },
      h('strong', {}, 'Close call: '),
      `${ahead}; consider both.`,
    );
  }
  return h('p', { class: 'margin' }, `${ahead}.`);
}

/** How many factors the answer rests on; thin evidence is flagged like a close call. */
function evidenceLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const { evidence, confidence } = preview.explanation;
  if (confidence === 'Thin evidence') {
    return h(
      'p',
      { class: 'evidence thin' },
      h('strong', {}, 'Thin evidence: '),
      `rests on only ${evidence.text}; fill in more factors before relying on it.`,
    );
  }
  return h('p', { class: 'evidence' }, `Based on ${evidence.text}.`);
}

/** The pick, or for an exact tie every tied model: a tie is never shown as a pick. */
function recommendationLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const { tie, scores } = preview.explanation;
  const winner = preview.modelNames[preview.winner] ?? '';
  if (tie) {
    const top = scores[preview.winner];
    const tied = preview.modelNames.filter((_, m) => scores[m] === top).join(' and ');
    return h('p', { class: 'recommendation tie' }, 'Tie: ', h('strong', {}, tied), '; consider both.');
  }
  return h('p', { class: 'recommendation' }, 'Recommended: ', h('strong', {}, winner));
}

/** "Could also be": the other models the reference set says cannot be ruled out for this row. */
function alsoLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement[] {
  const { alsoBe } = preview.explanation;
  if (alsoBe.length === 0) return [];
  return [h('p', { class: 'also-be' }, h('strong', {}, 'Could also be: '), `${alsoBe.join(', ')}.`)];
}

function previewBody(preview: Preview): HTMLElement[] {
  switch (preview.kind) {
    case 'no-row':
      return [h('p', { class: 'secondary' }, 'Select a product row in your table, then press Refresh.')];
    case 'no-weights':
      return [h('p', { class: 'error' }, 'Fix the weights table below to see a preview.')];
    case 'blank':
      return [h('p', { class: 'secondary' }, 'The selected row is empty.')];
    case 'empty':
      return [h('p', { class: 'secondary' }, preview.message)];
    case 'invalid':
      return [h('ul', { class: 'error' }, ...preview.messages.map((m) => h('li', {}, m)))];
    case 'scored':
      return [
        recommendationLine(preview),
        evidenceLine(preview),
        marginLine(preview),
        ...alsoLine(preview),
        bars(preview),
        ...[driverList('For it', preview.pro, 'pro'), driverList('Against it', preview.con, 'con')].filter(
          (el): el is HTMLElement => el !== null,
        ),
      ];
  }
}

export function previewPanel(store: Store, api: ClientApi): HTMLElement {
  const product = h('p', { class: 'product' });
  const caption = h('p', { class: 'secondary caption' });
  const unsavedNote = h('p', { class: 'note', hidden: true }, 'Preview with your unsaved weights.');
  const body = h('div', { class: 'preview-body' });
  const columns = h('div', { class: 'preview-columns' });
  const status = createStatus();
  const followId = uid('follow');
  const follow = h('input', { type: 'checkbox', id: followId, checked: true });
  let inFlight = false;

  const render = () => {
    const { activeRow } = store.state;
    product.textContent = activeRow ? activeRow.product || '(no product name)' : 'No row selected';
    caption.textContent = activeRow ? rowCaption(activeRow) : '';
    unsavedNote.hidden = !store.dirty;
    // Unsaved weights over a sheet that changed since: the preview is the user's draft, not what cells show.
    unsavedNote.textContent = store.sheetChanged
      ? 'Preview with your unsaved weights; the weights sheet changed since you opened it (see Weights).'
      : 'Preview with your unsaved weights.';
    fill(body, ...previewBody(computePreview(store.draftTable.scorer, activeRow)));
    fill(columns, columnsView(store));
  };

  let polls = 0;
  const readRow = async (announce: boolean) => {
    if (inFlight) return;
    inFlight = true;
    if (announce) status.show('info', 'Reading the selected row...');
    try {
      // Refresh reads the header again and checks the weights; a poll sends what it shows, so an unmoved
      // table costs one read of the row.
      const checkWeights = announce || polls++ % WEIGHTS_EVERY === WEIGHTS_EVERY - 1;
      const shown = announce ? null : store.state.activeRow;
      const probe = { shown, checkWeights, ...(store.locale === undefined ? {} : { locale: store.locale }) };
      const { row, weightsVersion, weightsSheetName } = await api.getSelection(probe);
      if (JSON.stringify(row) !== JSON.stringify(store.state.activeRow)) store.setActiveRow(row);
      store.noticeWeightsVersion(weightsVersion, weightsSheetName ?? null);
      if (announce) status.clear();
    } catch (error) {
      follow.checked = false;
      status.show('error', `${messageOf(error)} Following the selection is paused.`);
    } finally {
      inFlight = false;
    }
  };

  setInterval(() => {
    if (follow.checked && document.visibilityState === 'visible') void readRow(false);
  }, POLL_MS);
  store.subscribe((change) => {
    if (change !== 'summary') render();
  });
  render();

  return panel(
    'Selected row',
    product,
    caption,
    h(
      'div',
      { class: 'inline-controls' },
      button('Refresh', () => void readRow(true), { class: 'small' }),
      h('span', { class: 'check' }, follow, h('label', { for: followId }, 'Follow the selection')),
    ),
    unsavedNote,
    body,
    columns,
    status.el,
  );
}
