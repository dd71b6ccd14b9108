// Which weights a DISTMODEL formula reads, from its text, and how to make it read the shared ones. A
// custom function recalculates only when its arguments change, so a formula cannot follow the shared table
// unless it names it; one that names no weights uses Balanced. The sidebar lists the formulas that read
// anything but the shared range (weights-audit.ts) so the two never disagree silently. Pure text work.

/** What a DISTMODEL call takes as weights. */
export type WeightsSource =
  | { readonly kind: 'shared' }
  /** No weights argument, or a blank one: the Balanced preset. */
  | { readonly kind: 'none' }
  /** A preset name, a range, a cell: as written. */
  | { readonly kind: 'other'; readonly text: string };

interface Call {
  /** Index of the call's "(" and of its ")" in the formula. */
  readonly open: number;
  readonly close: number;
  /** Each argument's [start, end) in the formula (end exclusive). */
  readonly args: readonly (readonly [number, number])[];
}

const NAME = /DISTMODEL\s*\(/iy;

/** Skips a "..." string or a '...' sheet name starting at i (doubled quotes inside); returns the index after it. */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The call whose "(" is at `open`: its arguments, split at top-level "," or ";" (locales differ). */
function readCall(text: string, open: number): Call | null {
  const args: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length; ) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ')') {
      args.push([start, i]);
      return { open, close: i, args };
    } else if (depth === 0 && (ch === ',' || ch === ';')) {
      args.push([start, i]);
      start = i + 1;
    }
    i++;
  }
  return null;
}

/** Every DISTMODEL( call in a formula (DISTMODEL_WEIGHTS and names ending in DISTMODEL are not). */
function calls(formula: string): Call[] {
  const found: Call[] = [];
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i);
      continue;
    }
    NAME.lastIndex = i;
    const before = i === 0 ? '' : (formula[i - 1] as string);
    const m = /[A-Za-z0-9_.]/.test(before) ? null : NAME.exec(formula);
    const call = m ? readCall(formula, i + m[0].length - 1) : null;
    if (call) found.push(call);
    i++;
  }
  return found;
}

function sourceOf(formula: string, call: Call): WeightsSource {
  const arg = call.args[1];
  const text = arg ? formula.slice(arg[0], arg[1]).trim() : '';
  if (text === '') return { kind: 'none' };
  if (text.toLowerCase() === SHARED_RANGE.toLowerCase()) return { kind: 'shared' };
  return { kind: 'other', text };
}

/** The named range every formula the add-on writes reads (weights-location.ts's WEIGHTS_RANGE_NAME). */
const SHARED_RANGE = 'DistModelWeights';

/** The weights each DISTMODEL call of a formula reads, in order. */
export function weightsSources(formula: string): WeightsSource[] {
  return calls(formula).map((call) => sourceOf(formula, call));
}

/**
 * The formula with every DISTMODEL call reading the shared range as weights: a missing argument is
 * added, any other one replaced; products, output and header are kept as written.
 */
export function withSharedWeights(formula: string): string {
  let out = formula;
  // From the last call back, so earlier indexes stay valid.
  for (const call of calls(formula).reverse()) {
    const arg = call.args[1];
    if (arg) {
      out = `${out.slice(0, arg[0])}${leading(out, arg)}${SHARED_RANGE}${out.slice(arg[1])}`;
    } else {
      const separator = separatorOf(formula);
      out = `${out.slice(0, call.close)}${separator} ${SHARED_RANGE}${out.slice(call.close)}`;
    }
  }
  return out;
}

/** Keeps the space after the separator as the user wrote it. */
function leading(text: string, [start, end]: readonly [number, number]): string {
  const m = /^\s*/.exec(text.slice(start, end));
  return m ? m[0] : '';
}

/** The argument separator the formula uses (";" in locales with a decimal comma), "," by default. */
function separatorOf(formula: string): string {
  for (const call of calls(formula)) {
    const second = call.args[1];
    if (second) return formula[second[0] - 1] as string;
  }
  return ',';
}

/** How a source reads in the sidebar's list. */
export function describeSource(source: WeightsSource): string {
  if (source.kind === 'none') return 'no weights: the Balanced preset';
  if (source.kind === 'shared') return 'the shared weights';
  return `weights ${source.text}`;
}
