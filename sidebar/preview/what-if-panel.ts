// "What would change it" for the selected row: the single fact (or, failing that, the pair of facts) that
// would change its recommendation, and a tornado chart of the weight ranges that keep it. Computed in the
// browser against the weights being edited, so it follows every slider like the preview does.
import type { FlipView, RowWhatIf, WeightRangeView } from '../../src/engine';
import { ROBUST_FACTOR, roundedWeight } from '../../src/engine';
import { fill, h, panel } from '../dom';
import type { Store } from '../store';
import { currentLanguage, decimal, num, t } from '../words';
import { tornadoChart } from './tornado-chart';
import { computeWhatIf } from './what-if';

function changeItem(flip: FlipView): HTMLElement {
  const changes = flip.changes.map((c) =>
    t('whatIf.change', {
      factor: c.factor,
      to: c.to,
      now: c.from === '' ? t('whatIf.blankNow') : t('whatIf.now', { value: c.from }),
    }),
  );
  const ahead =
    flip.margin === 0 ? t('whatIf.tied') : t('whatIf.pointsAhead', { points: num(flip.margin, 1) });
  return h('li', {}, changes.join(t('whatIf.and')), ' → ', h('strong', {}, flip.model), ` (${ahead})`);
}

function factsPart(whatIf: RowWhatIf): HTMLElement[] {
  if (whatIf.flip) {
    return [h('h3', {}, t('whatIf.oneFact')), h('ul', { class: 'flips' }, changeItem(whatIf.flip))];
  }
  if (whatIf.pair) {
    return [h('h3', {}, t('whatIf.twoFacts')), h('ul', { class: 'flips' }, changeItem(whatIf.pair))];
  }
  return [h('p', { class: 'flips-none' }, t('whatIf.noFacts'))];
}

function blankFactors(ranges: readonly WeightRangeView[]): HTMLElement | null {
  const blank = ranges.filter((r) => !r.known).map((r) => r.factor);
  if (blank.length === 0) return null;
  return h('p', { class: 'secondary' }, t('whatIf.blankFactors', { factors: blank.join(', ') }));
}

/** In words, what the coloured ends of the fragile bars mean: "Product type above 2.33: Open resale". */
function flipEnds(ranges: readonly WeightRangeView[]): HTMLElement | null {
  const items: string[] = [];
  for (const r of ranges) {
    if (r.robust) continue;
    // Rounded away from the range, so "above 2.34" is true of every weight above the figure.
    if (r.low > 0 && r.lowModel)
      items.push(
        t('whatIf.below', {
          factor: r.factor,
          weight: decimal(roundedWeight(r.low, 'down')),
          model: r.lowModel,
        }),
      );
    if (r.high !== null && r.highModel && r.high <= ROBUST_FACTOR * r.weight)
      items.push(
        t('whatIf.above', {
          factor: r.factor,
          weight: decimal(roundedWeight(r.high, 'up')),
          model: r.highModel,
        }),
      );
  }
  if (items.length === 0) return null;
  return h('ul', { class: 'range-flips' }, ...items.map((text) => h('li', {}, text)));
}

function fragileText(count: number): string {
  return count === 1
    ? t('whatIf.fragileOne', { factor: num(ROBUST_FACTOR) })
    : t('whatIf.fragileMany', { count: num(count), factor: num(ROBUST_FACTOR) });
}

function weightsPart(whatIf: RowWhatIf): Node[] {
  const factor = num(ROBUST_FACTOR);
  const verdict = !whatIf.robust
    ? h('p', { class: 'fragile' }, fragileText(whatIf.ranges.filter((r) => !r.robust).length))
    : whatIf.thinEvidence
      ? // Not shown as robust: on thin evidence the blank factors, not the weights, decide.
        h('p', { class: 'fragile' }, t('whatIf.robustThin', { factor }))
      : h('p', { class: 'robust' }, t('whatIf.robust', { factor }));
  const known = whatIf.ranges.some((r) => r.known);
  return [
    h('h3', {}, t('whatIf.ranges')),
    verdict,
    known ? tornadoChart(whatIf.ranges) : null,
    flipEnds(whatIf.ranges),
    blankFactors(whatIf.ranges),
  ].filter((el): el is HTMLElement | SVGSVGElement => el !== null);
}

export function whatIfPanel(store: Store): HTMLElement {
  const body = h('div', { class: 'what-if-body' });
  const render = () => {
    const { activeRow } = store.state;
    const whatIf = computeWhatIf(store.draftTable.scorer, activeRow);
    if (!whatIf) {
      fill(body, h('p', { class: 'secondary' }, t('whatIf.selectRow')));
      return;
    }
    fill(
      body,
      // The engine's one-sentence summary (the "whatif" formula output) is English only: in another
      // language screen readers read the translated lines below instead.
      currentLanguage() === 'en' ? h('p', { class: 'sentence sr-only' }, whatIf.sentence) : null,
      ...factsPart(whatIf),
      ...weightsPart(whatIf),
    );
  };
  store.subscribe((change) => {
    if (change !== 'summary') render();
  });
  render();
  return panel(t('whatIf.title'), body);
}
