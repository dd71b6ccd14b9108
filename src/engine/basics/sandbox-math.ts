// Math and Number helpers bound once at load. Inside Apps Script's sandbox (and the vm standing in for it)
// every global lookup (Math, Number, Float64Array) is slow, and the what-if outputs make dozens per row.
export const { abs, ceil, floor, log10, max, min, round, sign } = Math;
export const INFINITY = Number.POSITIVE_INFINITY;

/** Number.isFinite without the global lookup: NaN and +-Infinity give NaN for x - x. */
export const isFiniteNumber = (x: number): boolean => x - x === 0;
