// The custom functions Sheets calls. Their JSDoc is copied whole into dist/Code.js by scripts/build.mjs,
// directly above the top-level declaration, so Sheets lists them in autocomplete and formula help.
// They run in AuthMode.CUSTOM_FUNCTION: they read their arguments and, to read text amounts, the
// spreadsheet's locale (a getter); they write nothing.
import {
  CallError,
  clipMessage,
  describeValue,
  distmodel,
  distmodelConsensus,
  distmodelSensitivity,
  findPreset,
  fittedGrid,
  isBlank,
  learnWeights,
  OUTPUT_HEADERS,
  PRESET_NAMES,
  parseOutputKind,
  resolveWeights,
  sensitivityHeader,
  weightsTableToGrid,
} from '../engine';
import { argumentRows, checkResultSize } from './result-size';
import { activeReading } from './sheets';

/** Sheets shows a thrown error's message in the cell's tooltip; keep it to what the user can act on. */
function asSheetsError(err: unknown, fn: string): Error {
  if (err instanceof CallError) return new Error(clipMessage(`${fn}: ${err.message}`));
  return new Error(
    clipMessage(`${fn}: unexpected problem (${err instanceof Error ? err.message : String(err)}).`),
  );
}

/**
 * Recommends a distribution model for each product row: Direct (assisted sales), Direct (automated
 * purchase), Authorized dealers or Open resale.
 *
 * @param {Array<Array<string|number|boolean>>} products Product rows. With a header row (Customer, Product type, Price, Complexity, See before buying, Control, Reach, Market, Buyers, Local service, Purchase frequency, in any order) the result starts with its own header; without one, columns are read in that order.
 * @param {Array<Array<string|number>>|string} weights Optional. A weights table range (see DISTMODEL_WEIGHTS), or a preset name such as "B2B software". Blank means the Balanced preset.
 * @param {string} output Optional. "model" (default), "scores", "explain", "all", "flip" (the factor to change, what to change it to, and the model it would then get) or "whatif" (one sentence: which fact and which weight change would change the answer).
 * @param {Array<Array<string>>} header Optional. The table's header row (such as A$1:L$1) when products is a block of rows without it: columns are matched by these names, in any order, and the result has no header row. Cells of products beyond the header's width are ignored.
 * @return One row per product: the recommended model, its scores, margin, close-call flag, explanation or what would change it.
 * @customfunction
 */
export function DISTMODEL(
  products: unknown,
  weights?: unknown,
  output?: unknown,
  header?: unknown,
): unknown[][] {
  try {
    const kind = parseOutputKind(output);
    checkResultSize(argumentRows(products), OUTPUT_HEADERS[kind].length, `the "${kind}" output`);
    return distmodel(products, weights, output, header, activeReading());
  } catch (err) {
    throw asSheetsError(err, 'DISTMODEL');
  }
}

/**
 * How sensitive each product's recommendation is to the weights: for each factor, the range of its weight
 * (the other weights unchanged) over which the recommendation stays the same.
 *
 * @param {Array<Array<string|number|boolean>>} products Product rows, as for DISTMODEL: with a header row the result starts with its own header.
 * @param {Array<Array<string|number>>|string} weights Optional. A weights table range or a preset name, as for DISTMODEL. Blank means the Balanced preset.
 * @param {Array<Array<string>>} header Optional. The table's header row when products is a block of rows without it, as for DISTMODEL.
 * @return One row per product: the model, whether it is robust (no weight from 0 to 3 times its value changes it), then per factor the lowest and highest weight that keep it ("no limit" when none is too high).
 * @customfunction
 */
export function DISTMODEL_SENSITIVITY(products: unknown, weights?: unknown, header?: unknown): unknown[][] {
  try {
    const width = sensitivityHeader(resolveWeights(weights)).length;
    checkResultSize(argumentRows(products), width, 'sensitivity');
    return distmodelSensitivity(products, weights, header, activeReading());
  } catch (err) {
    throw asSheetsError(err, 'DISTMODEL_SENSITIVITY');
  }
}

/**
 * The team's answer when several people rate the same products: one row per product (in order of first
 * appearance) with the model of the highest average score over the raters' own rows, how many raters'
 * own rows agree, the factors they rate differently, whether that changes the answer and which one agreed
 * factor would settle it.
 *
 * @param {Array<Array<string|number|boolean>>} ratings The ratings block with its header row (such as A1:N): a Product column, a Rater column and the factor columns, one row per product and rater, read as DISTMODEL reads products. A rater's blank is that rater's unknown.
 * @param {Array<Array<string|number>>|string} weights Optional. A weights table range or a preset name, as for DISTMODEL. Blank means the Balanced preset.
 * @param {string} output Optional. "all" (default: Product, Distribution model, Raters, Agreeing, Factors in dispute, Changes the answer, To settle, Confidence, Could also be, Notes), "model", "scores" (the average scores) or "raters" (one row per rater: the model their own row gives).
 * @return A header row, then one row per product; rows that name no product last, with their message.
 * @customfunction
 */
export function DISTMODEL_CONSENSUS(ratings: unknown, weights?: unknown, output?: unknown): unknown[][] {
  try {
    return distmodelConsensus(ratings, weights, output, activeReading());
  } catch (err) {
    throw asSheetsError(err, 'DISTMODEL_CONSENSUS');
  }
}

/**
 * Spills a full weights table (Factor, Level, Weight and one affinity column per model) to start a
 * configuration sheet from. Edit it and pass its range to DISTMODEL as weights.
 *
 * @param {string} preset Optional. Balanced (default), B2B software, Consumer packaged goods, Luxury and prestige goods or Industrial equipment.
 * @return The weights table of the preset, header row first.
 * @customfunction
 */
export function DISTMODEL_WEIGHTS(preset?: unknown): (string | number)[][] {
  const name = isBlank(preset) ? 'Balanced' : String(preset);
  const found = findPreset(name);
  if (!found) {
    throw new Error(
      `DISTMODEL_WEIGHTS: ${describeValue(name)} is not a preset; use one of ${PRESET_NAMES.join(', ')}.`,
    );
  }
  return weightsTableToGrid(found.table);
}

/**
 * Learns a weights table from your own portfolio: fits the affinities so that DISTMODEL recommends the model
 * you already use for as many of the given products as it can, staying close to the starting table. The
 * fit is kept only when it agrees with more products it did not see (5-fold cross-validation) than the
 * start does; the Note column says so, and why each changed row changed.
 *
 * @param {Array<Array<string|number|boolean>>} products Product rows with their header row (such as A1:L29), read as DISTMODEL reads them, your own factors included.
 * @param {Array<Array<string>>} models The model each product is sold through, one cell per product row (such as M2:M29): Direct (assisted sales), Direct (automated purchase), Authorized dealers or Open resale. Blank rows are left out. Each model named needs at least 5 products.
 * @param {Array<Array<string|number>>|string} weights Optional. The starting weights table range, or a preset name. Blank means the Balanced preset.
 * @param {number} strength Optional. The most any one affinity may move, 0 (no change) to 4; default 1.
 * @return A complete weights table (Factor, Level, Weight, one affinity column per model, Note), header row first.
 * @customfunction
 */
export function DISTMODEL_FIT(
  products: unknown,
  models: unknown,
  weights?: unknown,
  strength?: unknown,
): (string | number)[][] {
  try {
    return fittedGrid(learnWeights(products, models, weights, strength, activeReading()));
  } catch (err) {
    throw asSheetsError(err, 'DISTMODEL_FIT');
  }
}
