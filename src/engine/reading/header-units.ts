// The unit a numeric column's header gives in brackets: "Price (k$)" means each cell counts in thousands,
// "Price (EUR)" in plain units of its currency. A unit DistModel cannot read ("Price (per seat)") is refused
// with a message on every value of the column rather than silently taken as plain amounts.
import { shortText } from '../basics/text';
import { CURRENCY_CODES, CURRENCY_SIGNS } from './price';

/** What the header's unit makes of the column: a multiplier, or why it cannot be read. */
export type HeaderUnit =
  | { readonly ok: true; readonly scale: number }
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

/** One bracket's unit: currency signs and codes, an optional "in", one scale word, qualifiers. */
function bracketScale(text: string): number | null {
  const rest = text.toLowerCase().replace(CURRENCY, ' ').replace(/['’]/g, '');
  // A sign that is no currency ("%", "#") is a unit of its own.
  if (/[^a-z0-9\s,/.-]/.test(rest)) return null;
  const words = rest.split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'in' && w !== 'of');
  const scales = words.filter((w) => w in SCALES);
  const others = words.filter((w) => !(w in SCALES) && !QUALIFIERS.has(w));
  if (others.length > 0 || scales.length > 1) return null;
  return SCALES[scales[0] ?? ''] ?? 1;
}

/**
 * The units a header writes: each bracket, round or square ("Price (k$)", "Price [k$]"), else a trailing
 * "in ..." ("Price in k$"); none for a plain name.
 */
function unitTexts(header: string): string[] {
  const brackets = [...header.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '');
  if (brackets.length > 0) return brackets;
  const trailing = /\sin\s+(\S[^()]*)$/i.exec(header);
  return trailing ? [trailing[1] as string] : [];
}

/**
 * The unit of a header such as "Price (k$)", "Price [k$]", "Price in k$" or "Deal size (USD, thousands)";
 * scale 1 without one. However the header writes its unit, it is read the same way or refused, never
 * ignored: "Price [k$]" read as plain dollars would make 8 mean $8 instead of $8,000.
 */
export function headerUnit(header: unknown): HeaderUnit {
  if (typeof header !== 'string') return { ok: true, scale: 1 };
  let scale = 1;
  for (const inside of unitTexts(header)) {
    const s = bracketScale(inside);
    if (s === null) return { ok: false, unit: inside.trim() };
    scale *= s;
  }
  return { ok: true, scale };
}

/**
 * The unit of a numeric factor's column: none when the factor's own name carries one (a user's "Price
 * (EUR)" factor, whose header is its name), else what the header's brackets say.
 */
export function columnUnit(factorName: string, header: unknown): HeaderUnit {
  // A header that is the factor's own name ("Share in EU") carries no unit of its own.
  const ownName =
    typeof header === 'string' && header.trim().toLowerCase() === factorName.trim().toLowerCase();
  return factorName.includes('(') || ownName ? { ok: true, scale: 1 } : headerUnit(header);
}

/** The message every value of a column whose unit cannot be read gets. */
export function unitProblemMessage(factorName: string, header: string, unit: string): string {
  return `${factorName}: the column "${shortText(header)}" is in "${shortText(unit)}", a unit DistModel cannot read; name it "${factorName}", "${factorName} (USD)" or "${factorName} (k$)".`;
}
