// The portfolio as horizontal bars in SVG: one bar per model, then rows that could not be scored. Labels
// are SVG text nodes set through textContent, like every other text in the sidebar.
import { MODEL_DISPLAY_NAMES } from '../../src/engine';
import type { PortfolioSummary } from '../../src/shared/sidebar-contract';
import { svg } from '../dom';
import { formatCount } from '../format-count';
import { t } from '../words';

const WIDTH = 268;
const ROW = 34;
const BAR = 12;
/** One colour per model, in model order: the portfolio chart and the tornado chart use the same ones. */
export const MODEL_COLORS: readonly string[] = ['#1a73e8', '#e8710a', '#1e8e3e', '#9334e6'];
const OTHER_COLOR = '#80868b';
/** Width of one character of a count label (12px Arial digits are about 6.7px wide). */
const COUNT_CHAR_PX = 7;

export interface ChartRow {
  readonly label: string;
  readonly count: number;
  readonly color: string;
}

/** The bars in order: the four models, any other key the server sent, and the rows with problems. */
function chartRows(summary: PortfolioSummary): ChartRow[] {
  const rows: ChartRow[] = MODEL_DISPLAY_NAMES.map((name, m) => ({
    label: name,
    count: summary.counts[name] ?? 0,
    color: MODEL_COLORS[m] ?? OTHER_COLOR,
  }));
  for (const [label, count] of Object.entries(summary.counts)) {
    if (!MODEL_DISPLAY_NAMES.includes(label)) rows.push({ label, count, color: OTHER_COLOR });
  }
  if (summary.invalid > 0)
    rows.push({ label: t('chart.problems'), count: summary.invalid, color: OTHER_COLOR });
  return rows;
}

export function summaryChart(summary: PortfolioSummary): SVGSVGElement {
  const rows = chartRows(summary);
  const max = Math.max(1, ...rows.map((r) => r.count));
  // The longest bar leaves room for its count after it, however many digits the largest count has.
  const countRoom = 8 + COUNT_CHAR_PX * Math.max(...rows.map((r) => formatCount(r.count).length));
  const description = rows.map((r) => `${r.label}: ${formatCount(r.count)}`).join(', ');
  const chart = svg('svg', {
    class: 'chart',
    width: WIDTH,
    height: rows.length * ROW,
    viewBox: `0 0 ${WIDTH} ${rows.length * ROW}`,
    role: 'img',
    'aria-label': t('chart.label', { counts: description }),
  });
  rows.forEach((row, i) => {
    const y = i * ROW;
    const barWidth = Math.round(((WIDTH - countRoom) * row.count) / max);
    chart.append(
      svg('text', { x: 0, y: y + 12, class: 'chart-label' }, row.label),
      svg('rect', {
        x: 0,
        y: y + 16,
        width: Math.max(barWidth, row.count > 0 ? 2 : 0),
        height: BAR,
        rx: 2,
        fill: row.color,
      }),
      svg('text', { x: barWidth + 6, y: y + 26, class: 'chart-count' }, formatCount(row.count)),
    );
  });
  return chart;
}
