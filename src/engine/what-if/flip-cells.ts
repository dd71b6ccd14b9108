// The "flip" output of DISTMODEL: per scored row, the factor to change, the level or band to change it to,
// and the model the row would then get; three blank cells when no single change of a fact flips it.

import { MODEL_DISPLAY_NAMES } from '../model/models';
import type { Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { findFlip } from './flip';
import { flipTargetText } from './what-if';

export const FLIP_HEADERS: readonly string[] = ['Factor to change', 'Change it to', 'Would then get'];

/** Three cells for a scored row: ["Price", "below 2,000", "Open resale"], or three blanks. */
export function flipCells(scorer: Scorer, ws: Workspace): (string | number | boolean)[] {
  const flip = findFlip(scorer, ws);
  if (!flip) return ['', '', ''];
  return [
    scorer.factors[flip.factor]?.name ?? '',
    flipTargetText(scorer, flip),
    MODEL_DISPLAY_NAMES[flip.model] as string,
  ];
}
