// What a user's typing becomes in a cell, as in Sheets: "=..." a formula, numbers and TRUE/FALSE typed,
// a leading apostrophe forces text, anything else stays text, and an empty entry clears the cell.

export type TypedContent = string | number | boolean;

export function typedInput(text: string): TypedContent {
  if (text.startsWith('=')) return text;
  if (text.startsWith("'")) return text.slice(1);
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) return Number(trimmed.replaceAll(',', ''));
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  return text;
}
