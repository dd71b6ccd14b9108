// DISTMODEL through the built bundle in the Apps Script-like vm, against the bare weighted-sum floor run in
// the same kind of vm (the same runtime penalties), timed alternately in pairs with a collection before
// each: min, median and max of the paired ratios. The function is called as Sheets calls it, with its
// argument already a value of the script's realm (no conversion walk inside the timing).
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { loadBundle, readBuiltCode } from '../workbench/vm';
import type { Floor } from './floor';
import { heapUsed, pairedRatios, type Report, showMs, showRatio } from './measure';
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

const PAIRS = 9;
/** Rows per formula for the outputs compared with "model": within the result limit for "all". */
const BLOCK_ROWS = 25_000;
const fmt = (n: number) => n.toLocaleString('en-US');

type Distmodel = (products: unknown, weights?: unknown, output?: unknown) => unknown[][];

export function benchDistmodel(report: Report): void {
  const bundle = loadBundle(readBuiltCode());
  const DISTMODEL = bundle.context.DISTMODEL as Distmodel;
  const vmFloor = floorInVm();
  const parseInRealm = vm.runInContext('JSON.parse', bundle.context) as (text: string) => unknown;
  for (const rows of [10_000, 100_000]) {
    const table = productTable(rows);
    // Sheets hands the function a value of the script's own realm: copied once, outside the timing.
    const inRealm = parseInRealm(JSON.stringify(table));
    const floorInput = parseInRealm(JSON.stringify(table)) as unknown[][];
    const call = (output: string) => () => DISTMODEL(inRealm, '', output);
    const vsFloor = pairedRatios(call('model'), () => vmFloor.run(floorInput), PAIRS);
    // What stays alive after the call is the output; the floor's output (one [name] row per product) is the
    // yardstick: the same figure means DISTMODEL keeps no per-row object of its own.
    const retainedBy = (fn: () => unknown[]) => {
      const before = heapUsed();
      const kept = fn();
      return { kept, bytes: (heapUsed() - before) / kept.length };
    };
    const { kept: out, bytes: retained } = retainedBy(call('model'));
    const { bytes: floorRetained } = retainedBy(() => vmFloor.run(floorInput));
    report.line(`DISTMODEL ${fmt(rows)} rows`, [
      ['"model"', showMs(vsFloor.a)],
      ['floor (vm)', showMs(vsFloor.b)],
      ['paired ratio', showRatio(vsFloor.ratios)],
      ['target', 'at most 1.5x'],
      ['kept', `${retained.toFixed(0)} bytes/row (floor's output ${floorRetained.toFixed(0)})`],
    ]);
    if (out.length !== rows + 1) throw new Error('DISTMODEL returned the wrong number of rows');
    // One formula may not return 100,000 rows of "all" (the result limit, server/result-size.ts): as the
    // sidebar does, the table goes in blocks of BLOCK_ROWS under its header, for every output alike.
    const blocks = Array.from({ length: Math.ceil(rows / BLOCK_ROWS) }, (_, b) =>
      parseInRealm(JSON.stringify([table[0], ...table.slice(1 + b * BLOCK_ROWS, 1 + (b + 1) * BLOCK_ROWS)])),
    );
    const inBlocks = (output: string) => () => {
      for (const block of blocks) DISTMODEL(block, '', output);
    };
    for (const output of ['explain', 'all']) {
      const vsModel = pairedRatios(inBlocks(output), inBlocks('model'), PAIRS);
      report.line(`  "${output}" vs "model"`, [
        [`"${output}"`, showMs(vsModel.a)],
        ['per row', `${((vsModel.a.median / rows) * 1000).toFixed(1)} us`],
        ['paired ratio', showRatio(vsModel.ratios)],
        ['target', 'at most 3x at 100,000 rows'],
        ['blocks', `${blocks.length} of at most ${fmt(BLOCK_ROWS)} rows`],
      ]);
    }
  }
}
