// The spreadsheet service calls (round trips inside Google's servers) each sidebar action makes, counted by
// the stand-ins (workbench/gas/calls.ts) through the built bundle: on a products table with the weights
// sheet set up (one Apply of Balanced), the cursor on a product row. Counts are deterministic, so a test
// may hold them to ceilings (tests/server/sidebar-calls.test.ts) while `npm run bench` prints them.
import { presetTable, weightsTableToGrid } from '../src/engine';
import type { PlainCell, WeightsState } from '../src/shared/sidebar-contract';
import { readCalibration } from '../tests/support/calibration';
import { createEnvironment, loadAddon, Workbook } from '../workbench/gas';

export const SIDEBAR_ACTIONS = [
  'getInitialState',
  'getWeights',
  'getActiveRow',
  'getSelection',
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
  out.getInitialState = counted(() => addon.call('getInitialState'));
  let weights = addon.call('getWeights') as WeightsState;
  out.getWeights = counted(() => {
    weights = addon.call('getWeights') as WeightsState;
  });
  out.getActiveRow = counted(() => {
    if (!addon.call('getActiveRow')) throw new Error('getActiveRow found no product row');
  });
  out.getSelection = counted(() => addon.call('getSelection'));
  const changed = withOneWeightChanged(weights.grid);
  out.saveWeights = counted(() => {
    const result = addon.call('saveWeights', changed, weights.version) as { status: string };
    if (result.status !== 'saved') throw new Error(`saveWeights ended with ${result.status}`);
  });
  return out;
}
