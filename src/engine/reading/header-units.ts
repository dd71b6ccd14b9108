// The unit a numeric column's header gives in brackets: "Price (k$)" means each cell counts in thousands,
// "Price (EUR)" in plain units of its currency. A unit DistModel cannot read ("Price (per seat)") is refused
// with a message on every value of the column rather than silently taken as plain amounts.
import { shortText } from '../basics/text';
import { builtInFactor } from '../model/factors';
import { headerPeriod, isPeriodWord, periodOfWords } from './period';
import { CURRENCY_CODES, CURRENCY_SIGNS } from './price';

/** What the header's unit makes of the column: a multiplier, or why it cannot be read. */
export type HeaderUnit =
  | {
      readonly ok: true;
      readonly scale: number;
      /** Periods per year the header gives ("per month": 12), and how it says it; absent for none. */
      readonly period?: { readonly perYear: number; readonly name: string };
    }
  | { readonly ok: false; readonly unit: string };

const SCALES: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  '000': 1e3,
  '000s': 1e3,
  thousand: 1e3,
  thousands: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  billion: 1e9,
  billions: 1e9,
};

/** Words that describe the amount without changing its size. */
const QUALIFIERS = new Set(
  'typical average avg approx approximate approximately est estimated estimate list net gross excl incl vat tax one purchase unit order deal each per'.split(
    ' ',
  ),
);

const CURRENCY = new RegExp(`${CURRENCY_SIGNS}|\\b(?:${CURRENCY_CODES}|dollars?|euros?|pounds?)\\b`, 'g');

/**
 * One bracket's unit: currency signs and codes, an optional "in", one scale word, at most one period word
 * ("per month", "/mo"), qualifiers.
 */
function bracketScale(text: string): { scale: number; perYear: number | null } | null {
  const rest = text.toLowerCase().replace(CURRENCY, ' ').replace(/['’]/g, '');
  // A sign that is no currency ("%", "#") is a unit of its own.
  if (/[^a-zäñ0-9\s,/.-]/.test(rest)) return null;
  const words = rest.split(/[^a-zäñ0-9]+/).filter((w) => w !== '' && w !== 'in' && w !== 'of');
  const scales = words.filter((w) => w in SCALES);
  const periods = words.filter((w) => !(w in SCALES) && isPeriodWord(w));
  const others = words.filter((w) => !(w in SCALES) && !isPeriodWord(w) && !QUALIFIERS.has(w));
  if (others.length > 0 || scales.length > 1 || periods.length > 1) return null;
  const period = periodOfWords(periods);
  return { scale: SCALES[scales[0] ?? ''] ?? 1, perYear: period ? period.perYear : null };
}

/** A header's bracketed parts, round or square: "Price (k$)", "Price [k$]". */
const BRACKETS = /\(([^()]*)\)|\[([^[\]]*)\]/g;
/** A trailing "in ..." after the name: "Price in k$". */
const TRAILING_IN = /\sin\s+(\S[^()[\]]*)$/i;

/**
 * The units a header writes: each bracket, round or square, else a trailing "in ..." ("Price in k$"); none
 * for a plain name. However the header writes its unit, it is read the same way or refused, never ignored:
 * "Price [k$]" read as plain dollars would make 8 mean $8 instead of $8,000.
 */
function unitTexts(header: string): string[] {
  const brackets = [...header.matchAll(BRACKETS)].map((m) => m[1] ?? m[2] ?? '');
  if (brackets.length > 0) return brackets;
  const trailing = TRAILING_IN.exec(header);
  return trailing ? [trailing[1] as string] : [];
}

/** The header without its units: where a period written outside brackets is looked for. */
function withoutUnits(header: string): string {
  const bare = header.replace(BRACKETS, ' ');
  return (bare === header ? header.replace(TRAILING_IN, ' ') : bare).trim();
}

/**
 * The unit of a header such as "Price (k$)", "Price [k$]", "Price in k$", "Deal size (USD, thousands)" or
 * "Price (€/mo)"; scale 1 without one. A period may also follow the name outside brackets ("Price / month",
 * "Price €/mo").
 */
export function headerUnit(header: unknown): HeaderUnit {
  if (typeof header !== 'string') return { ok: true, scale: 1 };
  let scale = 1;
  let perYear: number | null = null;
  let said = '';
  for (const inside of unitTexts(header)) {
    const s = bracketScale(inside);
    if (s === null || (s.perYear !== null && perYear !== null)) return { ok: false, unit: inside.trim() };
    scale *= s.scale;
    if (s.perYear !== null) {
      perYear = s.perYear;
      said = inside.trim();
    }
  }
  const outside = headerPeriod(withoutUnits(header));
  if (outside && perYear !== null) return { ok: false, unit: said };
  if (outside) return { ok: true, scale, period: { perYear: outside.perYear, name: outside.name } };
  if (perYear === null) return { ok: true, scale };
  return { ok: true, scale, period: { perYear, name: perYear === 12 ? 'per month' : `"${said}"` } };
}

/**
 * The unit of a numeric factor's column: none when the factor's own name carries one (a user's "Price
 * (EUR)" factor, whose header is its name), else what the header says. A period ("per month") is read
 * only for a factor counted per year (Price, Customer value); any other factor refuses it, so an amount per
 * month is never taken for a one-off figure.
 */
export function columnUnit(factorName: string, header: unknown): HeaderUnit {
  if (factorName.includes('(')) return { ok: true, scale: 1 };
  const unit = headerUnit(header);
  if (unit.ok && unit.period && !builtInFactor(factorName)?.perYear) {
    return { ok: false, unit: unit.period.name.replace(/"/g, '') };
  }
  return unit;
}

/** The message every value of a column whose unit cannot be read gets. */
export function unitProblemMessage(factorName: string, header: string, unit: string): string {
  return `${factorName}: the column "${shortText(header)}" is in "${shortText(unit)}", a unit DistModel cannot read; name it "${factorName}", "${factorName} (USD)" or "${factorName} (k$)".`;
}
