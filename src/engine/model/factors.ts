// The built-in product columns: their names, the headers users write for them, the levels they accept and
// the aliases of those levels. Affinities and weights live in the weights table, not here.
import { normalizeKey } from '../basics/text';
import { aliasesOf, type LevelWords, LOW_MEDIUM_HIGH, YES_NO } from './vocabularies';

export type FactorKind = 'category' | 'numeric';

export interface BuiltInFactor {
  /** The column header and the weights table's Factor name. */
  readonly name: string;
  readonly kind: FactorKind;
  /** Other headers that mean this column, compared with normalizeKey (and word by word, see columns.ts). */
  readonly synonyms: readonly string[];
  /** Canonical levels (lower bounds for a numeric factor); a weights table may list them in any order. */
  readonly levels: readonly string[];
  /**
   * Other words people write for each level. Yes/No and Low/Medium/High columns also get their shared
   * vocabulary's words (and checkboxes, ratings) from vocabularies.ts, whatever the factor.
   */
  readonly words?: LevelWords;
  /** `words` as normalized alias -> canonical level, the form the level matchers take. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** What the column means, for help text. */
  readonly help: string;
  /**
   * A numeric factor counted per year (a subscription's price, a customer's yearly spend): a header or
   * cell that says "per month" is converted to a year. Absent for counts that are not money over time.
   */
  readonly perYear?: boolean;
  /**
   * How the levels relate, for what a misjudgement could be (what-if/settle.ts): absent, the levels are
   * degrees in `levels` order (Low, Medium, High), so a near miss is a neighbouring level; a list gives
   * that order instead; 'kinds' means they name what the product is, a fact rather than an estimate.
   */
  readonly scale?: readonly string[] | 'kinds';
}

/** The product name column: shown, never scored. */
export const PRODUCT_COLUMN = {
  name: 'Product',
  synonyms: [
    'Product name',
    'Name',
    'Item',
    'Item name',
    'Products',
    'Offering name',
    'SKU',
    'SKU name',
    'Product title',
    'Article',
  ],
} as const;

type FactorSpec = Omit<BuiltInFactor, 'aliases'>;

