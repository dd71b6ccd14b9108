// The built-in product columns: their names, the headers users write for them, the levels they accept and
// the aliases of those levels. Affinities and weights live in the weights table, not here.
import { normalizeKey } from './text';
import { LOW_MEDIUM_HIGH, YES_NO } from './vocabularies';

export type FactorKind = 'category' | 'numeric';

export interface BuiltInFactor {
  /** The column header and the weights table's Factor name. */
  readonly name: string;
  readonly kind: FactorKind;
  /** Other headers that mean this column, compared with normalizeKey. */
  readonly synonyms: readonly string[];
  /** Canonical levels (lower bounds for a numeric factor); a weights table may list them in any order. */
  readonly levels: readonly string[];
  /**
   * Extra spellings of a level: normalized alias -> canonical level. Yes/No and Low/Medium/High columns get
   * theirs (and checkboxes, ratings) from vocabularies.ts, whatever the factor.
   */
  readonly aliases?: Readonly<Record<string, string>>;
  /** What the column means, for help text. */
  readonly help: string;
}

/** The product name column: shown, never scored. */
export const PRODUCT_COLUMN = {
  name: 'Product',
  synonyms: ['Product name', 'Name', 'Item', 'Products', 'Offering name'],
} as const;

export const BUILT_IN_FACTORS: readonly BuiltInFactor[] = [
  {
    name: 'Customer',
    kind: 'category',
    synonyms: [
      'Customer type',
      'Customers',
      'Customer segment',
      'Segment',
      'Audience',
      'B2B or B2C',
      'B2B/B2C',
    ],
    levels: ['B2B', 'B2C', 'Both'],
    aliases: {
      business: 'B2B',
      businesses: 'B2B',
      consumer: 'B2C',
      consumers: 'B2C',
      b2bb2c: 'Both',
      b2cb2b: 'Both',
    },
    help: 'Who buys: businesses (B2B), consumers (B2C) or both.',
  },
  {
    name: 'Product type',
    kind: 'category',
    synonyms: ['Type', 'Product kind', 'Kind', 'Offering type', 'Category', 'Product category'],
    levels: ['Software', 'Physical', 'Service'],
    aliases: {
      saas: 'Software',
      app: 'Software',
      digital: 'Software',
      hardware: 'Physical',
      physicalgood: 'Physical',
      goods: 'Physical',
      services: 'Service',
    },
    help: 'Software, a physical product or a service.',
  },
  {
    name: 'Price',
    kind: 'numeric',
    synonyms: [
      'Typical price',
      'Price USD',
      'Unit price',
      'Deal size',
      'Price per purchase',
      'Purchase value',
      'Average price',
      'ACV',
    ],
    levels: ['0', '50', '2000', '100000'],
    help: 'Typical value of one purchase in USD.',
  },
  {
    name: 'Complexity',
    kind: 'category',
    synonyms: ['Product complexity', 'Sales complexity', 'Purchase complexity', 'Complexity of sale'],
    levels: LOW_MEDIUM_HIGH.levels,
    help: 'How much customization, technical pre-sales or installation the sale needs.',
  },
  {
    name: 'See before buying',
    kind: 'category',
    synonyms: [
      'Try before buying',
      'See before buy',
      'Try before buy',
      'See or try before buying',
      'Inspect before buying',
      'Touch and feel',
      'Needs demo',
    ],
    levels: YES_NO.levels,
    help: 'Whether buyers want to see, touch or try it before they buy.',
  },
  {
    name: 'Control',
    kind: 'category',
    synonyms: ['Brand control', 'Channel control', 'Control needed', 'Control over sales'],
    levels: LOW_MEDIUM_HIGH.levels,
    help: 'How much the maker must control how it is sold.',
  },
  {
    name: 'Reach',
    kind: 'category',
    synonyms: ['Market reach', 'Desired reach', 'Coverage', 'Market coverage', 'Saturation'],
    levels: LOW_MEDIUM_HIGH.levels,
    help: 'How much the maker wants market saturation.',
  },
  {
    name: 'Market',
    kind: 'category',
    synonyms: ['Market type', 'Target market', 'Market size', 'Mass or niche'],
    levels: ['Niche', 'Mass'],
    aliases: { massmarket: 'Mass', nichemarket: 'Niche' },
    help: 'A niche market or a mass market.',
  },
  {
    name: 'Buyers',
    kind: 'category',
    synonyms: ['Number of buyers', 'Buyer count', 'Buyer concentration', 'Number of customers', 'Buyer base'],
    levels: ['Few', 'Many'],
    help: 'Few concentrated buyers, or many dispersed ones.',
  },
  {
    name: 'Local service',
    kind: 'category',
    synonyms: [
      'Local support',
      'After-sales service',
      'After sales service',
      'Service needed',
      'Local service needed',
      'Installation',
      'Service and parts',
    ],
    levels: YES_NO.levels,
    help: 'Whether local after-sales service, parts or installation are needed.',
  },
  {
    name: 'Purchase frequency',
    kind: 'category',
    synonyms: [
      'Frequency',
      'Buying frequency',
      'Repurchase frequency',
      'Purchase cadence',
      'How often bought',
    ],
    levels: ['Rare', 'Occasional', 'Frequent'],
    aliases: {
      rarely: 'Rare',
      occasionally: 'Occasional',
      frequently: 'Frequent',
      often: 'Frequent',
      sometimes: 'Occasional',
    },
    help: 'How often one buyer buys it again.',
  },
];

/** Column order of a row given without a header (the Product column excluded). */
export const HEADERLESS_ORDER: readonly string[] = BUILT_IN_FACTORS.map((f) => f.name);

const BUILT_IN_BY_KEY = new Map<string, BuiltInFactor>();
for (const factor of BUILT_IN_FACTORS) {
  BUILT_IN_BY_KEY.set(normalizeKey(factor.name), factor);
}

/** A built-in factor by its name (not a synonym), or undefined for a user's own factor. */
export function builtInFactor(name: string): BuiltInFactor | undefined {
  return BUILT_IN_BY_KEY.get(normalizeKey(name));
}
