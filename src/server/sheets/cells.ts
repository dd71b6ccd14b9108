// How the server recognises a DISTMODEL formula in what getFormulas returns. (Blank cells: the engine's isBlank.)

/** A DISTMODEL formula, as getFormulas returns it ("=DISTMODEL(...)", any case, maybe after spaces). */
export function isDistModelFormula(formula: unknown): boolean {
  return typeof formula === 'string' && /^\s*=\s*DISTMODEL\s*\(/i.test(formula);
}

/** Sheets shows one of these instead of a formula's results (a blocked spill shows #REF!). */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && /^#(REF!|ERROR!|N\/A|VALUE!|NAME\?|NUM!|DIV\/0!|NULL!)$/.test(value);
}
