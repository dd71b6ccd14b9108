// The weights argument of a host outside Sheets (a BigQuery UDF, the command line): a weights table as CSV
// text, or a preset's name; blank is Balanced. Resolved by the engine's own rule (resolveWeights), so a
// table read here and the same table in a sheet compile to the same scorer.
import { csvParseRows } from 'd3-dsv';
import { isBlank } from '../basics/text';
import { presetScorer, resolveWeights } from '../model/weights-source';
import type { Scorer } from '../scoring/scorer';

/**
 * The scorer for `weights`: blank (or null) -> Balanced; a preset name ("B2B software") -> that preset;
 * anything else is read as CSV text (RFC 4180, d3-dsv) holding a weights table of the sidebar's layout
 * (Factor, Level, Weight, the four models...), rows x columns as in the weights sheet.
 * @throws CallError naming the table's first problems when the text is neither a preset nor a valid table.
 */
export function scorerFromWeightsText(weights: string | null | undefined): Scorer {
  if (weights === null || weights === undefined || isBlank(weights)) return resolveWeights('');
  const preset = presetScorer(weights.trim());
  if (preset) return preset;
  return resolveWeights(csvParseRows(weights));
}
