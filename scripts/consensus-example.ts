// The worked example of docs/consensus.md, computed rather than typed: three made-up raters' rows
// (data/examples/team-ratings.csv, read as a sheet reads an imported CSV) through the built bundle's
// DISTMODEL_CONSENSUS with the Balanced weights. `npm run docs:consensus` writes the tables between the
// doc's markers; tests/docs/consensus-example.test.ts fails when the doc and the bundle disagree, so after
// a change to the Balanced table (or to the rules) re-run the script and commit the doc.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { columnLetters } from '../src/shared/a1';
import { csvToValues } from '../workbench/app/csv';
import { loadBundle, readBuiltCode } from '../workbench/vm';

const ROOT = path.resolve(import.meta.dirname, '..');
export const EXAMPLE_CSV = 'data/examples/team-ratings.csv';
export const CONSENSUS_DOC = 'docs/consensus.md';
export const EXAMPLE_WEIGHTS = 'Balanced';
const START = '<!-- consensus-example:start (npm run docs:consensus writes this part) -->';
const END = '<!-- consensus-example:end -->';

type Grid = unknown[][];

/** The example's ratings (rows x columns, header first) as the workbench reads the CSV when imported. */
export function exampleRatings(): Grid {
  return csvToValues(readFileSync(path.join(ROOT, EXAMPLE_CSV), 'utf8'), 'en_US');
}

const text = (cell: unknown) => (cell === '' ? 'blank' : String(cell));

/** A markdown table, columns padded to one width as the repo's formatter (Biome) lays them out. */
function table(rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((row) => row.map((c) => String(c).replace(/\|/g, '\\|')));
  const widths = (cells[0] ?? []).map((_, i) => Math.max(3, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * Where the raters differ: per product, each rater's cells that the others do not share (a cell most of
 * them share is left out, so only the dissent shows; when no value is shared by most, every rater's shows).
 */
function differences(grid: Grid): string[][] {
  const [header = [], ...rows] = grid;
  const raters = [...new Set(rows.map((r) => String(r[1])))];
  const products = [...new Set(rows.map((r) => String(r[0])))];
  return [
    ['Product', ...raters],
    ...products.map((product) => {
      const mine = rows.filter((r) => r[0] === product);
      const said = raters.map(() => [] as string[]);
      for (let c = 2; c < header.length; c++) {
        const cells = mine.map((r) => text(r[c]));
        const counts = cells.map((v) => cells.filter((w) => w === v).length);
        if (new Set(cells).size === 1) continue;
        const common =
          Math.max(...counts) > cells.length / 2 ? cells[counts.indexOf(Math.max(...counts))] : null;
        mine.forEach((r, i) => {
          if (cells[i] !== common) said[raters.indexOf(String(r[1]))]?.push(`${header[c]} ${cells[i]}`);
        });
      }
      return [product, ...said.map((s) => s.join(', '))];
    }),
  ];
}

/** What each rater's own row gives, for the products whose disagreement changes the answer. */
function answerChanging(all: Grid, raters: Grid): string[] {
  const at = (name: string) => (all[0] as unknown[]).indexOf(name);
  return all
    .slice(1)
    .filter((row) => row[at('Changes the answer')] === true)
    .map((row) => {
      const own = raters
        .filter((r) => r[0] === row[0])
        .map((r) => `${r[1]}: ${r[2]}`)
        .join('; ');
      const settle = String(row[at('To settle')]);
      const next =
        settle === ''
          ? 'No single factor settles it: talk the disputed ones through.'
          : `To settle: ${settle}.`;
      const verdict = `${row[at('Distribution model')]}, ${row[at('Agreeing')]} agreeing (${row[at('Confidence')]})`;
      return `- **${row[0]}**: ${verdict}. Own rows: ${own}. ${next}`;
    });
}

/** The generated part of docs/consensus.md, from the built bundle (`code`, default dist/Code.js). */
export function exampleSection(code: string = readBuiltCode()): string {
  const bundle = loadBundle(code);
  const consensus = (output: string) =>
    bundle.call('DISTMODEL_CONSENSUS', exampleRatings(), EXAMPLE_WEIGHTS, output) as Grid;
  const grid = exampleRatings();
  const all = consensus('all');
  const keep = [
    'Product',
    'Distribution model',
    'Agreeing',
    'Factors in dispute',
    'Changes the answer',
    'To settle',
  ];
  const columns = keep.map((name) => (all[0] as unknown[]).indexOf(name));
  const shown = all.map((row) =>
    columns.map((c) => (row[c] === true ? 'TRUE' : row[c] === false ? 'FALSE' : row[c])),
  );
  const body = all.slice(1);
  const disputed = body.filter((r) => r[4] !== '').length;
  const changing = answerChanging(all, consensus('raters'));
  return [
    START,
    `Where the raters see a fact alike they typed the same; where they differ (the full rows: \`${EXAMPLE_CSV}\`):`,
    '',
    table(differences(grid)),
    '',
    `\`=DISTMODEL_CONSENSUS(A1:${columnLetters((grid[0] as unknown[]).length)}${grid.length}, DistModelWeights)\` with the ${EXAMPLE_WEIGHTS} weights gives:`,
    '',
    table(shown),
    '',
    `${disputed - changing.length} of the ${disputed} disagreements do not change the answer: the team can stop arguing about them. ${changing.length} do:`,
    '',
    ...changing,
    END,
  ].join('\n');
}

/** The doc's generated part as it stands, or null when its markers are missing. */
export function docSection(doc: string): string | null {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  return start < 0 || end < start ? null : doc.slice(start, end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.join(ROOT, CONSENSUS_DOC);
  const doc = readFileSync(file, 'utf8');
  const current = docSection(doc);
  if (current === null) throw new Error(`${CONSENSUS_DOC} has no ${START} ... ${END} markers`);
  writeFileSync(file, doc.replace(current, exampleSection()));
  console.log(`${CONSENSUS_DOC}: worked example written from the built bundle`);
}
