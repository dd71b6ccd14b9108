// Cell contents that stand for "not known": what teams write in a cell they cannot fill yet ("N/A", "-",
// "TBD", "?"), and the error values a failed formula shows. A placeholder is read as a blank (missing
// evidence); an error value is a problem of that cell, named in the row's message.
import { normalizeKey } from '../basics/text';

/** Words meaning "not known (yet)", as normalizeKey writes them. */
const UNKNOWN_WORDS = new Set(
  [
    'n/a',
    'na',
    'n.a.',
    'nk',
    'tbd',
    'tbc',
    'tba',
    'unknown',
    'unk',
    'not known',
    'not known yet',
    'not yet known',
    "don't know",
    'do not know',
    'idk',
    'not sure',
    'unsure',
    'pending',
    'to be determined',
    'to be confirmed',
    'to be decided',
    'undecided',
    'not applicable',
    'not set',
    'not set yet',
    'missing',
    'no data',
    'no info',
  ].map(normalizeKey),
);

/** Dashes, question marks, dots, slashes: what a cell holds to say "nothing here yet" (not a check mark). */
const NO_VALUE_MARKS = /^[\s\-\u2010-\u2015\u2212_?¿.…/*~]+$/;

/**
 * Whether a text means "not known": one of the words above, or only punctuation and dashes ("-", "—",
 * "?", "..."), which carry no value. A factor's own level always wins over this (a level named "N/A").
 */
export function isPlaceholder(text: string): boolean {
  const key = normalizeKey(text);
  if (key === '') return NO_VALUE_MARKS.test(text);
  return UNKNOWN_WORDS.has(key);
}

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The error value a cell shows ("#N/A", "#REF!"...), as Range.getValues and (maybe) custom functions pass it. */
export function errorValueOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return ERROR_VALUE.test(text) ? text.toUpperCase() : null;
}

/** The message for a factor cell that shows an error value: it names the column and the way out. */
export function errorValueMessage(factorName: string, error: string): string {
  return `${factorName}: the cell shows ${error}; fix its formula, or wrap it in IFERROR(..., "") to leave it blank.`;
}
