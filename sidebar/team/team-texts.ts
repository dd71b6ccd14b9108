// The Team view's sentences in the user's language, pure so they are tested without a browser. The model,
// the Confidence word and what would settle it come from the engine's consensus columns (data).
import type { TeamPortfolioRow, TeamProduct } from '../../src/shared/sidebar-contract';
import { t } from '../words';

/**
 * "Authorized dealers: 2 of 3 raters' own ratings give it (Close call). The disagreement changes the answer.
 * To settle: ...". One rater is no agreement yet; with no factor in dispute, only a blank can change it.
 * p.agreeing and the raters' agrees flags count the same raters.
 */
export function verdictText(p: TeamProduct): string {
  if (p.raters.length === 1) return t('team.oneRater', { model: p.model, confidence: p.confidence });
  const agreeing = p.raters.filter((r) => r.agrees).length;
  // Fewer than half agreeing looks like a lost vote; it is not a vote (docs/consensus.md, How it decides).
  const minority = agreeing * 2 < p.raters.length ? ` ${t('team.minority')}` : '';
  const agree = `${t('team.agree', { model: p.model, agreeing: p.agreeing, confidence: p.confidence })}${minority}`;
  const disputed = p.factors.some((f) => f.disputed);
  if (!p.changesAnswer) return `${agree} ${t(disputed ? 'team.noChange' : 'team.noDispute')}`;
  return `${agree} ${t('team.changes')} ${nextStep(p, disputed)}`;
}

/** What to do about a disagreement that changes the answer: the To settle choice, or why there is none. */
function nextStep(p: TeamProduct, disputed: boolean): string {
  if (p.toSettle !== '') return t('team.settle', { settle: p.toSettle });
  return t(disputed ? 'team.noSettle' : 'team.blankDecides');
}

/** "Pump: Authorized dealers, 2 of 3 (Customer, Complexity)". */
export function portfolioText(row: TeamPortfolioRow): string {
  const disputed = row.disputed === '' ? '' : ` (${row.disputed})`;
  return `${row.product}: ${row.model}, ${row.agreeing}${disputed}`;
}
