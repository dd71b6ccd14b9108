// DISTMODEL_CONSENSUS through the built bundle in the Apps Script-like vm: 10,000 products x 5 raters
// (issue #21 sets "under 5 s"), each rater changing two or three of the product's facts so most products
// have disputes to weigh. Paired against DISTMODEL "all" on the same 50,000 rows (the Rater column left
// out, as two formulas of 25,000 rows): what averaging, disputes and To settle cost on top of scoring every
// rater's row.
import vm from 'node:vm';
import { BUILT_IN_FACTORS } from '../src/engine';
import { loadBundle, readBuiltCode } from '../workbench/vm';
import { pairedRatios, type Report, showMs, showRatio } from './measure';
import { prng, productTable } from './products';

const PAIRS = 5;
const RATERS = ['Ann', 'Ben', 'Cat', 'Dan', 'Eve'];

type Fn = (block: unknown, weights?: unknown, output?: unknown) => unknown[][];

/** Every product rated by five raters, each changing up to three of its category facts. */
export function ratingsTable(products: number, seed = 7): (string | number)[][] {
  const random = prng(seed);
  const [header = [], ...rows] = productTable(products);
  const out: (string | number)[][] = [['Rater', ...header]];
  for (const row of rows) {
    for (const rater of RATERS) {
      const cells = [...row];
      for (let k = 0; k < 3; k++) {
        const f = Math.floor(random() * BUILT_IN_FACTORS.length);
        const factor = BUILT_IN_FACTORS[f] as (typeof BUILT_IN_FACTORS)[number];
        if (factor.kind !== 'numeric')
          cells[f + 1] = factor.levels[Math.floor(random() * factor.levels.length)] as string;
      }
      out.push([rater, ...cells]);
    }
  }
  return out;
}

export function benchConsensus(report: Report): void {
  const bundle = loadBundle(readBuiltCode());
  const CONSENSUS = bundle.context.DISTMODEL_CONSENSUS as Fn;
  const DISTMODEL = bundle.context.DISTMODEL as Fn;
  const parseInRealm = vm.runInContext('JSON.parse', bundle.context) as (text: string) => unknown;
  const products = 10_000;
  const table = ratingsTable(products);
  const ratings = parseInRealm(JSON.stringify(table));
  // DISTMODEL "all" now has 12 columns, and 50,000 rows of it are more than one formula may return
  // (its own limit): the same rows as two formulas of 25,000, as a sheet would hold them.
  const [header = [], ...rows] = table.map((row) => row.slice(1));
  const half = rows.length / 2;
  const plain = [rows.slice(0, half), rows.slice(half)].map((part) =>
    parseInRealm(JSON.stringify([header, ...part])),
  );
  const out = CONSENSUS(ratings);
  if (out.length !== products + 1) throw new Error('DISTMODEL_CONSENSUS returned the wrong number of rows');
  const changed = out.filter((row) => row[5] === true).length;
  const vsAll = pairedRatios(
    () => CONSENSUS(ratings),
    () => plain.map((part) => DISTMODEL(part, '', 'all')),
    PAIRS,
  );
  report.line(`DISTMODEL_CONSENSUS ${products.toLocaleString('en-US')} x ${RATERS.length}`, [
    ['"all"', showMs(vsAll.a)],
    ['DISTMODEL "all" 2 x 25,000 rows', showMs(vsAll.b)],
    ['paired ratio', showRatio(vsAll.ratios)],
    ['changes the answer', `${changed} products`],
    ['target', 'under 5,000 ms'],
  ]);
}
