// How a weights table does on reference products: each product's answer, Confidence and "Could also be",
// and the figures docs/how-good.md reports (agreement per model, balanced accuracy, the confusion matrix,
// Firm precision, the prediction set's coverage and size).
import {
  CONFIDENCE_LEVELS,
  type Confidence,
  compileWeights,
  createWorkspace,
  evidenceOf,
  type GapThresholds,
  type Judgement,
  judgeFrom,
  MODEL_DISPLAY_NAMES,
  mapHeader,
  scoreGap,
  scoreInto,
  type WeightsTable,
} from '../../src/engine/index';
import { FACTOR_NAMES, keepOnly, type ReferenceProduct, referenceBlock } from './reference';

export interface Outcome {
  readonly product: ReferenceProduct;
  readonly best: number;
  readonly judgement: Judgement;
  /** Known weight share, 0-1. */
  readonly share: number;
  /** Score gap (confidence.ts) of each model, in model order; 0 for the winner. */
  readonly gaps: readonly number[];
  /** Set when the row could not be scored (a bad cell). */
  readonly problem?: string;
}

/** Scores every product with `table`, keeping only `columns` of each. */
export function judgeAll(
  table: WeightsTable,
  products: readonly ReferenceProduct[],
  columns: readonly string[] = FACTOR_NAMES,
  thresholds?: GapThresholds,
): Outcome[] {
  const scorer = compileWeights(table);
  const count = MODEL_DISPLAY_NAMES.length;
  const [header = [], ...rows] = referenceBlock(products.map((p) => keepOnly(p, columns)));
  const map = mapHeader(scorer, header);
  const ws = createWorkspace(scorer);
  return rows.map((row, i) => {
    const product = products[i] as ReferenceProduct;
    scoreInto(scorer, ws, row, map.factorColumn);
    if (ws.status !== 'scored') {
      return {
        product,
        best: -1,
        judgement: NO_JUDGEMENT,
        share: 0,
        gaps: [],
        problem: ws.messages.join(' ') || ws.status,
      };
    }
    const evidence = evidenceOf(scorer, ws);
    const gaps = Array.from({ length: count }, (_, m) => (m === ws.best ? 0 : scoreGap(ws, evidence, m)));
    return {
      product,
      best: ws.best,
      judgement: judgeFrom(ws, evidence, thresholds),
      share: evidence.share,
      gaps,
    };
  });
}

const NO_JUDGEMENT: Judgement = { confidence: 'Thin evidence', closeCall: true, tie: false, others: [] };

export interface Figures {
  readonly n: number;
  readonly right: number;
  /** Per model (model order): products documented so, and how many of them the table got. */
  readonly perModel: readonly { readonly n: number; readonly right: number }[];
  /** Mean of the per-model agreements (models with products only). */
  readonly balanced: number;
  /** confusion[documented][answered]. */
  readonly confusion: readonly (readonly number[])[];
  readonly firm: number;
  readonly firmWrong: number;
  /** Per Confidence word: rows shown with it, and how many of them were right. */
  readonly byConfidence: Readonly<Record<Confidence, { readonly n: number; readonly right: number }>>;
  readonly thin: number;
  readonly ties: number;
  /** The answer or a model of "Could also be" is the documented one. */
  readonly covered: number;
  /** Models named in "Could also be", over all rows. */
  readonly named: number;
  readonly problems: number;
}

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  const perModel = MODEL_DISPLAY_NAMES.map(() => ({ n: 0, right: 0 }));
  const confusion = MODEL_DISPLAY_NAMES.map(() => MODEL_DISPLAY_NAMES.map(() => 0));
  let right = 0;
  let firm = 0;
  let firmWrong = 0;
  const byConfidence = Object.fromEntries(CONFIDENCE_LEVELS.map((c) => [c, { n: 0, right: 0 }])) as Record<
    Confidence,
    { n: number; right: number }
  >;
  let thin = 0;
  let ties = 0;
  let covered = 0;
  let named = 0;
  let problems = 0;
  for (const o of outcomes) {
    const expected = o.product.expected;
    const model = perModel[expected] as { n: number; right: number };
    model.n++;
    if (o.best < 0) {
      problems++;
      continue;
    }
    const ok = o.best === expected;
    const row = confusion[expected] as number[];
    row[o.best] = (row[o.best] as number) + 1;
    if (ok) {
      right++;
      model.right++;
    }
    if (o.judgement.confidence === 'Firm') {
      firm++;
      if (!ok) firmWrong++;
    }
    const word = byConfidence[o.judgement.confidence];
    word.n++;
    if (ok) word.right++;
    if (o.judgement.confidence === 'Thin evidence') thin++;
    if (o.judgement.tie) ties++;
    if (ok || o.judgement.others.includes(expected)) covered++;
    named += o.judgement.others.length;
  }
  const present = perModel.filter((m) => m.n > 0);
  const balanced = present.reduce((sum, m) => sum + m.right / m.n, 0) / Math.max(1, present.length);
  return {
    n: outcomes.length,
    right,
    perModel,
    balanced,
    confusion,
    firm,
    firmWrong,
    byConfidence,
    thin,
    ties,
    covered,
    named,
    problems,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

/** Figures as a few lines of text (what `npm run reference` prints). */
export function formatFigures(label: string, f: Figures): string {
  const lines = [
    `${label}: ${f.right}/${f.n} agree (${pct(f.right, f.n)}), balanced accuracy ${(100 * f.balanced).toFixed(1)}%`,
    `  per model: ${MODEL_DISPLAY_NAMES.map((name, m) => `${name} ${f.perModel[m]?.right}/${f.perModel[m]?.n}`).join(', ')}`,
    `  Firm ${f.firm}/${f.n} (${pct(f.firm, f.n)}), wrong among Firm ${f.firmWrong} (${pct(f.firmWrong, f.firm)}; ${pct(f.firmWrong, f.n)} of rows); Thin ${f.thin}; ties ${f.ties}`,
    `  right per Confidence: ${CONFIDENCE_LEVELS.map((c) => `${c} ${f.byConfidence[c].right}/${f.byConfidence[c].n}`).join(', ')}`,
    `  Could also be: covers ${f.covered}/${f.n} (${pct(f.covered, f.n)}), names ${(f.named / Math.max(1, f.n)).toFixed(2)} other models a row${f.problems ? `; ${f.problems} rows not scored` : ''}`,
  ];
  return lines.join('\n');
}

/** The confusion matrix as a Markdown table (rows: documented model, columns: the answer). */
export function confusionTable(f: Figures): string {
  const head = `| documented \\ answer | ${MODEL_DISPLAY_NAMES.join(' | ')} | agree |`;
  const rule = `|---|${MODEL_DISPLAY_NAMES.map(() => '---:').join('|')}|---:|`;
  const rows = MODEL_DISPLAY_NAMES.map((name, m) => {
    const model = f.perModel[m] as { n: number; right: number };
    return `| ${name} | ${(f.confusion[m] as number[]).join(' | ')} | ${model.right}/${model.n} (${pct(model.right, model.n)}) |`;
  });
  return [head, rule, ...rows].join('\n');
}
