// The period a money amount is given for: "4,99 €/Monat", "9.90/mo", "120 per year", "499 once", a header
// "Price (per month)" or "Price €/mo". Price and Customer value count per year (docs/reference-set.md), so
// an amount per month is converted to a year (x12) and the explanation says so; it is never read as a
// one-off price.

/** How many of each period make a year; a one-off amount ("once") counts as given. */
const PER_YEAR: Readonly<Record<string, number>> = {
  day: 365,
  daily: 365,
  week: 52,
  wk: 52,
  weekly: 52,
  woche: 52,
  month: 12,
  months: 12,
  mo: 12,
  mos: 12,
  mon: 12,
  mth: 12,
  mnth: 12,
  monthly: 12,
  monat: 12,
  monatlich: 12,
  mois: 12,
  mensuel: 12,
  mes: 12,
  mensual: 12,
  mese: 12,
  maand: 12,
  quarter: 4,
  qtr: 4,
  quarterly: 4,
  year: 1,
  years: 1,
  yr: 1,
  yearly: 1,
  annual: 1,
  annually: 1,
  annum: 1,
  pa: 1,
  jahr: 1,
  jahrlich: 1,
  jährlich: 1,
  an: 1,
  ano: 1,
  año: 1,
  anno: 1,
  once: 1,
  oneoff: 1,
  onetime: 1,
  einmalig: 1,
};

/** The usual English name of a period, for explanations. */
function periodName(perYear: number, word: string): string {
  if (perYear === 12) return 'per month';
  if (perYear === 52) return 'per week';
  if (perYear === 365) return 'per day';
  if (perYear === 4) return 'per quarter';
  return ['once', 'oneoff', 'onetime', 'einmalig'].includes(word) ? 'once' : 'per year';
}

/** A period word as written ("Monat", "p.a.", "one-off") -> per year, or undefined. */
function perYearOf(word: string): number | undefined {
  return PER_YEAR[word.toLowerCase().replace(/[.\-\s]/g, '')];
}

const WORD = '([a-zäñ][a-zäñ.\\-]*?|p\\.\\s?a|one[\\s-]?(?:off|time))';
/** "<amount>/<period>", "<amount> per <period>", "<amount> a month", "<amount> monthly". */
const CELL = new RegExp(
  `^(.*?[0-9kmb€$£¥]\\s*)(?:/\\s*|\\s+(?:per|a|an|each|every|pro|par|por|je|im|al)\\s+|\\s+)${WORD}\\.?\\s*$`,
  'i',
);

/** What a text says about its period: the amount part, periods per year, and the period's name. */
export interface CellPeriod {
  readonly amount: string;
  readonly perYear: number;
  readonly name: string;
}

/** The period a cell's text gives after its amount, or null when it gives none. */
export function cellPeriod(text: string): CellPeriod | null {
  if (text.length > 80) return null;
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const [, amount = '', word = ''] = match;
  const perYear = perYearOf(word);
  if (perYear === undefined) return null;
  return {
    amount: amount.trim(),
    perYear,
    name: periodName(perYear, word.toLowerCase().replace(/[.\-\s]/g, '')),
  };
}

/** Per year of the period words among `words` (lower-case, no currency): the first found, or undefined. */
export function periodOfWords(words: readonly string[]): { perYear: number; word: string } | undefined {
  for (const word of words) {
    const perYear = perYearOf(word);
    if (perYear !== undefined) return { perYear, word };
  }
  return undefined;
}

/** Whether a word is a period word (so a header's unit reader can set it apart). */
export function isPeriodWord(word: string): boolean {
  return perYearOf(word) !== undefined;
}

/** A header's period given outside brackets: "Price / month", "Price per month", "Price €/mo", "Monthly price". */
const HEADER_TAIL = new RegExp(
  `^(.*?\\S)\\s*(?:[^\\sa-z0-9()]{0,3}\\s*/\\s*|\\s+(?:per|a|an|each|every|pro|par)\\s+)${WORD}\\.?\\s*$`,
  'i',
);
const HEADER_HEAD = /^(monthly)\s+(.+)$/i;

/** A header without its period phrase, and that period; null when the header gives none outside brackets. */
export function headerPeriod(header: string): { base: string; perYear: number; name: string } | null {
  const tail = HEADER_TAIL.exec(header.trim());
  if (tail) {
    const perYear = perYearOf(tail[2] ?? '');
    if (perYear !== undefined) return { base: tail[1] ?? '', perYear, name: periodName(perYear, '') };
  }
  const head = HEADER_HEAD.exec(header.trim());
  if (head) {
    return { base: head[2] ?? '', perYear: 12, name: 'per month' };
  }
  return null;
}

/** A header with its period phrase left out, for finding its column ("Price / month" is the Price column). */
export function withoutPeriod(header: string): string {
  return headerPeriod(header)?.base ?? header;
}
