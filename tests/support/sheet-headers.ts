// Header rows as issue #2 spells them. They are written out here, not taken from the engine, so a test that
// builds its input from them checks the engine against the spec rather than against itself.

/** The eleven factor columns, in the order a row without a header is read. */
export const FACTOR_HEADERS = [
  'Customer',
  'Product type',
  'Price',
  'Complexity',
  'See before buying',
  'Control',
  'Reach',
  'Market',
  'Buyers',
  'Local service',
  'Purchase frequency',
] as const;

/** A products table's header: the Product name column, then the factors. */
export const PRODUCT_TABLE_HEADER = ['Product', ...FACTOR_HEADERS] as const;

/** A weights table's header: Factor, Level, Weight, then one affinity column per model display name. */
export const WEIGHTS_TABLE_HEADER = [
  'Factor',
  'Level',
  'Weight',
  'Direct (assisted sales)',
  'Direct (automated purchase)',
  'Authorized dealers',
  'Open resale',
] as const;
