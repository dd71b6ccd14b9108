// What a fit found, as the "Learn from my products" panel shows it: the agreement before and after on
// products the fit did not see, the verdict, and the affinity cells that would change.
import { MODEL_DISPLAY_NAMES } from '../../src/engine';
import type { AffinityDiff, AgreementCount, FitResult, WeightsGrid } from '../../src/shared/sidebar-contract';
import { h } from '../dom';
import { SHORT_MODEL_NAMES } from '../weights';
import { num, t } from '../words';
import { fitDetails } from './fit-details';

export type Fitted = Extract<FitResult, { status: 'fitted' }>;

/** Columns of the fitted grid: Factor, Level, Weight, the four models from here. */
const FIRST_MODEL_COLUMN = 3;

const percent = ({ agree, total }: AgreementCount) => (total === 0 ? 0 : Math.round((agree / total) * 100));

function agreementLine(label: string, count: AgreementCount): HTMLElement {
  return h(
    'li',
    {},
    `${label}: `,
    h('strong', {}, t('fit.agreeCount', { agree: num(count.agree), total: num(count.total) })),
    ` (${t('fit.percent', { percent: num(percent(count)) })})`,
  );
}

/** A numeric level is a lower bound: "from 2,000" says so where a bare "2000" would not. */
function levelText(level: string): string {
  return level !== '' && Number.isFinite(Number(level))
    ? t('weights.from', { number: num(Number(level)) })
    : level;
}

/** One changed level row: every model's value, the changed ones as "from → to". */
function diffRow(factor: string, level: string, cells: readonly AffinityDiff[], grid: WeightsGrid) {
  const gridRow = grid.find((row) => row[0] === factor && String(row[1]) === level) ?? [];
  const tds = MODEL_DISPLAY_NAMES.map((name, m) => {
    const change = cells.find((c) => c.model === name);
    if (!change) return h('td', {}, String(gridRow[FIRST_MODEL_COLUMN + m] ?? ''));
    return h(
      'td',
      {
        class: 'changed',
        'aria-label': t('fit.cellChange', { model: name, from: change.from, to: change.to }),
      },
      `${change.from} → ${change.to}`,
    );
  });
  return h('tr', {}, h('th', { scope: 'row' }, `${factor} ${levelText(level)}`), ...tds);
}

/** The changed level rows of the affinity grid. */
function diffTable(changes: readonly AffinityDiff[], grid: WeightsGrid): HTMLElement {
  const rows = new Map<string, AffinityDiff[]>();
  for (const c of changes)
    rows.set(`${c.factor}|${c.level}`, [...(rows.get(`${c.factor}|${c.level}`) ?? []), c]);
  const body = h('tbody');
  for (const [key, cells] of rows) {
    const [factor = '', level = ''] = key.split('|');
    body.append(diffRow(factor, level, cells, grid));
  }
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('weights.level')),
    ...MODEL_DISPLAY_NAMES.map((name, m) =>
      h('th', { scope: 'col' }, h('abbr', { title: name }, SHORT_MODEL_NAMES[m] ?? name)),
    ),
  );
  return h('table', { class: 'affinity fit-diff' }, h('thead', {}, head), body);
}

/** How the products were split, as the summary says it. */
function foldText(result: Fitted): string {
  const folds = num(result.folds);
  return result.leaveOneOut ? t('fit.leaveOneOut', { folds }) : t('fit.kFold', { folds });
}

function verdictText(result: Fitted): string {
  switch (result.verdict) {
    case 'adopted':
      return t('fit.adopted', { count: num(result.changes.length) });
    case 'not-better':
      return t('fit.notBetter');
    case 'no-change':
      return t('fit.noChange');
  }
}

/** The result's parts, in the order the panel shows them (its Apply and Discard buttons go under them). */
export function fitResultView(result: Fitted): HTMLElement[] {
  const parts: HTMLElement[] = [
    h('p', {}, t('fit.agreement', { folds: foldText(result) })),
    h(
      'ul',
      { class: 'fit-agreement' },
      agreementLine(t('fit.savedWeights'), result.before),
      agreementLine(t('fit.fittedWeights'), result.after),
    ),
    h('p', { class: result.verdict === 'adopted' ? '' : 'note' }, verdictText(result)),
  ];
  if (result.changes.length > 0) parts.push(diffTable(result.changes, result.grid));
  for (const part of fitDetails(result)) if (part) parts.push(part);
  parts.push(h('p', { class: 'secondary' }, result.summary));
  return parts;
}
