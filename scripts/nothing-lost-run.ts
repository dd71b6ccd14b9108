// Issue #17's closing figures: a fresh fault-injection run (executions killed at every write of a scoring
// run, then started again) and a junk run (rows of random junk through the engine and through bulk scoring
// as values). Prints the counts; run after `npm run build` with `npx tsx scripts/nothing-lost-run.ts`.
import { CallError, distmodel, MODEL_DISPLAY_NAMES } from '../src/engine';
import type { ScoreResult } from '../src/shared/sidebar-contract';
import { harness, killOnWrite, productsSheet, request, values } from '../tests/server/support';
import { PRODUCT_TABLE_HEADER } from '../tests/support/sheet-headers';
import { readBuiltCode } from '../workbench/vm';

const ROWS = 30;
const USER_CELLS = [
  ['Products!Y3', 'my note'],
  ['Products!Z2', '=1+1'],
] as const;

/** A small deterministic generator (mulberry32), so every run of the script sees the same junk. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What happens to the sheet between the kill and the restart: nothing, or rows inserted or deleted. */
type Between = 'nothing' | 'row inserted' | 'row deleted';

function between(h: ReturnType<typeof harness>, what: Between): void {
  if (what === 'row inserted') {
    h.workbook.insertRowsAfter('Products', 9, 1);
    h.workbook.setContents(h.workbook.resolve('Products!A10:L10'), [productsSheet(1)[1] as unknown[]]);
  }
  if (what === 'row deleted') h.workbook.deleteRows('Products', 5, 1);
}

function faultRun(what: Between) {
  const figures = {
    kills: 0,
    asked: 0,
    staleJobs: 0,
    userCellsChanged: 0,
    rowsWithoutResult: 0,
    refused: [] as string[],
  };
  for (const mode of ['values', 'formulas'] as const) {
    for (let n = 1; n <= 14; n++) {
      const prefix = 'var DISTMODEL_SCORING_LIMITS = { chunkRows: 3, timeBudgetMs: 1e9 };\n';
      const h = harness({ Products: productsSheet(ROWS) }, { code: prefix + readBuiltCode() });
      h.env.setActiveRange('Products!A2');
      for (const [a1, v] of USER_CELLS) h.workbook.setContents(h.workbook.resolve(a1), [[v]]);
      const before = USER_CELLS.map(([a1]) => JSON.stringify(h.workbook.getFormulas(h.workbook.resolve(a1))));
      const restore = killOnWrite(h, n);
      let killed = false;
      try {
        h.call('scoreProducts', request({ mode }));
      } catch {
        killed = true;
      }
      restore();
      if (!killed) continue;
      figures.kills++;
      between(h, what);
      let again: ScoreResult | null = null;
      try {
        again = h.call<ScoreResult>('scoreProducts', request({ mode }));
      } catch (err) {
        figures.refused.push(`${mode} killed at write ${n}: ${String(err).slice(0, 120)}`);
      }
      if (again?.status === 'needs-confirmation') figures.asked++;
      const jobs = h.env.services.PropertiesService.getDocumentProperties()
        .getKeys()
        .filter((k) => k.startsWith('distmodel.job.'));
      figures.staleJobs += jobs.length;
      const after = USER_CELLS.map(([a1]) => JSON.stringify(h.workbook.getFormulas(h.workbook.resolve(a1))));
      figures.userCellsChanged += after.filter((f, i) => f !== before[i]).length;
      const rows = ROWS + (what === 'row inserted' ? 1 : what === 'row deleted' ? -1 : 0);
      const out = values(h, `Products!M2:M${rows + 1}`);
      figures.rowsWithoutResult += out.filter((r) => r[0] === '').length;
    }
  }
  return figures;
}

function junkCell(next: () => number): unknown {
  const pick = Math.floor(next() * 9);
  const text = () =>
    Array.from({ length: Math.floor(next() * 60) }, () =>
      String.fromCharCode(32 + Math.floor(next() * 95)),
    ).join('');
  switch (pick) {
    case 0:
      return '';
    case 1:
      return next() * 1e12 - 5e11;
    case 2:
      return next() < 0.5;
    case 3:
      return `=${text()}`;
    case 4:
      return 'x'.repeat(Math.floor(next() * 50_000));
    case 5:
      return ['#N/A', '#REF!', 'N/A', 'TBD', 'lots', '12k', '1.5M', '€1.200,50'][Math.floor(next() * 8)];
    case 6:
      return ['B2B', 'Low', 'High', 'Yes', 'Mass', 'Few', 'Rare'][Math.floor(next() * 7)];
    default:
      return text();
  }
}

function junkRun(rows: number) {
  const next = random(17);
  const header = [...PRODUCT_TABLE_HEADER];
  const block = [header, ...Array.from({ length: rows }, () => header.map(() => junkCell(next)))];
  const figures = { rows, internalErrors: 0, results: 0, messages: 0, blank: 0, longestMessage: 0 };
  try {
    const out = distmodel(block, 'Balanced', 'all');
    for (const row of out.slice(1)) {
      const first = row[0];
      if (first === '') figures.blank++;
      else if ((MODEL_DISPLAY_NAMES as readonly unknown[]).includes(first)) figures.results++;
      else {
        figures.messages++;
        figures.longestMessage = Math.max(figures.longestMessage, String(first).length);
      }
    }
  } catch (err) {
    if (!(err instanceof CallError)) figures.internalErrors++;
  }
  return figures;
}

function junkValuesRun(rows: number) {
  const next = random(29);
  const products = productsSheet(rows);
  for (const row of products.slice(1))
    for (let c = 1; c < row.length; c++) if (next() < 0.3) row[c] = junkCell(next) as never;
  const h = harness({ Products: products });
  h.env.setActiveRange('Products!A2');
  const result = h.call<ScoreResult>('scoreProducts', request({ mode: 'values' }));
  const formulas = h.workbook
    .getFormulas(h.workbook.resolve(`Products!M1:X${rows + 1}`))
    .flat()
    .filter((f) => f !== '');
  const longest = Math.max(...values(h, `Products!M2:M${rows + 1}`).map((r) => String(r[0]).length));
  return { rows, status: result.status, formulasWritten: formulas.length, longestCell: longest };
}

for (const what of ['nothing', 'row inserted', 'row deleted'] as const)
  console.log(`fault injection, ${what} before the restart`, JSON.stringify(faultRun(what)));
console.log('junk through DISTMODEL', JSON.stringify(junkRun(20_000)));
console.log('junk through Score products (values)', JSON.stringify(junkValuesRun(2_000)));
