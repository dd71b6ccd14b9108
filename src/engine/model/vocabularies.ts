// Level sets several columns share, and what else each accepts: a Yes/No column takes TRUE/FALSE (so a
// column of checkboxes works as it is), a Low/Medium/High column a 1 to 5 rating (the other way teams grade
// such things). Any factor whose levels include such a set gets the same leniency, a user's own included.
// Words are listed per level, so one word can never mean two levels of a column (tests check it).
import { normalizeKey } from '../basics/text';

/** Other words for each level: level -> the words people write for it (compared with normalizeKey). */
export type LevelWords = Readonly<Record<string, readonly string[]>>;

export interface Vocabulary {
  readonly levels: readonly string[];
  /** Other spellings: normalized alias -> level (derived from `words`). */
  readonly aliases: Readonly<Record<string, string>>;
  /** The same, per level, as written in the README's vocabulary table. */
  readonly words: LevelWords;
  /** The level a checkbox stands for. */
  readonly checkbox?: (checked: boolean) => string;
  /** The level a 1 to 5 rating stands for. */
  readonly rating?: (n: number) => string;
}

/** normalized word -> level, from words listed per level. */
export function aliasesOf(words: LevelWords): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const [level, list] of Object.entries(words)) {
    for (const word of list) aliases[normalizeKey(word)] = level;
  }
  return aliases;
}

const YES_NO_WORDS: LevelWords = {
  Yes: ['y', 'true', 'x', 'required', 'needed', 'necessary', 'essential', 'must'],
  No: ['n', 'false', 'none', 'not needed', 'not required', 'unnecessary', 'no need'],
};

export const YES_NO: Vocabulary = {
  levels: ['Yes', 'No'],
  words: YES_NO_WORDS,
  aliases: aliasesOf(YES_NO_WORDS),
  checkbox: (checked) => (checked ? 'Yes' : 'No'),
};

const LOW_MEDIUM_HIGH_WORDS: LevelWords = {
  Low: ['l', 'lo', 'very low', 'minimal', 'minor', 'little', 'limited', 'slight', 'none'],
  Medium: ['m', 'med', 'mid', 'middle', 'moderate', 'average', 'avg', 'normal', 'some', 'intermediate'],
  High: ['h', 'hi', 'very high', 'significant', 'strong', 'major', 'extensive', 'critical'],
};

export const LOW_MEDIUM_HIGH: Vocabulary = {
  levels: ['Low', 'Medium', 'High'],
  words: LOW_MEDIUM_HIGH_WORDS,
  aliases: aliasesOf(LOW_MEDIUM_HIGH_WORDS),
  // Folds five grades onto three symmetrically: 1-2 Low, 3 Medium, 4-5 High.
  rating: (n) => (n <= 2 ? 'Low' : n === 3 ? 'Medium' : 'High'),
};

const VOCABULARIES = [YES_NO, LOW_MEDIUM_HIGH];

/** The shared vocabulary all of whose levels are among these labels (any case, any order), if any. */
export function vocabularyOf(labels: readonly string[]): Vocabulary | undefined {
  const keys = new Set(labels.map(normalizeKey));
  return VOCABULARIES.find((v) => v.levels.every((level) => keys.has(normalizeKey(level))));
}
