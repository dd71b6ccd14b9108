// How the server recognises a DISTMODEL formula in what getFormulas returns. (Blank cells: the engine's isBlank.)
import { WEIGHTS_RANGE_NAME } from '../../shared/weights-names';

/** A DISTMODEL formula, as getFormulas returns it ("=DISTMODEL(...)", any case, maybe after spaces). */
export function isDistModelFormula(formula: unknown): boolean {
  return typeof formula === 'string' && /^\s*=\s*DISTMODEL\s*\(/i.test(formula);
}

const CELL_RANGE = String.raw`(?:'[^']*'!|[A-Za-z0-9_.]+!)?\$?[A-Z]{1,3}\$?\d*\s*:\s*\$?[A-Z]{1,3}\$?\d*`;
/** The one shape of formula bulk scoring writes (formula-output.ts), whatever rows Sheets has moved it to. */
const OUTPUT_FORMULA = new RegExp(
  String.raw`^=DISTMODEL\(${CELL_RANGE}, ${WEIGHTS_RANGE_NAME}, "all"(?:, ${CELL_RANGE})?\)$`,
  'i',
);

/**
 * A live output formula DistModel wrote: `=DISTMODEL(A1:L, DistModelWeights, "all"[, A$1:L$1])` with any
 * rows (Sheets adjusts them as rows are inserted or deleted). Any other DISTMODEL formula, such as a
 * hand-typed `=DISTMODEL(A2:L2)`, is the user's: never written over unasked (issue #17).
 */
export function isOutputFormula(formula: unknown): boolean {
  return typeof formula === 'string' && OUTPUT_FORMULA.test(formula.trim());
}

/** Sheets shows one of these instead of a formula's results (a blocked spill shows #REF!). */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && /^#(REF!|ERROR!|N\/A|VALUE!|NAME\?|NUM!|DIV\/0!|NULL!)$/.test(value);
}
