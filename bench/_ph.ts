import { performance } from 'node:perf_hooks';
import { presetTable, weightsTableToGrid } from '../src/engine';
import { createEnvironment, loadAddon, Workbook } from '../workbench/gas';
import { productTable } from './products';

let t = performance.now();
const lap = (m: string) => {
  const n = performance.now();
  console.log(m, (n - t).toFixed(0));
  t = n;
};
const table = productTable(50000);
lap('table');
const workbook = new Workbook({ sheets: { Products: table } });
lap('workbook');
const env = createEnvironment({ workbook, authMode: 'FULL' });
const addon = loadAddon(env);
lap('loadAddon');
env.setActiveRange('Products!A2');
addon.call('saveWeights', weightsTableToGrid(presetTable('Balanced')), 'none');
lap('saveWeights');
addon.call('scoreProducts', {
  scope: 'table',
  mode: process.argv[2] ?? 'values',
  overwrite: false,
  jobId: null,
});
lap('score');
console.log(env.calls.byMethod(), env.calls.serviceMs.toFixed(0));
