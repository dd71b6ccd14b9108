// DISTMODEL through the built bundle in the Apps Script-like vm, against the bare weighted-sum floor run in
// the same kind of vm (the same runtime penalties) and, for reference, in plain Node.
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { loadBundle, readBuiltCode } from '../workbench/vm';
import { bareWeightedSum, type Floor } from './floor';
import { heapUsed, median, type Report, timeRuns } from './measure';
import { productTable } from './products';

/** The floor bundled like Code.js and loaded into its own vm context. */
function floorInVm(): Floor {
  const built = esbuild.buildSync({
    entryPoints: [path.join(import.meta.dirname, 'floor.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'FloorBundle',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({});
  vm.runInContext(built.outputFiles[0]?.text ?? '', context);
  return vm.runInContext('FloorBundle.bareWeightedSum()', context) as Floor;
}

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');

export function benchDistmodel(report: Report): void {
  const bundle = loadBundle(readBuiltCode());
  const vmFloor = floorInVm();
  const nodeFloor = bareWeightedSum();
  for (const rows of [10_000, 100_000]) {
    const table = productTable(rows);
    // Sheets hands the function a value of the script's own realm: copy once, outside the timing.
    const parseInRealm = vm.runInContext('JSON.parse', bundle.context) as (text: string) => unknown;
    const inRealm = parseInRealm(JSON.stringify(table));
    const call = () => bundle.call('DISTMODEL', inRealm) as unknown[][];
    const dist = median(timeRuns(call, 7));
    const floor = median(timeRuns(() => vmFloor.run(table), 7));
    const native = median(timeRuns(() => nodeFloor.run(table), 7));
    // What stays alive after the call is the output; the floor's output (one [name] row per product) is the
    // yardstick: the same figure means DISTMODEL keeps no per-row object of its own.
    const retainedBy = (fn: () => unknown[]) => {
      const before = heapUsed();
      const kept = fn();
      return { kept, bytes: (heapUsed() - before) / kept.length };
    };
    const { kept: out, bytes: retained } = retainedBy(call);
    const { bytes: floorRetained } = retainedBy(() => vmFloor.run(table));
    report.line(`DISTMODEL ${rows.toLocaleString('en-US')} rows`, [
      ['median', `${dist.toFixed(0)} ms`],
      ['rows/s', perSecond(rows, dist)],
      ['floor (vm)', `${floor.toFixed(0)} ms`],
      ['ratio', `${(dist / floor).toFixed(2)}x`],
      ['floor (plain node)', `${native.toFixed(0)} ms`],
      ['kept', `${retained.toFixed(0)} bytes/row (floor's output ${floorRetained.toFixed(0)})`],
    ]);
    if (out.length !== rows + 1) throw new Error('DISTMODEL returned the wrong number of rows');
  }
}
