import { harness, productsSheet, request } from '../tests/server/support';
const h = harness({ Products: productsSheet(28) });
h.env.setActiveRange('Products!B2');
const count = (label: string, fn: () => unknown) => {
  h.env.calls.reset();
  let err = '';
  try { fn(); } catch (e) { err = ` (threw: ${(e as Error).message.slice(0, 40)})`; }
  console.log(`${label}: ${h.env.calls.total} calls${err}`);
};
count('scoreProducts formulas (first)', () => h.call('scoreProducts', request({ mode: 'formulas' })));
count('getWeights', () => h.call('getWeights'));
count('getActiveRow', () => h.call('getActiveRow'));
count('scoreProducts formulas (again)', () => h.call('scoreProducts', request({ mode: 'formulas', overwrite: true })));
count('scoreProducts values', () => h.call('scoreProducts', request({ mode: 'values', overwrite: true })));
