// The four distribution models. The order is part of the contract: it is the column order of every
// output, and it breaks exact ties (the model listed first wins).

export const MODEL_IDS = [
  'direct-assisted',
  'direct-automated',
  'authorized-dealers',
  'open-resale',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

export const MODEL_NAMES: Readonly<Record<ModelId, string>> = {
  'direct-assisted': 'Direct (assisted sales)',
  'direct-automated': 'Direct (automated purchase)',
  'authorized-dealers': 'Authorized dealers',
  'open-resale': 'Open resale',
};

export const MODEL_COUNT = MODEL_IDS.length;

/** Display names in model order: what users see in cells and in weights-table headers. */
export const MODEL_DISPLAY_NAMES: readonly string[] = MODEL_IDS.map((id) => MODEL_NAMES[id]);

/** Four numbers in model order (scores, affinities). */
export type PerModel = readonly [number, number, number, number];
