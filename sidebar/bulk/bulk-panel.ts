// "Score products": which rows, formulas or frozen values, and a Run button. Asks before writing over
// the user's cells, shows progress while the server works in chunks, and can stop between chunks.
import type { LiveOutput, ScoreMode, ScoreRequest, ScoreScope } from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { button, fill, h, panel, uid } from '../dom';
import { formatCount } from '../format-count';
import { createStatus, messageOf } from '../status';
import type { Store } from '../store';
import { runScoring, type ScoringOutcome, startRequest } from './bulk-run';

/** How many occupied cells the confirmation lists before summing up the rest. */
const LISTED_CELLS = 8;

function radioGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly (readonly [value: T, label: string])[],
  initial: T,
): { el: HTMLFieldSetElement; value: () => T } {
  const inputs = options.map(([value, label]) => {
    const id = uid(name);
    const input = h('input', { type: 'radio', name, id, value, checked: value === initial });
    return { value, el: h('div', { class: 'check' }, input, h('label', { for: id }, label)), input };
  });
  const el = h('fieldset', {}, h('legend', {}, legend), ...inputs.map((i) => i.el));
  return { el, value: () => inputs.find((i) => i.input.checked)?.value ?? initial };
}

/** "the live formula at O1 (covering O1:Y25)", or several of them joined. */
export function liveFormulasText(live: readonly LiveOutput[]): string {
  const each = live.map((f) => `${f.cell} (covering ${f.covers})`);
  return `the live formula${live.length === 1 ? '' : 's'} at ${each.join(', ')}`;
}

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

export function bulkPanel(store: Store, api: ClientApi): HTMLElement {
  const scope = radioGroup<ScoreScope>(
    'Rows',
    uid('scope'),
    [
      ['table', 'Whole product table'],
      ['selection', 'Selected rows'],
    ],
    'table',
  );
  const mode = radioGroup<ScoreMode>(
    'Write',
    uid('mode'),
    [
      ['formulas', 'Live formulas (follow the weights)'],
      ['values', 'Frozen values (for people without the add-on)'],
    ],
    'formulas',
  );
  const status = createStatus();
  const result = h('div', { class: 'result' });
  const confirmBox = h('div', { class: 'confirm', hidden: true, role: 'group' });
  const progressBar = h('progress', { max: 1, value: 0, 'aria-label': 'Scoring progress' });
  const progressText = h('span', { class: 'secondary' });
  let stopRequested = false;
  const stopButton = button('Stop', () => {
    stopRequested = true;
    stopButton.disabled = true;
    stopButton.textContent = 'Stopping...';
  });
  const progressBox = h('div', { class: 'progress', hidden: true }, progressBar, progressText, stopButton);
  const runButton = button('Score products', () => void run(startRequest(scope.value(), mode.value())), {
    class: 'action',
  });
  let running = false;

  function confirmOverwrite(
    range: string,
    cells: readonly string[],
    count: number,
    live: readonly LiveOutput[],
  ): Promise<boolean> {
    return new Promise((resolve) => {
      const headingId = uid('confirm-title');
      const answer = (yes: boolean) => {
        confirmBox.hidden = true;
        fill(confirmBox);
        if (yes) status.show('info', 'Scoring...');
        resolve(yes);
      };
      const overwrite = button('Overwrite', () => answer(true), { class: 'action' });
      const cancel = button('Cancel', () => answer(false));
      const shown = cells.slice(0, LISTED_CELLS);
      const more = count - shown.length;
      confirmBox.setAttribute('aria-labelledby', headingId);
      fill(
        confirmBox,
        h('p', { id: headingId }, overwriteQuestion(range, count, live)),
        h(
          'ul',
          { class: 'cells' },
          ...shown.map((c) => h('li', {}, c)),
          more > 0 ? h('li', {}, `and ${more} more`) : null,
        ),
        h('div', { class: 'actions' }, overwrite, cancel),
      );
      confirmBox.hidden = false;
      status.clear();
      // Cancel first: the safe answer is the one a stray Enter gives.
      cancel.focus();
    });
  }

  function progress(done: number, total: number): void {
    progressBox.hidden = false;
    progressBar.max = Math.max(total, 1);
    progressBar.value = done;
    progressText.textContent = `${formatCount(done)} of ${formatCount(total)} rows`;
    status.show('info', `Scoring: ${formatCount(done)} of ${formatCount(total)} rows written.`);
  }

  function setupOffer(message: string): void {
    const setup = button('Set up a product sheet', async () => {
      setup.disabled = true;
      status.show('info', 'Creating a product sheet...');
      try {
        const { sheetName } = await api.setupProductSheet();
        fill(result);
        status.show(
          'success',
          `Created the sheet "${sheetName}" with example rows. Add your products, then score.`,
        );
      } catch (error) {
        setup.disabled = false;
        status.show('error', messageOf(error));
      }
    });
    status.show('error', message);
    fill(result, setup);
  }

  function show(outcome: ScoringOutcome, request: ScoreRequest): void {
    switch (outcome.kind) {
      case 'done': {
        const { rows, range, replacedLive } = outcome;
        status.show('success', doneMessage(rows, range, request.mode, replacedLive));
        store.setSummary(outcome.summary);
        break;
      }
      case 'declined':
        status.show('info', 'Nothing was written.');
        break;
      case 'stopped': {
        const resume = button('Resume', () => void run(outcome.request));
        status.show(
          'info',
          `Stopped after ${formatCount(outcome.done)} of ${formatCount(outcome.total)} rows; the rows written are complete.`,
        );
        fill(result, resume);
        break;
      }
      case 'no-table':
        setupOffer(outcome.message);
        break;
    }
  }

  async function run(request: ScoreRequest): Promise<void> {
    if (running) return;
    running = true;
    stopRequested = false;
    stopButton.disabled = false;
    stopButton.textContent = 'Stop';
    runButton.disabled = true;
    fill(result);
    status.show('info', 'Scoring...');
    try {
      const outcome = await runScoring(api, request, {
        confirmOverwrite,
        progress,
        stopRequested: () => stopRequested,
      });
      show(outcome, request);
    } catch (error) {
      status.show('error', messageOf(error));
    } finally {
      running = false;
      runButton.disabled = false;
      progressBox.hidden = true;
    }
  }

  return panel(
    'Score products',
    scope.el,
    mode.el,
    h('div', { class: 'actions' }, runButton),
    confirmBox,
    progressBox,
    status.el,
    result,
  );
}
