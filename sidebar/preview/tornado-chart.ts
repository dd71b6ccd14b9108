// The weight ranges of the selected row as a tornado chart in SVG: one bar per known factor, most fragile
// first. Each bar spans that factor's weights from 0 to 3 times its current value (so the current weight,
// the tick, lines up for every factor); the part that keeps the recommendation is grey, the parts that
// change it take the colour of the model the row would then get.
import { MODEL_DISPLAY_NAMES, ROBUST_FACTOR, roundedWeight, type WeightRangeView } from '../../src/engine';
import { MODEL_COLORS } from '../bulk';
import { svg } from '../dom';
import { decimal, num, t } from '../words';

const WIDTH = 268;
const ROW = 30;
const BAR = 10;
const KEEP_COLOR = '#dadce0';

/** How far a range reaches before it flips, as a multiple of the weight: smaller is more fragile. */
function reach(range: WeightRangeView): number {
  const up = range.high === null ? Number.POSITIVE_INFINITY : range.high / range.weight;
  const down = range.low > 0 ? range.weight / range.low : Number.POSITIVE_INFINITY;
  return Math.min(up, down);
}

const colorOf = (model: string | null) => MODEL_COLORS[MODEL_DISPLAY_NAMES.indexOf(model ?? '')] ?? '#80868b';

/** Weight to x on a bar whose right end is ROBUST_FACTOR x the current weight. */
function xOf(range: WeightRangeView, weight: number): number {
  return Math.max(0, Math.min(WIDTH, (weight / (ROBUST_FACTOR * range.weight)) * WIDTH));
}

/**
 * "0.34 to 1.66": the range rounded inward (its low end up, its high end down), so every weight shown as
 * inside it does keep the recommendation.
 */
function rangeText(range: WeightRangeView): string {
  const high = range.high === null ? t('tornado.noLimit') : decimal(roundedWeight(range.high, 'down'));
  return t('tornado.range', { low: decimal(roundedWeight(range.low, 'up')), high });
}

/** Known factors' ranges, most fragile first (ties keep table order). */
export function tornadoOrder(ranges: readonly WeightRangeView[]): WeightRangeView[] {
  return ranges.filter((r) => r.known).sort((a, b) => reach(a) - reach(b));
}

export function tornadoChart(ranges: readonly WeightRangeView[]): SVGSVGElement {
  const rows = tornadoOrder(ranges);
  const height = rows.length * ROW + 14;
  const description = rows.map((r) =>
    t('tornado.row', { factor: r.factor, weight: num(r.weight), range: rangeText(r) }),
  );
  const chart = svg('svg', {
    class: 'tornado',
    width: WIDTH,
    height,
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-label': t('tornado.label', { ranges: description.join('; ') }),
  });
  rows.forEach((range, i) => {
    const y = i * ROW;
    const keepFrom = xOf(range, range.low);
    const keepTo = range.high === null ? WIDTH : xOf(range, range.high);
    chart.append(
      svg('text', { x: 0, y: y + 11, class: 'tornado-label' }, range.factor),
      svg('text', { x: WIDTH, y: y + 11, class: 'tornado-range', 'text-anchor': 'end' }, rangeText(range)),
      svg('rect', { x: 0, y: y + 15, width: keepFrom, height: BAR, fill: colorOf(range.lowModel) }),
      svg('rect', { x: keepFrom, y: y + 15, width: keepTo - keepFrom, height: BAR, fill: KEEP_COLOR }),
      svg('rect', {
        x: keepTo,
        y: y + 15,
        width: WIDTH - keepTo,
        height: BAR,
        fill: colorOf(range.highModel),
      }),
      svg('line', {
        x1: WIDTH / ROBUST_FACTOR,
        x2: WIDTH / ROBUST_FACTOR,
        y1: y + 12,
        y2: y + 28,
        class: 'tornado-now',
      }),
    );
  });
  const axisY = rows.length * ROW + 11;
  chart.append(
    svg('text', { x: 0, y: axisY, class: 'tornado-axis' }, '0'),
    svg(
      'text',
      { x: WIDTH / ROBUST_FACTOR, y: axisY, class: 'tornado-axis', 'text-anchor': 'middle' },
      t('tornado.now'),
    ),
    svg(
      'text',
      { x: WIDTH, y: axisY, class: 'tornado-axis', 'text-anchor': 'end' },
      t('tornado.timesNow', { factor: ROBUST_FACTOR }),
    ),
  );
  return chart;
}
