// The spreadsheet service calls (round trips inside Google's servers) each sidebar action makes, counted by
// the stand-ins (workbench/gas/calls.ts) through the built bundle: on a products table with the weights
// sheet set up (one Apply of Balanced), the cursor on a product row. Counts are deterministic, so a test
// may hold them to ceilings (tests/server/sidebar-calls.test.ts) while `npm run bench` prints them.
import { presetTable, weightsTableToGrid } from '../src/engine';
import type {
  ActiveRow,
  InitialState,
  PlainCell,
  Selection,
  WeightsState,
} from '../src/shared/sidebar-contract';
import { readCalibration } from '../tests/support/calibration';
import { createEnvironment, loadAddon, Workbook } from '../workbench/gas';

export const SIDEBAR_ACTIONS = [
  'getInitialState',
  'getWeights',
  'getActiveRow',
  'getSelection',
  'getSelection + weights',
  'saveWeights',
] as const;
export type SidebarAction = (typeof SIDEBAR_ACTIONS)[number];

export interface ActionCalls {
  readonly total: number;
  readonly byMethod: Record<string, number>;
}

/** `rows` products cycling through the 28 calibration products (numbers as numbers), under their header. */
function productSheet(rows: number): PlainCell[][] {
  const { header, products } = readCalibration();
  const cells = (i: number) =>
    (products[i % products.length]?.cells ?? []).map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c));
  return [[...header], ...Array.from({ length: rows }, (_, i) => cells(i))];
}

/** One weight changed, as a slider move and Apply do: the first factor's weight (on each of its rows) plus one. */
function withOneWeightChanged(grid: readonly (readonly PlainCell[])[]): PlainCell[][] {
  const copy = grid.map((row) => [...row]);
  const first = copy[1]?.[0];
  for (const row of copy.slice(1)) if (row[0] === first && typeof row[2] === 'number') row[2] += 1;
  return copy;
}

/** The service calls of each sidebar action, each counted alone, on a table of `rows` products. */
export function sidebarActionCalls(rows: number): Record<SidebarAction, ActionCalls> {
  const workbook = new Workbook({ sheets: { Products: productSheet(rows) } });
  const env = createEnvironment({ workbook, authMode: 'FULL' });
  const addon = loadAddon(env);
  addon.call('saveWeights', weightsTableToGrid(presetTable('Balanced')), 'none');
  // The cursor on a product row below the header scan (the 20th product), set after the sheet was made.
  env.setActiveRange(`Products!B${Math.min(rows, 20) + 1}`);
  const counted = (fn: () => unknown): ActionCalls => {
    env.calls.reset();
    fn();
    return { total: env.calls.total, byMethod: env.calls.byMethod() };
  };
  const out = {} as Record<SidebarAction, ActionCalls>;
  let state = addon.call('getInitialState') as InitialState;
  out.getInitialState = counted(() => {
    state = addon.call('getInitialState') as InitialState;
  });
  let weights = state.weights;
  out.getWeights = counted(() => {
    weights = addon.call('getWeights') as WeightsState;
  });
  // As the sidebar asks: the locale it has; no row shown yet (another sheet, or Refresh) for getActiveRow,
  // and the row it shows for the poll (the cursor still in that table), with the weights every second poll.
  const { locale } = state;
  let shown: ActiveRow | null = null;
  out.getActiveRow = counted(() => {
    shown = addon.call('getActiveRow', { shown: null, locale }) as ActiveRow | null;
  });
  if (!shown) throw new Error('getActiveRow found no product row');
  const poll = (checkWeights: boolean) => () => {
    const selection = addon.call('getSelection', { shown, locale, checkWeights }) as Selection;
    if (!selection.row || (checkWeights && selection.weightsVersion !== weights.version))
      throw new Error('the poll lost the row or the weights version');
  };
  out.getSelection = counted(poll(false));
  out['getSelection + weights'] = counted(poll(true));
  const changed = withOneWeightChanged(weights.grid);
  out.saveWeights = counted(() => {
    const result = addon.call('saveWeights', changed, weights.version) as { status: string };
    if (result.status !== 'saved') throw new Error(`saveWeights ended with ${result.status}`);
  });
  return out;
}
