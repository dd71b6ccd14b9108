// "Score products": which rows, formulas or frozen values, and a Run button. Asks before writing over the
// user's cells (overwrite-confirm.ts), shows progress while the server works in chunks and can stop between
// chunks (scoring-progress.ts); the conversation with the server is bulk-run.ts.
import type { ScoreMode, ScoreRequest, ScoreScope } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel, uid } from '../dom';
import { formatCount } from '../format-count';
import { createStatus, messageOf, type Status } from '../status';
import type { Store } from '../store';
import { t } from '../words';
import { runScoring, type ScoringOutcome, startRequest } from './bulk-run';
import { doneMessage, lastRunText } from './bulk-texts';
import { overwriteConfirm } from './overwrite-confirm';
import { radioGroup } from './radio-group';
import { scoringProgress } from './scoring-progress';

/** Offers to create a product sheet when the active sheet has no product table. */
function setupOffer(api: ClientApi, status: Status, result: HTMLElement, message: string): void {
  const setup = button(t('bulk.setup'), async () => {
    setup.disabled = true;
    status.show('info', t('bulk.creating'));
    try {
      const { sheetName } = await api.setupProductSheet();
      fill(result);
      status.show('success', t('bulk.created', { sheet: sheetName }));
    } catch (error) {
      setup.disabled = false;
      status.show('error', messageOf(error));
    }
  });
  status.show('error', message);
  fill(result, setup);
}

export function bulkPanel(store: Store, api: ClientApi): HTMLElement {
  const scope = radioGroup<ScoreScope>(
    t('bulk.rows'),
    uid('scope'),
    [
      ['table', t('bulk.wholeTable')],
      ['selection', t('bulk.selectedRows')],
    ],
    'table',
  );
  const mode = radioGroup<ScoreMode>(
    t('bulk.write'),
    uid('mode'),
    [
      ['formulas', t('bulk.formulas')],
      ['values', t('bulk.values')],
    ],
    'formulas',
  );
  const status = createStatus();
  const result = h('div', { class: 'result' });
  const confirm = overwriteConfirm(status);
  const progress = scoringProgress(status);
  const runButton = button(t('bulk.run'), () => void run(startRequest(scope.value(), mode.value())), {
    class: 'action',
  });
  let running = false;

  function show(outcome: ScoringOutcome, request: ScoreRequest): void {
    switch (outcome.kind) {
      case 'done': {
        const { rows, range, replacedLive } = outcome;
        status.show('success', doneMessage(rows, range, request.mode, replacedLive));
        store.setSummary(outcome.summary);
        break;
      }
      case 'declined':
        status.show('info', t('bulk.nothingWritten'));
        break;
      case 'stopped': {
        const resume = button(t('bulk.resume'), () => void run(outcome.request));
        status.show(
          'info',
          t('bulk.stopped', { done: formatCount(outcome.done), total: formatCount(outcome.total) }),
        );
        fill(result, resume);
        break;
      }
      case 'no-table':
        setupOffer(api, status, result, outcome.message);
        break;
    }
  }

  async function run(request: ScoreRequest): Promise<void> {
    if (running) return;
    running = true;
    progress.start();
    runButton.disabled = true;
    fill(result);
    status.show('info', t('bulk.scoring'));
    try {
      const outcome = await runScoring(api, request, {
        confirmOverwrite: confirm.ask,
        progress: progress.show,
        stopRequested: progress.stopRequested,
      });
      show(outcome, request);
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      running = false;
      runButton.disabled = false;
      progress.hide();
    }
  }

  // Opened or reloaded after a run: how it ended, and a stopped one can be resumed.
  const last = store.lastRun;
  if (last) status.show('info', lastRunText(last));
  if (last?.status === 'unfinished') {
    const resume = { scope: last.scope, mode: 'values', overwrite: false, jobId: last.jobId } as const;
    fill(
      result,
      button('Resume', () => void run(resume)),
    );
  }

  store.subscribe((change) => {
    const request = change === 'run-requested' ? store.takeRunRequest() : null;
    if (request) void run(request);
  });

  return panel(
    t('bulk.title'),
    scope.el,
    mode.el,
    h('div', { class: 'actions' }, runButton),
    confirm.el,
    progress.el,
    status.el,
    result,
  );
}
