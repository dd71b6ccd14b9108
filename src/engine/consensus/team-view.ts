// The Team view's data: for one product, each rater's level per factor side by side (disputed factors
// first, most consequential first) and the model each rater's own row gives; for the portfolio, every
// product with the ones whose disputes change the answer first. Plain data, the same rules and words as
// DISTMODEL_CONSENSUS (consensusOf, settleText).

import { MODEL_DISPLAY_NAMES } from '../model/models';
import type { Reading } from '../reading/reading';
import type { Scorer } from '../scoring/scorer';
import { consensusOf, type ProductConsensus } from './consensus';
import { settleText } from './consensus-grid';
import { readRatings } from './ratings';

/** One factor: each rater's level (in TeamProductData.raters order; "" for a blank), and whether disputed. */
export interface TeamFactorData {
  readonly factor: string;
  readonly levels: readonly string[];
  readonly disputed: boolean;
}

/** The selected product as its raters see it; agreeing is "2 of 3", toSettle "" when nothing single settles it. */
export interface TeamProductData {
  readonly product: string;
  readonly model: string;
  readonly agreeing: string;
  readonly changesAnswer: boolean;
  readonly toSettle: string;
  readonly confidence: string;
  readonly couldAlsoBe: string;
  /** Each rater and the model their own row gives. */
  readonly raters: readonly { readonly rater: string; readonly model: string; readonly agrees: boolean }[];
  /** Disputed factors first, most consequential first, then the others in table order. */
  readonly factors: readonly TeamFactorData[];
  readonly notes: readonly string[];
}

/** One product of the portfolio; disputed names its factors in dispute. */
export interface TeamPortfolioData {
  readonly product: string;
  readonly model: string;
  readonly agreeing: string;
  readonly changesAnswer: boolean;
  readonly disputed: string;
}

export interface TeamData {
  readonly product: TeamProductData | null;
  readonly portfolio: readonly TeamPortfolioData[];
  readonly orphans: readonly string[];
}

const modelName = (m: number) => MODEL_DISPLAY_NAMES[m] as string;

function disputedNames(scorer: Scorer, c: ProductConsensus): string {
  return c.disputes.map((d) => scorer.factors[d.factor]?.name ?? '').join(', ');
}

function productData(scorer: Scorer, c: ProductConsensus): TeamProductData {
  const disputed = c.disputes.map((d) => d.factor);
  const order = [...disputed];
  for (let f = 0; f < scorer.factors.length; f++) if (!disputed.includes(f)) order.push(f);
  return {
    product: c.product,
    model: modelName(c.ws.best),
    agreeing: `${c.agreeing} of ${c.raters.length}`,
    changesAnswer: c.changesAnswer,
    toSettle: c.toSettle ? settleText(scorer, c.toSettle, c.raters.length) : '',
    confidence: c.judgement.confidence,
    couldAlsoBe: c.judgement.couldAlsoBe.map(modelName).join(', '),
    raters: c.raters.map((r) => ({ rater: r.rater, model: modelName(r.best), agrees: r.best === c.ws.best })),
    factors: order.map((f) => {
      const factor = scorer.factors[f] as Scorer['factors'][number];
      return {
        factor: factor.name,
        levels: c.raters.map((r) => {
          const l = r.levelOf[f] as number;
          return l < 0 ? '' : (factor.levelText[l] as string);
        }),
        disputed: disputed.includes(f),
      };
    }),
    notes: c.notes,
  };
}

/**
 * The Team view of a ratings grid (rows x columns, header row first): the product of grid row `selected`
 * (0-based; the header or a row without a product gives null) and the portfolio, products whose disputes
 * change the answer first, each group in order of first appearance. Products no rater's row could be
 * scored for are left out of the portfolio (DISTMODEL_CONSENSUS says why in their row).
 * @throws CallError when the grid has no header row, Rater column or Product column.
 */
export function teamView(
  scorer: Scorer,
  grid: readonly (readonly unknown[])[],
  selected: number,
  reading: Reading = {},
): TeamData {
  const block = readRatings(scorer, grid, reading);
  const bound = block.scorer;
  const rowCells = grid[selected];
  const selectedName = selected > 0 && rowCells ? block.productOf(rowCells) : null;
  const consensus = block.products.filter((p) => p.raters.length > 0).map((p) => consensusOf(bound, p));
  const portfolio = [
    ...consensus.filter((c) => c.changesAnswer),
    ...consensus.filter((c) => !c.changesAnswer),
  ];
  const chosen = consensus.find((c) => c.product.toLowerCase() === selectedName?.toLowerCase());
  return {
    product: chosen ? productData(bound, chosen) : null,
    portfolio: portfolio.map((c) => ({
      product: c.product,
      model: modelName(c.ws.best),
      agreeing: `${c.agreeing} of ${c.raters.length}`,
      changesAnswer: c.changesAnswer,
      disputed: disputedNames(bound, c),
    })),
    orphans: block.orphans,
  };
}
