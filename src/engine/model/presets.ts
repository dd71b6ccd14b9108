// The starting affinity table and the presets built on it. The table is the project brief's domain notes
// (docs/domain.md of the brief, outside this repository: tests/engine/model/presets.test.ts checks it against
// them where they are present); README.md "The weights table" shows its shape. Every preset is a full weights table, so what a user starts from is visible and editable, number by number.
//
// Affinity: -2 strongly against ... +2 strongly for; columns in model order
// [assisted, automated, dealers, open resale].

import { normalizeKey } from '../basics/text';
import { builtInFactor } from './factors';
import type { PerModel } from './models';
import type { FactorTable, WeightsTable } from './weights-table';

/** A level's affinity per model and the Note that justifies it (channel functions, transaction cost). */
type LevelTable = readonly (readonly [level: string, affinity: PerModel, note: string])[];

// Re-derived for issue 16 (docs/how-good.md): the domain table of ../shared/docs/domain.md, changed where
// the reference set's training four fifths show it wrong, then the regularised fit of
// src/engine/learning/fit.ts (pulled toward that reasoned table, steps of 0.5) checked by cross-validation
// grouped by product profile (`npm run reference -- --fit 2`). Each row's Note gives the reason the number
// is right, not just that the data moved it.
const BALANCED_AFFINITY: readonly (readonly [factor: string, levels: LevelTable])[] = [
  [
    'Customer',
    [
      [
        'B2B',
        [2, 0, 1, -1.5],
        'Business buyers negotiate and need account care; distributors and VARs serve them too, shelves rarely.',
      ],
      [
        'B2C',
        [-0.5, 0.5, 0.5, 1],
        'Households buy where they already shop or online; a sales call per household rarely pays.',
      ],
      ['Both', [0, 1, 0, 1], 'Mixed buyers favour channels open to anyone: the web shop and resale.'],
    ],
  ],
  [
    'Product type',
    [
      [
        'Software',
        [0.5, 1.5, -0.5, -2],
        'Nothing to stock or ship: buying online from the maker is natural; resellers add little (channel functions).',
      ],
      [
        'Physical',
        [0, -1.5, 1, 0.5],
        'Goods need stock, transport and display: functions intermediaries perform at lower cost.',
      ],
      [
        'Service',
        [1.5, -1, 0.5, -0.5],
        'A service is produced by the maker or its licensed agents and sold by people who can scope it.',
      ],
    ],
  ],
  [
    'Price',
    [
      [
        '0',
        [-2, 1, -1.5, 1],
        'Under 50 a purchase cannot carry any selling cost: self-service, online or on a shelf.',
      ],
      ['50', [-0.5, 1.5, 1, 0], '50 to 2,000: the web-shop band; dealers where advice is part of the sale.'],
      [
        '2000',
        [1, -1, 1, -1.5],
        "2,000 to 100,000: buyers want advice and terms, from the maker's reps or dealers alike (the price alone does not choose); rarely a checkout.",
      ],
      [
        '100000',
        [1, -2, 1, -2],
        "100,000 or more: negotiated deals, by the maker's sales force or its heavy-equipment dealers.",
      ],
    ],
  ],
  [
    'See before buying',
    [
      [
        'Yes',
        [1, -1, 1.5, -0.5],
        "A demonstration or showroom is a channel function: dealers or the maker's own staff provide it.",
      ],
      ['No', [0.5, 0.5, -0.5, 0.5], 'No demonstration needed: the cheaper channels lose nothing.'],
    ],
  ],
  [
    'Complexity',
    [
      [
        'High',
        [1, -2, 1, -2],
        "Configuration and pre-sales engineering need people: the maker's team or a value-added reseller (transaction cost).",
      ],
      ['Medium', [1, -1, 1, -2], 'Some advice or fitting per sale: assisted or dealer, never a bare shelf.'],
      ['Low', [-0.5, 0.5, 0, 1], 'Picked from a catalogue: any channel can sell it, the cheapest wins.'],
    ],
  ],
  [
    'Control',
    [
      [
        'High',
        [1, -0.5, 1.5, -1],
        'Brand, price or regulation to protect: own people or selected dealers under contract, not open resale.',
      ],
      ['Medium', [0, 0.5, 0, 0], 'No strong pull either way.'],
      ['Low', [-1, 0.5, -1, 1.5], 'Nothing to protect: let any reseller carry it.'],
    ],
  ],
  [
    'Reach',
    [
      [
        'High',
        [-1.5, 0.5, -0.5, 1.5],
        'Being everywhere buyers are needs intensive distribution: open resale, or an online shop.',
      ],
      ['Medium', [0, 0.5, 0.5, 0], 'Selective coverage: a dealer network or a web shop.'],
      ['Low', [1, -2, 0.5, -2], "A few targeted buyers found on purpose: the maker's own sales team."],
    ],
  ],
  [
    'Market',
    [
      [
        'Mass',
        [-0.5, 0.5, 0.5, 0.5],
        'A mass market spreads selling costs over intermediaries or self-service.',
      ],
      [
        'Niche',
        [0.5, -0.5, 0, -2],
        'A niche has no shelf: specialists sell it, the maker or selected dealers.',
      ],
    ],
  ],
  [
    'Buyers',
    [
      [
        'Many',
        [0.5, 0.5, 1, 1],
        'Many buyers favour wide channels a little; it is no argument against a sales force when deals are large (Kotler).',
      ],
      [
        'Few',
        [1.5, -2, -0.5, -2],
        "Few concentrated buyers are best served by the maker's own account managers.",
      ],
    ],
  ],
  [
    'Local service',
    [
      [
        'Yes',
        [1, -2, 1.5, -0.5],
        "Installation, parts and repairs near the buyer: a dealer network or the maker's field force (channel functions).",
      ],
      ['No', [0, 0.5, -0.5, 0.5], 'No local work after the sale: nothing for a dealer to add.'],
    ],
  ],
  [
    'Purchase frequency',
    [
      [
        'Frequent',
        [-1.5, 0, -0.5, 1],
        'Frequent small repeat purchases are made where buyers already shop (convenience goods).',
      ],
      [
        'Occasional',
        [0, 1, 0.5, 0.5],
        'Bought again within a year: a web shop or resale, with no need for a salesperson.',
      ],
      ['Rare', [1, -0.5, 0.5, -0.5], 'A rare, considered purchase earns advice from a person.'],
    ],
  ],
  [
    'Delivery',
    [
      [
        'Online',
        [0.5, 1, -1, -0.5],
        'Delivered online or remotely: no stock, transport or installation for an intermediary to perform.',
      ],
      [
        'Made to order',
        [1, 2, -0.5, -2],
        'Made or performed per order by the maker: there is no stock to resell, the order goes to the maker.',
      ],
      [
        'From stock',
        [-0.5, 0.5, 0.5, 1.5],
        'Standard units anyone holding stock can hand over: what resellers exist for.',
      ],
      [
        'On site',
        [1.5, -2, 1, -2],
        "Installed or serviced at the buyer by trained people: the maker's field force or local dealers.",
      ],
    ],
  ],
  [
    'Customer value',
    [
      [
        '0',
        [-2, 1.5, 0.5, 1],
        "Under 1,000 a year per customer cannot pay for a sales visit (Kotler's economic criterion).",
      ],
      [
        '1000',
        [0, 0.5, 0.5, 0],
        '1,000 to 10,000 a year: inside sales or a dealer may pay; no pull either way.',
      ],
      [
        '10000',
        [1, -0.5, 1, -2],
        "10,000 to 100,000 a year: an account worth a salesperson, the maker's or a dealer's.",
      ],
      [
        '100000',
        [2, -2, 0, -2],
        "100,000 or more a year: key accounts; a dealer's margin on that volume costs more than the maker's own account team (Kotler).",
      ],
    ],
  ],
];

