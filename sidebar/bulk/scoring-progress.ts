// The progress of a bulk run: a bar, "n of m rows", and Stop, which the run checks between chunks.
import { button, h } from '../dom';
import { formatCount } from '../format-count';
import type { Status } from '../status';
import { t } from '../words';

export interface ScoringProgress {
  readonly el: HTMLElement;
  /** Shows the box with Stop ready, for a new run. */
  start(): void;
  show(done: number, total: number): void;
  stopRequested(): boolean;
  hide(): void;
}

export function scoringProgress(status: Status): ScoringProgress {
  const bar = h('progress', { max: 1, value: 0, 'aria-label': t('bulk.progress') });
  const text = h('span', { class: 'secondary' });
  let stopRequested = false;
  const stop = button(t('bulk.stop'), () => {
    stopRequested = true;
    stop.disabled = true;
    stop.textContent = t('bulk.stopping');
  });
  const el = h('div', { class: 'progress', hidden: true }, bar, text, stop);
  return {
    el,
    start() {
      stopRequested = false;
      stop.disabled = false;
      stop.textContent = t('bulk.stop');
    },
    show(done, total) {
      el.hidden = false;
      bar.max = Math.max(total, 1);
      bar.value = done;
      const counts = { done: formatCount(done), total: formatCount(total) };
      text.textContent = t('bulk.progressText', counts);
      status.show('info', t('bulk.progressStatus', counts));
    },
    stopRequested: () => stopRequested,
    hide() {
      el.hidden = true;
    },
  };
}
