// The Team view's sentences, pure so they are tested without a browser.
import type { TeamPortfolioRow, TeamProduct } from '../../src/shared/sidebar-contract';

/** "Authorized dealers: 2 of 3 raters' own ratings give it. The disagreement changes the answer." */
export function verdictText(p: TeamProduct): string {
  const agree = `${p.model}: ${p.agreeing} raters' own ratings give it (${p.confidence}).`;
  if (!p.changesAnswer) return `${agree} Where they disagree, it does not change the answer.`;
  const settle =
    p.toSettle === ''
      ? ' No single factor settles it: talk the disputed ones through.'
      : ` To settle: ${p.toSettle}.`;
  return `${agree} The disagreement changes the answer.${settle}`;
}

/** "Pump: Authorized dealers, 2 of 3 (Customer, Complexity)". */
export function portfolioText(row: TeamPortfolioRow): string {
  const disputed = row.disputed === '' ? '' : ` (${row.disputed})`;
  return `${row.product}: ${row.model}, ${row.agreeing}${disputed}`;
}
