// The progress of a bulk run: a bar, "n of m rows", and Stop, which the run checks between chunks.
import { button, h } from '../dom';
import { formatCount } from '../format-count';
import type { Status } from '../status';

export interface ScoringProgress {
  readonly el: HTMLElement;
  /** Shows the box with Stop ready, for a new run. */
  start(): void;
  show(done: number, total: number): void;
  stopRequested(): boolean;
  hide(): void;
}

export function scoringProgress(status: Status): ScoringProgress {
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Scoring progress' });
  const text = h('span', { class: 'secondary' });
  let stopRequested = false;
  const stop = button('Stop', () => {
    stopRequested = true;
    stop.disabled = true;
    stop.textContent = 'Stopping...';
  });
  const el = h('div', { class: 'progress', hidden: true }, bar, text, stop);
  return {
    el,
    start() {
      stopRequested = false;
      stop.disabled = false;
      stop.textContent = 'Stop';
    },
    show(done, total) {
      el.hidden = false;
      bar.max = Math.max(total, 1);
      bar.value = done;
      text.textContent = `${formatCount(done)} of ${formatCount(total)} rows`;
      status.show('info', `Scoring: ${formatCount(done)} of ${formatCount(total)} rows written.`);
    },
    stopRequested: () => stopRequested,
    hide() {
      el.hidden = true;
    },
  };
}
