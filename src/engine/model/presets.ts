// The starting affinity table (../shared/docs/domain.md) and the presets built on it. Every preset is a
// full weights table, so what a user starts from is visible and editable, number by number.
//
// Affinity: -2 strongly against ... +2 strongly for; columns in model order
// [assisted, automated, dealers, open resale].

import { normalizeKey } from '../basics/text';
import { builtInFactor } from './factors';
import type { PerModel } from './models';
import type { FactorTable, WeightsTable } from './weights-table';

type LevelTable = readonly (readonly [level: string, affinity: PerModel])[];

const BALANCED_AFFINITY: readonly (readonly [factor: string, levels: LevelTable])[] = [
  [
    'Customer',
    [
      ['B2B', [2, 0, 0, -1]],
      ['B2C', [-1, 1, 1, 1]],
      ['Both', [0, 1, 0, 1]],
    ],
  ],
  [
    'Product type',
    [
      ['Software', [1, 2, -1, -2]],
      ['Physical', [0, -2, 1, 1]],
      ['Service', [1, 0, 0, -1]],
    ],
  ],
  [
    'Price',
    [
      ['0', [-2, 1, -2, 2]],
      ['50', [-1, 2, 1, 0]],
      ['2000', [1, -1, 2, -2]],
      ['100000', [2, -2, 1, -2]],
    ],
  ],
  [
    'See before buying',
    [
      ['Yes', [1, -1, 2, -1]],
      ['No', [0, 1, -1, 1]],
    ],
  ],
  [
    'Complexity',
    [
      ['High', [2, -2, 1, -2]],
      ['Medium', [1, 0, 1, -1]],
      ['Low', [-1, 1, 0, 1]],
    ],
  ],
  [
    'Control',
    [
      ['High', [1, 1, 2, -2]],
      ['Medium', [0, 1, 0, 0]],
      ['Low', [-1, -1, -1, 2]],
    ],
  ],
  [
    'Reach',
    [
      ['High', [-2, 1, -1, 2]],
      ['Medium', [0, 0, 1, 0]],
      ['Low', [1, -1, 0, -2]],
    ],
  ],
  [
    'Market',
    [
      ['Mass', [-2, 1, -1, 2]],
      ['Niche', [1, -1, 1, -2]],
    ],
  ],
  [
    'Buyers',
    [
      ['Many', [-2, 1, 1, 2]],
      ['Few', [2, -1, 0, -2]],
    ],
  ],
  [
    'Local service',
    [
      ['Yes', [1, -2, 2, -1]],
      ['No', [0, 1, -1, 1]],
    ],
  ],
  [
    'Purchase frequency',
    [
      ['Frequent', [-2, 0, -1, 2]],
      ['Occasional', [0, 1, 0, 1]],
      ['Rare', [1, 0, 1, -1]],
    ],
  ],
  [
    'Delivery',
    [
      ['Online', [1, 2, -2, -1]],
      ['Made to order', [1, 2, -1, -2]],
      ['From stock', [-1, 0, 1, 2]],
      ['On site', [1, -2, 2, -2]],
    ],
  ],
  [
    'Customer value',
    [
      ['0', [-2, 2, 0, 1]],
      ['1000', [-1, 1, 1, 0]],
      ['10000', [1, -1, 1, -2]],
      ['100000', [2, -2, 0, -2]],
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
    weights: { Control: 2.5, 'See before buying': 2, Reach: 0.5, Price: 1.5, Buyers: 0.5 },
    affinity: { 'Control=High': [2, 0, 2, -2], 'Reach=Low': [2, -1, 1, -2] },
  },
  'Industrial equipment': {
    // Machines need local parts, service and installation: dealers when buyers are many and dispersed,
    // the maker's own sales force when they are few.
    description: 'Local service, parts and buyer concentration decide between dealers and direct sales.',
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

export function presetDescription(name: PresetName): string {
  return PRESET_SPECS[name].description;
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
