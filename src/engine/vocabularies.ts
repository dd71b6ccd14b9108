// Level sets several columns share, and what else each accepts: a Yes/No column takes TRUE/FALSE (so a
// column of checkboxes works as it is), a Low/Medium/High column a 1 to 5 rating (the other way teams grade
// such things). Any factor whose levels include such a set gets the same leniency, a user's own included.
import { normalizeKey } from './text';

export interface Vocabulary {
  readonly levels: readonly string[];
  /** Other spellings: normalized alias -> level. */
  readonly aliases: Readonly<Record<string, string>>;
  /** The level a checkbox stands for. */
  readonly checkbox?: (checked: boolean) => string;
  /** The level a 1 to 5 rating stands for. */
  readonly rating?: (n: number) => string;
}

export const YES_NO: Vocabulary = {
  levels: ['Yes', 'No'],
  aliases: { yes: 'Yes', y: 'Yes', true: 'Yes', no: 'No', n: 'No', false: 'No' },
  checkbox: (checked) => (checked ? 'Yes' : 'No'),
};

export const LOW_MEDIUM_HIGH: Vocabulary = {
  levels: ['Low', 'Medium', 'High'],
  aliases: { l: 'Low', med: 'Medium', mid: 'Medium', m: 'Medium', h: 'High' },
  // Folds five grades onto three symmetrically: 1-2 Low, 3 Medium, 4-5 High.
  rating: (n) => (n <= 2 ? 'Low' : n === 3 ? 'Medium' : 'High'),
};

const VOCABULARIES = [YES_NO, LOW_MEDIUM_HIGH];

/** The shared vocabulary all of whose levels are among these labels (any case, any order), if any. */
export function vocabularyOf(labels: readonly string[]): Vocabulary | undefined {
  const keys = new Set(labels.map(normalizeKey));
  return VOCABULARIES.find((v) => v.levels.every((level) => keys.has(normalizeKey(level))));
}
