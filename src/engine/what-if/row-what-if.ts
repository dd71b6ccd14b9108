// The what-if analyses of one product given as headers and values, as plain data: what the sidebar's
// "What would change it" shows for the selected row (computed in the browser, like the preview).

import { isUnstartedRow } from '../basics/row-state';
import { isFiniteNumber } from '../basics/sandbox-math';
import { MODEL_DISPLAY_NAMES } from '../model/models';
import { mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { createWorkspace, scoreInto, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { evidenceOf, fromTenths, isThinEvidence, toTenths } from '../scoring/shown';
import type { Flip, FlipPair } from './flip';
import { analyzeRow, flipTargetText, whatIfSentence } from './what-if';

/** One factor value changed: "Price", from "2,000 to 100,000" (or "" when blank) to "below 2,000". */
export interface FactChangeView {
  readonly factor: string;
  readonly from: string;
  readonly to: string;
}

export interface FlipView {
  readonly changes: readonly FactChangeView[];
  /** The model the row would then get. */
  readonly model: string;
  /** Its lead in points at one decimal: the smallest over a numeric band. */
  readonly margin: number;
}

/** A factor's weight range as plain data; `high` is null when no weight is too high. */
export interface WeightRangeView {
  readonly factor: string;
  readonly weight: number;
  readonly known: boolean;
  readonly low: number;
  readonly lowHolds: boolean;
  /** The model the row gets past the lower end; null when none takes over there. */
  readonly lowModel: string | null;
  readonly high: number | null;
  readonly highHolds: boolean;
  readonly highModel: string | null;
  readonly robust: boolean;
}

export interface RowWhatIf {
  readonly model: string;
  readonly flip: FlipView | null;
  /** Only when no single change flips the row: the best pair of changes, if any. */
  readonly pair: FlipView | null;
  readonly ranges: readonly WeightRangeView[];
  readonly robust: boolean;
  /** The answer rests on under half of the table's weight: robust weights do not make it settled. */
  readonly thinEvidence: boolean;
  readonly sentence: string;
}

const modelName = (m: number): string | null => (m < 0 ? null : (MODEL_DISPLAY_NAMES[m] as string));

function fromText(scorer: Scorer, ws: Workspace, f: number): string {
  const level = ws.levelOf[f] as number;
  return level < 0 ? '' : (scorer.factors[f]?.levelText[level] as string);
}

function flipView(scorer: Scorer, ws: Workspace, flip: Flip): FlipView {
  const change = {
    factor: scorer.factors[flip.factor]?.name ?? '',
    from: fromText(scorer, ws, flip.factor),
    to: flipTargetText(scorer, flip),
  };
  return {
    changes: [change],
    model: modelName(flip.model) ?? '',
    margin: fromTenths(toTenths(flip.minMargin)),
  };
}

function pairView(scorer: Scorer, ws: Workspace, pair: FlipPair): FlipView {
  const changes = pair.changes.map((c) => ({
    factor: scorer.factors[c.factor]?.name ?? '',
    from: fromText(scorer, ws, c.factor),
    to: flipTargetText(scorer, { factor: c.factor, levels: [c.level] }),
  }));
  return { changes, model: modelName(pair.model) ?? '', margin: fromTenths(toTenths(pair.margin)) };
}

/** Both analyses of a scored row as plain data. */
export function rowWhatIf(scorer: Scorer, ws: Workspace): RowWhatIf {
  const analysis = analyzeRow(scorer, ws);
  const ranges = analysis.ranges.map((r) => ({
    factor: scorer.factors[r.factor]?.name ?? '',
    weight: r.weight,
    known: r.known,
    low: r.low,
    lowHolds: r.lowHolds,
    lowModel: modelName(r.lowModel),
    high: isFiniteNumber(r.high) ? r.high : null,
    highHolds: r.highHolds,
    highModel: modelName(r.highModel),
    robust: r.robust,
  }));
  return {
    model: modelName(ws.best) ?? '',
    flip: analysis.flip ? flipView(scorer, ws, analysis.flip) : null,
    pair: analysis.pair ? pairView(scorer, ws, analysis.pair) : null,
    ranges,
    robust: ranges.every((r) => r.robust),
    thinEvidence: isThinEvidence(evidenceOf(scorer, ws)),
    sentence: whatIfSentence(scorer, ws, analysis),
  };
}

/**
 * The what-if of one product given as a header row and a values row, read as scoreProduct reads it (the
 * reading's locale and the headers' units); null when the row is not scored.
 */
export function productWhatIf(
  scorer: Scorer,
  headers: readonly unknown[],
  values: readonly unknown[],
  reading: Reading = {},
): RowWhatIf | null {
  if (isUnstartedRow(values)) return null;
  const columns = mapHeader(scorer, headers);
  const bound = bindReading(scorer, columns, headers, reading);
  const ws = createWorkspace(bound);
  scoreInto(bound, ws, values, columns.factorColumn);
  return ws.status === 'scored' ? rowWhatIf(bound, ws) : null;
}
