// The live preview's arithmetic: the active row scored in the browser with the same engine the server
// uses, against the weights being edited, so the result follows every slider before anything is saved.
import {
  MODEL_DISPLAY_NAMES,
  MODEL_IDS,
  type RowExplanation,
  type Scorer,
  scoreProduct,
} from '../../src/engine';
import type { ActiveRow } from '../../src/shared/sidebar-contract';

export interface Driver {
  readonly factor: string;
  readonly level: string;
  /** Points this factor adds to the recommended model's score. */
  readonly points: number;
}

export type Preview =
  | { readonly kind: 'no-row' }
  | { readonly kind: 'no-weights' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'invalid'; readonly messages: readonly string[] }
  | {
      readonly kind: 'scored';
      readonly explanation: RowExplanation;
      readonly modelNames: readonly string[];
      readonly winner: number;
      readonly runnerUp: number;
      readonly pro: readonly Driver[];
      readonly con: readonly Driver[];
    };

const MAX_PRO = 3;
const MAX_CON = 2;

/** The factors that pushed the winner up (strongest first) and those that held it back. */
function driversOf(explanation: RowExplanation, winner: number): { pro: Driver[]; con: Driver[] } {
  const all = explanation.contributions
    .map((c) => ({ factor: c.factor, level: c.level, points: c.points[winner] ?? 0 }))
    .filter((d) => d.points !== 0);
  const pro = all.filter((d) => d.points > 0).sort((a, b) => b.points - a.points);
  const con = all.filter((d) => d.points < 0).sort((a, b) => a.points - b.points);
  return { pro: pro.slice(0, MAX_PRO), con: con.slice(0, MAX_CON) };
}

/** The preview of the active row under the draft's compiled table (Store.draftTable; null when invalid). */
export function computePreview(scorer: Scorer | null, row: ActiveRow | null): Preview {
  if (!row) return { kind: 'no-row' };
  if (!scorer) return { kind: 'no-weights' };
  const result = scoreProduct(scorer, row.headers, row.values, { locale: row.locale });
  switch (result.status) {
    case 'blank':
      return { kind: 'blank' };
    case 'empty':
      return { kind: 'empty', message: result.message };
    case 'invalid':
      return { kind: 'invalid', messages: result.messages };
    case 'scored': {
      const explanation = result.explanation;
      const winner = MODEL_IDS.indexOf(explanation.model);
      const runnerUp = MODEL_IDS.indexOf(explanation.runnerUp);
      return {
        kind: 'scored',
        explanation,
        modelNames: MODEL_DISPLAY_NAMES,
        winner,
        runnerUp,
        ...driversOf(explanation, winner),
      };
    }
  }
}
