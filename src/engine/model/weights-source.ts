// Resolves DISTMODEL's `weights` argument: blank means Balanced, a text names a preset (so a single cell
// with a dropdown of presets works), a range is a weights table. Compiled presets are kept for reuse.
import { CallError } from '../basics/call-error';
import { isBlank, listChoices } from '../basics/text';
import { compileWeights, type Scorer } from '../scoring/scorer';
import { findPreset, PRESET_NAMES } from './presets';
import { parseWeightsTable } from './weights-table';

const compiledPresets = new Map<string, Scorer>();

/** A preset's compiled table, by name in any case (compiled once per name); undefined when none is called so. */
export function presetScorer(name: string): Scorer | undefined {
  const preset = findPreset(name);
  if (!preset) return undefined;
  let scorer = compiledPresets.get(preset.name);
  if (!scorer) {
    scorer = compileWeights(preset.table);
    compiledPresets.set(preset.name, scorer);
  }
  return scorer;
}

const MAX_LISTED_PROBLEMS = 3;

/** Compiles a weights table grid, or throws a CallError listing its first problems. */
function scorerFromGrid(grid: readonly (readonly unknown[])[]): Scorer {
  const result = parseWeightsTable(grid);
  if (!result.ok) {
    const { problems } = result;
    const more =
      problems.length > MAX_LISTED_PROBLEMS ? ` (and ${problems.length - MAX_LISTED_PROBLEMS} more)` : '';
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => p.message);
    throw new CallError(`${listed.join(' ')}${more}`, problems);
  }
  return compileWeights(result.table);
}

/**
 * DISTMODEL's `weights` argument as a compiled table: blank (or a range of blanks) is the Balanced preset,
 * a text or a 1 x 1 range names a preset (any case), and a larger range (rows x columns as the sheet holds
 * it, header first) is a weights table (README.md "The weights table").
 * @throws CallError when a table has problems (its first three messages, the full list in `problems`), or
 *   when the value is neither a range nor a preset's name.
 */
export function resolveWeights(weights: unknown): Scorer {
  if (Array.isArray(weights)) {
    // Array.from rather than map, which would keep the holes of a sparse array.
    const grid = Array.from(weights, (row) => (Array.isArray(row) ? row : [row]));
    if (grid.every((row) => row.every(isBlank))) return presetScorer('Balanced') as Scorer;
    if (grid.length === 1 && grid[0]?.length === 1) return resolveWeights(grid[0][0]);
    return scorerFromGrid(grid);
  }
  if (isBlank(weights)) return presetScorer('Balanced') as Scorer;
  if (typeof weights === 'string') {
    const scorer = presetScorer(weights);
    if (scorer) return scorer;
  }
  throw new CallError(
    `weights: ${JSON.stringify(String(weights))} is neither a weights table range nor a preset (${listChoices([...PRESET_NAMES])}).`,
  );
}
