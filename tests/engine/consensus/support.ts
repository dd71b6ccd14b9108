// Shared by the consensus tests: a ratings header and one rater's row of a field calibration service, which
// raters see alike but for the facts they argue about (Customer, Complexity, Buyers).
import { FACTOR_HEADERS } from '../../support/sheet-headers';

export const RATINGS_HEADER = ['Product', 'Rater', ...FACTOR_HEADERS];

/** One rater's row of a field calibration service (ratings header order). */
export function calibration(
  product: string,
  rater: string,
  customer: string,
  complexity: string,
  buyers = 'Few',
): unknown[] {
  return [
    product,
    rater,
    customer,
    'Service',
    3000,
    complexity,
    'Yes',
    'High',
    'Medium',
    'Niche',
    buyers,
    'Yes',
    'Rare',
  ];
}
