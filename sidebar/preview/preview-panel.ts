// The selected row, scored in the browser against the weights being edited: four bars, the
// recommendation, the margin and the factors behind it. It re-reads the selection on Refresh and, while
// "Follow the selection" is on, every few seconds.
import { CONFIDENCE_RIGHT_PERCENT, evidencePercent } from '../../src/engine';
import type { ActiveRow } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { columnsView } from '../columns';
import { button, fill, h, panel, uid } from '../dom';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { num, t } from '../words';
import { computePreview, type Driver, type Preview } from './preview';

const POLL_MS = 5000;
/**
 * The weights sheet's version is checked every this many polls (and on Refresh), not on each: the position
 * and the row are what change from poll to poll, and each check is three more spreadsheet calls.
 */
const WEIGHTS_EVERY = 2;

/** Points as the cells show them: one decimal, signed, in the spreadsheet's locale. */
function signedPoints(points: number): string {
  return points > 0 ? `+${num(points, 1)}` : num(points, 1);
}

function rowCaption(row: ActiveRow): string {
  return t('preview.rowCaption', { sheet: row.sheetName, row: num(row.row) });
}

function bars(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const list = h('ul', { class: 'bars', 'aria-label': t('preview.scoresLabel') });
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
        h('span', { class: 'bar-value' }, num(score, 1)),
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
  const { margin, closeCall, runnerUpName, confidence, alsoBe } = preview.explanation;
  const ahead = t('preview.ahead', { points: num(margin, 1), model: runnerUpName });
  if (closeCall) {
    return h(
      'p',
      { class: 'margin close-call' },
      h('strong', {}, t('preview.closeCall')),
      // "Both" only when Could also be names the runner-up alone, as the cell's sentence says.
      t(alsoBe.length > 1 ? 'preview.considerAll' : 'preview.considerBoth', { ahead }),
    );
  }
  // A clear lead says how often such leads were right on reference products (the engine's figure).
  const level = confidence === 'Firm' ? 'Firm' : 'Likely';
  const word = level === 'Firm' ? 'preview.firm' : 'preview.likely';
  const percent = String(CONFIDENCE_RIGHT_PERCENT[level]);
  return h(
    'p',
    { class: 'margin' },
    t('preview.aheadEnd', { ahead }),
    ' ',
    h('span', { class: 'confidence' }, t(word, { percent })),
  );
}

/** How many factors the answer rests on; thin evidence is flagged like a close call. */
function evidenceLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const { evidence: shares, confidence } = preview.explanation;
  const evidence = t('preview.evidence', {
    known: num(shares.known),
    total: num(shares.total),
    percent: num(evidencePercent(shares)),
  });
  if (confidence === 'Thin evidence') {
    return h(
      'p',
      { class: 'evidence thin' },
      h('strong', {}, t('preview.thin')),
      t('preview.thinText', { evidence }),
    );
  }
  return h('p', { class: 'evidence' }, t('preview.basedOn', { evidence }));
}

/** The pick, or for an exact tie every tied model: a tie is never shown as a pick. */
function recommendationLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement {
  const { tie, scores } = preview.explanation;
  const winner = preview.modelNames[preview.winner] ?? '';
  if (tie) {
    const top = scores[preview.winner];
    const tied = preview.modelNames.filter((_, m) => scores[m] === top).join(t('preview.tieAnd'));
    return h(
      'p',
      { class: 'recommendation tie' },
      t('preview.tie'),
      h('strong', {}, tied),
      t('preview.tieEnd'),
    );
  }
  return h('p', { class: 'recommendation' }, t('preview.recommended'), h('strong', {}, winner));
}

/** "Could also be": the other models the reference set says cannot be ruled out for this row. */
function alsoLine(preview: Extract<Preview, { kind: 'scored' }>): HTMLElement[] {
  const { alsoBe } = preview.explanation;
  if (alsoBe.length === 0) return [];
  return [
    h(
      'p',
      { class: 'also-be' },
      h('strong', {}, t('preview.alsoBe')),
      t('preview.alsoBeList', { models: alsoBe.join(', ') }),
    ),
  ];
}

function previewBody(preview: Preview): HTMLElement[] {
  switch (preview.kind) {
    case 'no-row':
      return [h('p', { class: 'secondary' }, t('preview.selectRow'))];
    case 'no-weights':
      return [h('p', { class: 'error' }, t('preview.fixWeights'))];
    case 'blank':
      return [h('p', { class: 'secondary' }, t('preview.emptyRow'))];
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
        ...[
          driverList(t('preview.forIt'), preview.pro, 'pro'),
          driverList(t('preview.againstIt'), preview.con, 'con'),
        ].filter((el): el is HTMLElement => el !== null),
      ];
  }
}

export function previewPanel(store: Store, api: ClientApi): HTMLElement {
  const product = h('p', { class: 'product' });
  const caption = h('p', { class: 'secondary caption' });
  const unsavedNote = h('p', { class: 'note', hidden: true }, t('preview.unsaved'));
  const body = h('div', { class: 'preview-body' });
  const columns = h('div', { class: 'preview-columns' });
  const status = createStatus();
  const followId = uid('follow');
  const follow = h('input', { type: 'checkbox', id: followId, checked: true });
  let inFlight = false;

  const render = () => {
    const { activeRow } = store.state;
    product.textContent = activeRow ? activeRow.product || t('preview.noName') : t('preview.noRow');
    caption.textContent = activeRow ? rowCaption(activeRow) : '';
    unsavedNote.hidden = !store.dirty;
    // Unsaved weights over a sheet that changed since: the preview is the user's draft, not what cells show.
    unsavedNote.textContent = store.sheetChanged ? t('preview.unsavedSheetChanged') : t('preview.unsaved');
    fill(body, ...previewBody(computePreview(store.draftTable.scorer, activeRow)));
    fill(columns, columnsView(store));
  };

  let polls = 0;
  const readRow = async (announce: boolean) => {
    if (inFlight) return;
    inFlight = true;
    if (announce) status.show('info', t('preview.reading'));
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
      status.show('error', t('preview.paused', { message: messageOf(error) }));
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
    t('preview.title'),
    product,
    caption,
    h(
      'div',
      { class: 'inline-controls' },
      button(t('preview.refresh'), () => void readRow(true), { class: 'small' }),
      h('span', { class: 'check' }, follow, h('label', { for: followId }, t('preview.follow'))),
    ),
    unsavedNote,
    body,
    columns,
    status.el,
  );
}
