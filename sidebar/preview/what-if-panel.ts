// "What would change it" for the selected row: the single fact (or, failing that, the pair of facts) that
// would change its recommendation, and a tornado chart of the weight ranges that keep it. Computed in the
// browser against the weights being edited, so it follows every slider like the preview does.
import type { FlipView, RowWhatIf, WeightRangeView } from '../../src/engine';
import { ROBUST_FACTOR, roundedWeight } from '../../src/engine';
import { fill, h, panel } from '../dom';
import type { Store } from '../store';
import { tornadoChart } from './tornado-chart';
import { computeWhatIf } from './what-if';

function changeItem(flip: FlipView): HTMLElement {
  const changes = flip.changes.map(
    (c) => `${c.factor}: ${c.to} (${c.from === '' ? 'blank now' : `now ${c.from}`})`,
  );
  const ahead = flip.margin === 0 ? 'tied, shown first' : `${flip.margin.toFixed(1)} points ahead`;
  return h('li', {}, changes.join(' and '), ' → ', h('strong', {}, flip.model), ` (${ahead})`);
}

function factsPart(whatIf: RowWhatIf): HTMLElement[] {
  if (whatIf.flip) {
    return [h('h3', {}, 'One fact would change it'), h('ul', { class: 'flips' }, changeItem(whatIf.flip))];
  }
  if (whatIf.pair) {
    return [
      h('h3', {}, 'No single fact changes it; two together would'),
      h('ul', { class: 'flips' }, changeItem(whatIf.pair)),
    ];
  }
  return [h('p', { class: 'flips-none' }, 'No change of one or two facts changes it.')];
}

function blankFactors(ranges: readonly WeightRangeView[]): HTMLElement | null {
  const blank = ranges.filter((r) => !r.known).map((r) => r.factor);
  if (blank.length === 0) return null;
  return h(
    'p',
    { class: 'secondary' },
    `Blank here, so their weights cannot change it: ${blank.join(', ')}.`,
  );
}

/** In words, what the coloured ends of the fragile bars mean: "Product type above 2.33: Open resale". */
function flipEnds(ranges: readonly WeightRangeView[]): HTMLElement | null {
  const items: string[] = [];
  for (const r of ranges) {
    if (r.robust) continue;
    // Rounded away from the range, so "above 2.34" is true of every weight above the figure.
    if (r.low > 0 && r.lowModel)
      items.push(`${r.factor} below ${roundedWeight(r.low, 'down')}: ${r.lowModel}`);
    if (r.high !== null && r.highModel && r.high <= ROBUST_FACTOR * r.weight)
      items.push(`${r.factor} above ${roundedWeight(r.high, 'up')}: ${r.highModel}`);
  }
  if (items.length === 0) return null;
  return h('ul', { class: 'range-flips' }, ...items.map((text) => h('li', {}, text)));
}

function fragileText(count: number): string {
  const which = count === 1 ? '1 weight changes it' : `${count} weights each change it`;
  return `Fragile: ${which} somewhere within 0 to ${ROBUST_FACTOR} times ${count === 1 ? 'its' : 'their'} value.`;
}

function weightsPart(whatIf: RowWhatIf): Node[] {
  const robust = `No single weight from 0 to ${ROBUST_FACTOR} times its value changes it`;
  const verdict = !whatIf.robust
    ? h('p', { class: 'fragile' }, fragileText(whatIf.ranges.filter((r) => !r.robust).length))
    : whatIf.thinEvidence
      ? // Not shown as robust: on thin evidence the blank factors, not the weights, decide.
        h(
          'p',
          { class: 'fragile' },
          `${robust}, but the answer rests on thin evidence: filling in the blank factors can.`,
        )
      : h('p', { class: 'robust' }, `Robust: ${robust.toLowerCase()}.`);
  const known = whatIf.ranges.some((r) => r.known);
  return [
    h('h3', {}, 'Weight ranges that keep it'),
    verdict,
    known ? tornadoChart(whatIf.ranges) : null,
    flipEnds(whatIf.ranges),
    blankFactors(whatIf.ranges),
  ].filter((el): el is HTMLElement | SVGSVGElement => el !== null);
}

export function whatIfPanel(store: Store): HTMLElement {
  const body = h('div', { class: 'what-if-body' });
  const render = () => {
    const { draft, activeRow } = store.state;
    const whatIf = computeWhatIf(store.draftTable.scorer, activeRow);
    if (!whatIf) {
      fill(body, h('p', { class: 'secondary' }, 'Select a scored product row to see what would change it.'));
      return;
    }
    fill(
      body,
      h('p', { class: 'sentence sr-only' }, whatIf.sentence),
      ...factsPart(whatIf),
      ...weightsPart(whatIf),
    );
  };
  store.subscribe((change) => {
    if (change !== 'summary') render();
  });
  render();
  return panel('What would change it', body);
}
