// =DISTMODEL_SENSITIVITY's block form: per product row, the recommendation, whether it is robust, and for
// each factor of the weights table the weight range (others fixed) that keeps it, as two number columns a
// user can chart or filter. Rows line up with the products as DISTMODEL's do.

import { isFiniteNumber } from '../basics/sandbox-math';
import { mapGrid, type OutputCell, readProducts } from '../formulas/distmodel';
import { MODEL_DISPLAY_NAMES } from '../model/models';
import { resolveWeights } from '../model/weights-source';
import type { Reading } from '../reading/reading';
import type { Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { weightRanges } from './sensitivity';

/** What an upper end with no limit shows: no weight, however high, changes the recommendation. */
export const NO_LIMIT = 'no limit';

/** "Distribution model", "Robust", then "<factor> weight from" and "<factor> weight to" per factor. */
export function sensitivityHeader(scorer: Scorer): string[] {
  const header = ['Distribution model', 'Robust'];
  for (const factor of scorer.factors) header.push(`${factor.name} weight from`, `${factor.name} weight to`);
  return header;
}

function sensitivityCells(scorer: Scorer, ws: Workspace): OutputCell[] {
  const ranges = weightRanges(scorer, ws);
  const out: OutputCell[] = [MODEL_DISPLAY_NAMES[ws.best] as string, ranges.every((r) => r.robust)];
  for (const range of ranges) out.push(range.low, isFiniteNumber(range.high) ? range.high : NO_LIMIT);
  return out;
}

/**
 * =DISTMODEL_SENSITIVITY(products, [weights], [header]) on plain values; rows x (2 + 2 x factors).
 * `reading` is the spreadsheet's locale, as for distmodel.
 */
export function distmodelSensitivity(
  products: unknown,
  weights?: unknown,
  header?: unknown,
  reading: Reading = {},
): OutputCell[][] {
  const scorer = resolveWeights(weights);
  const read = readProducts(scorer, products, header);
  return mapGrid(scorer, read.grid, read.header, sensitivityHeader(scorer), sensitivityCells, reading);
}
