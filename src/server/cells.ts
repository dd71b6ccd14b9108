// How the server reads a cell Sheets returns: "" is empty, and so is text of only spaces.

export function isBlankValue(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** A DISTMODEL formula, as getFormulas returns it ("=DISTMODEL(...)", any case, maybe after spaces). */
export function isDistModelFormula(formula: unknown): boolean {
  return typeof formula === 'string' && /^\s*=\s*DISTMODEL\s*\(/i.test(formula);
}
