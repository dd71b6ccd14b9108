// The Team view's sentences, pure so they are tested without a browser.
import type { TeamPortfolioRow, TeamProduct } from '../../src/shared/sidebar-contract';

/**
 * "Authorized dealers: 2 of 3 raters' own ratings give it (Close call). The disagreement changes the answer.
 * To settle: ...". One rater is no agreement yet; with no factor in dispute, only a blank can change it.
 * p.agreeing and the raters' agrees flags count the same raters.
 */
export function verdictText(p: TeamProduct): string {
  if (p.raters.length === 1)
    return `${p.model} (${p.confidence}), from one rater's ratings: see the note below.`;
  const agreeing = p.raters.filter((r) => r.agrees).length;
  // Fewer than half agreeing looks like a lost vote; it is not a vote (docs/consensus.md, How it decides).
  const minority = agreeing * 2 < p.raters.length ? ' It wins on the average score, not by votes.' : '';
  const agree = `${p.model}: ${p.agreeing} raters' own ratings give it (${p.confidence}).${minority}`;
  const disputed = p.factors.some((f) => f.disputed);
  if (!p.changesAnswer) {
    return disputed
      ? `${agree} Where they disagree, it does not change the answer.`
      : `${agree} No factor is in dispute.`;
  }
  return `${agree} The disagreement changes the answer. ${nextStep(p, disputed)}`;
}

/** What to do about a disagreement that changes the answer: the To settle choice, or why there is none. */
function nextStep(p: TeamProduct, disputed: boolean): string {
  if (p.toSettle !== '') return `To settle: ${p.toSettle}.`;
  return disputed
    ? "No one factor changes any rater's model: talk the disputed ones through together."
    : 'No factor is in dispute, so a blank makes the difference: ask whoever left a factor blank to fill it.';
}

/** "Pump: Authorized dealers, 2 of 3 (Customer, Complexity)". */
export function portfolioText(row: TeamPortfolioRow): string {
  const disputed = row.disputed === '' ? '' : ` (${row.disputed})`;
  return `${row.product}: ${row.model}, ${row.agreeing}${disputed}`;
}