const SPECS: readonly FactorSpec[] = [
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
      'Buyer type',
      'Client type',
      'Target customer',
      'Business or consumer',
    ],
    levels: ['B2B', 'B2C', 'Both'],
    // Both sits between business and consumer buyers.
    scale: ['B2B', 'Both', 'B2C'],
    words: {
      B2B: [
        'business',
        'businesses',
        'enterprise',
        'enterprises',
        'corporate',
        'company',
        'companies',
        'organizations',
        'organisations',
        'SMB',
        'SME',
        'B2G',
        'government',
        'public sector',
        'professional',
        'professionals',
        'commercial',
        'industrial',
      ],
      B2C: [
        'consumer',
        'consumers',
        'individual',
        'individuals',
        'private',
        'households',
        'shoppers',
        'retail customers',
        'D2C',
        'DTC',
        'personal',
      ],
      Both: [
        'B2B/B2C',
        'B2C/B2B',
        'B2B and B2C',
        'B2C and B2B',
        'B2B2C',
        'mixed',
        'all',
        'everyone',
        'businesses and consumers',
        'business and consumer',
        'consumers and businesses',
      ],
    },
    help: 'Who buys: businesses (B2B), consumers (B2C) or both.',
  },
  {
    name: 'Product type',
    kind: 'category',
    synonyms: [
      'Type',
      'Product kind',
      'Kind',
      'Offering type',
      'Category',
      'Product category',
      'Type of product',
      'Good or service',
    ],
    levels: ['Software', 'Physical', 'Service'],
    scale: 'kinds',
    words: {
      Software: [
        'SaaS',
        'app',
        'apps',
        'application',
        'digital',
        'digital product',
        'cloud',
        'web app',
        'mobile app',
        'API',
        'PaaS',
        'IaaS',
        'license',
        'licence',
        'download',
      ],
      Physical: [
        'hardware',
        'physical good',
        'physical goods',
        'physical product',
        'goods',
        'good',
        'device',
        'devices',
        'equipment',
        'machinery',
        'machine',
        'machines',
        'tangible',
        'appliance',
        'consumer goods',
        'FMCG',
        'CPG',
      ],
      Service: [
        'services',
        'consulting',
        'consultancy',
        'professional services',
        'managed service',
        'managed services',
        'maintenance',
        'training',
        'agency',
      ],
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
      'Deal value',
      'Price per purchase',
      'Purchase value',
      'Average price',
      'ACV',
      'Annual contract value',
      'Contract value',
      'Order value',
      'Average order value',
      'AOV',
      'Ticket size',
      'List price',
      'Selling price',
      'Price point',
    ],
    levels: ['0', '50', '2000', '100000'],
    help: 'Typical value of one purchase, in one currency for the whole table; a subscription per year.',
    perYear: true,
  },
  {
    name: 'Complexity',
    kind: 'category',
    synonyms: [
      'Product complexity',
      'Sales complexity',
      'Purchase complexity',
      'Complexity of sale',
      'Technical complexity',
    ],
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
      'Demo needed',
      'Hands-on before buying',
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
    synonyms: [
      'Market reach',
      'Desired reach',
      'Coverage',
      'Market coverage',
      'Saturation',
      'Distribution reach',
    ],
    levels: LOW_MEDIUM_HIGH.levels,
    help: 'How much the maker wants market saturation.',
  },
  {
    name: 'Market',
    kind: 'category',
    synonyms: ['Market type', 'Target market', 'Market size', 'Mass or niche', 'Market breadth'],
    levels: ['Niche', 'Mass'],
    words: {
      Niche: [
        'niche market',
        'specialist',
        'specialised',
        'specialized',
        'narrow',
        'vertical',
        'small market',
        'targeted',
      ],
      Mass: ['mass market', 'mainstream', 'broad', 'wide', 'general', 'large market'],
    },
    help: 'A niche market or a mass market.',
  },
  {
    name: 'Buyers',
    kind: 'category',
    synonyms: ['Number of buyers', 'Buyer count', 'Buyer concentration', 'Number of customers', 'Buyer base'],
    levels: ['Few', 'Many'],
    words: {
      Few: ['few buyers', 'concentrated', 'handful', 'small number', 'key accounts'],
      Many: [
        'many buyers',
        'dispersed',
        'numerous',
        'lots',
        'large number',
        'fragmented',
        'thousands',
        'millions',
      ],
    },
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
      'Local service required',
      'Installation',
      'Service and parts',
      'On-site service',
      'Field service',
      'Local installation',
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
      'Order frequency',
      'Purchase interval',
      'Repeat purchase',
    ],
    levels: ['Rare', 'Occasional', 'Frequent'],
    // By how soon one buyer buys again: within a month is Frequent, within a year Occasional, less Rare.
    words: {
      Frequent: [
        'frequently',
        'often',
        'daily',
        'weekly',
        'monthly',
        'every day',
        'every week',
        'every month',
        'regularly',
        'regular',
        'recurring',
        'constantly',
        'high',
      ],
      Occasional: [
        'occasionally',
        'sometimes',
        'quarterly',
        'yearly',
        'annually',
        'annual',
        'every year',
        'seasonal',
        'seasonally',
        'periodically',
        'medium',
      ],
      Rare: [
        'rarely',
        'seldom',
        'once',
        'one-off',
        'one-time',
        'once in a lifetime',
        'every few years',
        'infrequent',
        'infrequently',
        'never',
        'low',
      ],
    },
    help: 'How often one buyer buys it again.',
  },
  // Two optional factors (issue 16): blank is unknown, and a table without them scores as before.
  {
    name: 'Delivery',
    kind: 'category',
    synonyms: [
      'Delivery mode',
      'Delivery method',
      'Fulfilment',
      'Fulfillment',
      'Fulfilment mode',
      'Fulfillment mode',
      'How delivered',
      'How it reaches the buyer',
    ],
    levels: ['Online', 'Made to order', 'From stock', 'On site'],
    scale: 'kinds',
    // How the product reaches the buyer decides which channel functions (stock, transport, installation)
    // someone must perform (Rangan's channel functions).
    words: {
      Online: [
        'digital',
        'download',
        'remote',
        'remotely',
        'delivered online',
        'cloud',
        'web',
        'streaming',
        'in app',
        'in-app',
        'electronic',
      ],
      'Made to order': [
        'to order',
        'made-to-order',
        'on demand',
        'on-demand',
        'custom',
        'custom built',
        'built to order',
        'build to order',
        'per order',
        'booked',
        'print on demand',
      ],
      'From stock': [
        'stock',
        'in stock',
        'shipped',
        'shipping',
        'off the shelf',
        'off-the-shelf',
        'shelf',
        'retail stock',
        'warehouse',
        'packaged',
      ],
      'On site': [
        'on-site',
        'onsite',
        'on premises',
        'on-premises',
        'at the customer',
        'installed',
        'installation',
        'field',
        'in person',
        'in-person',
      ],
    },
    help: 'How it reaches the buyer: Online (delivered online or remotely), Made to order (made or performed per order), From stock (standard units anyone stocking them can hand over) or On site (installed or serviced at the buyer).',
  },
  {
    name: 'Customer value',
    kind: 'numeric',
    synonyms: [
      'Annual customer value',
      'Yearly customer value',
      'Customer value per year',
      'Spend per customer',
      'Annual spend per customer',
      'Yearly spend per customer',
      'Revenue per customer',
      'Annual revenue per customer',
      'Account value',
      'Annual account value',
      'ARPA',
    ],
    levels: ['0', '1000', '10000', '100000'],
    help: 'What one customer spends with you on it in a year, same currency as Price (Kotler: a sales force pays off on large accounts).',
    perYear: true,
  },
];

export const BUILT_IN_FACTORS: readonly BuiltInFactor[] = SPECS.map((spec) =>
  spec.words ? { ...spec, aliases: aliasesOf(spec.words) } : spec,
);

/**
 * Column order of a row given without a header (the Product column excluded): the eleven factors of issue
 * #2 only, so existing headerless ranges (A:L) read as before; the optional factors need a header.
 */
export const HEADERLESS_ORDER: readonly string[] = BUILT_IN_FACTORS.slice(0, 11).map((f) => f.name);

const BUILT_IN_BY_KEY = new Map<string, BuiltInFactor>();
for (const factor of BUILT_IN_FACTORS) {
  BUILT_IN_BY_KEY.set(normalizeKey(factor.name), factor);
}

/** A built-in factor by its name (not a synonym), or undefined for a user's own factor. */
export function builtInFactor(name: string): BuiltInFactor | undefined {
  return BUILT_IN_BY_KEY.get(normalizeKey(name));
}