export const PRESET_NAMES = [
  'Balanced',
  'B2B software',
  'Consumer packaged goods',
  'Luxury and prestige goods',
  'Industrial equipment',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

interface PresetSpec {
  /** Why the preset exists, for the sidebar and README. */
  readonly description: string;
  /** Weights that differ from 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Affinities that differ from Balanced: "Factor=Level" -> row. */
  readonly affinity?: Readonly<Record<string, PerModel>>;
  /**
   * What the reference set says of the preset's claim, on the training products of its kind
   * (`npm run reference:presets`; tests/engine/model/presets.test.ts recomputes the figures).
   */
  readonly checked?: string;
}

const PRESET_SPECS: Readonly<Record<PresetName, PresetSpec>> = {
  Balanced: {
    description: 'Every factor counts the same; the starting table from the field.',
    weights: {},
  },
  'B2B software': {
    // Price and purchase complexity decide between self-serve, inside sales and field sales (SaaS sales
    // models); being B2B alone must not force assisted sales.
    description: 'Price and complexity decide between self-serve and a sales team; B2B alone does not.',
    checked: 'On 26 B2B software reference products it agrees with 18, Balanced with 20.',
    weights: {
      Price: 2,
      Complexity: 2,
      Buyers: 1.5,
      Customer: 0.5,
      'See before buying': 0.5,
      'Local service': 0.5,
    },
  },
  'Consumer packaged goods': {
    // Cheap, frequent, mass-market purchases: availability everywhere is what sells.
    description: 'Frequent, cheap, mass-market purchases: availability and reach come first.',
    checked: 'On 40 consumer goods and food reference products it agrees with 29, Balanced with 31.',
    weights: {
      'Purchase frequency': 2,
      Reach: 2,
      Market: 1.5,
      Buyers: 1.5,
      Complexity: 0.5,
      'Local service': 0.5,
    },
  },
  'Luxury and prestige goods': {
    // Prestige brands guard price and presentation: control and the in-store experience weigh most, and
    // high control also favours the maker's own boutiques (direct, assisted).
    description: 'Control of price and presentation first; high control also favours own boutiques.',
    checked: 'On 23 fashion and vehicle reference products it agrees with 15, Balanced with 16.',
    weights: { Control: 2.5, 'See before buying': 2, Reach: 0.5, Price: 1.5, Buyers: 0.5 },
    affinity: { 'Control=High': [2, 0, 2, -2], 'Reach=Low': [2, -1, 1, -2] },
  },
  'Industrial equipment': {
    // Machines need local parts, service and installation: dealers when buyers are many and dispersed,
    // the maker's own sales force when they are few.
    description: 'Local service, parts and buyer concentration decide between dealers and direct sales.',
    checked: 'On 46 industrial reference products it agrees with 32, as Balanced does.',
    weights: {
      'Local service': 2.5,
      Buyers: 2,
      Complexity: 1.5,
      Price: 1.5,
      Market: 0.5,
      'Purchase frequency': 0.5,
    },
  },
};

/** The Note that justifies a Balanced affinity row (factor and level as the table names them), or "". */
export function balancedNote(factor: string, level: string): string {
  const levels = BALANCED_AFFINITY.find(([name]) => name === factor)?.[1] ?? [];
  return levels.find(([label]) => label === level)?.[2] ?? '';
}

/**
 * Why the preset exists and, for every preset but Balanced, how it did on reference products of its kind:
 * an emphasis a team may share, not a more accurate table (docs/how-good.md).
 */
export function presetDescription(name: PresetName): string {
  const { description, checked } = PRESET_SPECS[name];
  return checked === undefined ? description : `${description} ${checked}`;
}

function buildPreset(spec: PresetSpec): WeightsTable {
  const factors: FactorTable[] = BALANCED_AFFINITY.map(([name, levels]) => {
    const kind = builtInFactor(name)?.kind ?? 'category';
    return {
      name,
      kind,
      weight: spec.weights[name] ?? 1,
      levels: levels.map(([label]) => label),
      bounds: kind === 'numeric' ? levels.map(([label]) => Number(label)) : [],
      affinity: levels.map(([label, row]) => [...(spec.affinity?.[`${name}=${label}`] ?? row)]),
    };
  });
  return { factors };
}

const PRESETS = new Map<string, { name: PresetName; table: WeightsTable }>(
  PRESET_NAMES.map((name) => [normalizeKey(name), { name, table: buildPreset(PRESET_SPECS[name]) }]),
);

/** A preset's table by name, case- and space-insensitively; undefined for an unknown name. */
export function findPreset(name: string): { name: PresetName; table: WeightsTable } | undefined {
  return PRESETS.get(normalizeKey(name));
}

export function presetTable(name: PresetName): WeightsTable {
  return (findPreset(name) as { table: WeightsTable }).table;
}
