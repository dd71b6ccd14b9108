// Headers compared word by word: "Service needed locally" and "Local service needed" name the same column.
// A header's words are lower-cased, stripped of small words ("the", "of", "you") and of common endings
// ("-ly", "-ed", "-ing", plural "-s"), and sorted, so word order and inflection do not matter.

const SMALL_WORDS = new Set(
  'a an the of for to you your it its is are do does be by in on at per with how what we our they their'.split(
    ' ',
  ),
);

/** A word without its common English ending: locally -> local, needed -> need, buying -> buy. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 5 && word.endsWith('ly')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The header's words as one key ("local need service"); "" when it has none. Brackets are left out. */
export function headerWordsKey(text: string): string {
  const words = text
    .replace(/\([^()]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !SMALL_WORDS.has(w))
    .map(stem);
  return [...new Set(words)].sort().join(' ');
}
