// The Team view's sentences in the user's language, pure so they are tested without a browser. The model,
// the Confidence word and what would settle it come from the engine's consensus columns (data).
import type { TeamPortfolioRow, TeamProduct } from '../../src/shared/sidebar-contract';
import { t } from '../words';

/** "Authorized dealers: 2 of 3 raters' own ratings give it. The disagreement changes the answer." */
export function verdictText(p: TeamProduct): string {
  const agree = t('team.agree', { model: p.model, agreeing: p.agreeing, confidence: p.confidence });
  if (!p.changesAnswer) return `${agree} ${t('team.noChange')}`;
  const settle = p.toSettle === '' ? t('team.noSettle') : t('team.settle', { settle: p.toSettle });
  return `${agree} ${t('team.changes')} ${settle}`;
}

/** "Pump: Authorized dealers, 2 of 3 (Customer, Complexity)". */
export function portfolioText(row: TeamPortfolioRow): string {
  const disputed = row.disputed === '' ? '' : ` (${row.disputed})`;
  return `${row.product}: ${row.model}, ${row.agreeing}${disputed}`;
}
