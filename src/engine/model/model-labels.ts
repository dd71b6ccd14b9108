// What teams write in a "known model" column: the display names, the ids, and the common spellings and short
// names of the field (British spelling, "Dealers", "Self-serve", "Retail"). One vocabulary, used wherever a
// cell names a model the product is sold through (DISTMODEL_FIT, the sidebar's "Learn from my products").
import { normalizeKey } from '../basics/text';
import { MODEL_DISPLAY_NAMES, MODEL_IDS } from './models';

/**
 * Other words per model, in MODEL_IDS order. "Direct" alone and "Distributors" are left out on purpose:
 * each could mean two models, and a guess would teach the fit a wrong label.
 */
const MODEL_WORDS: readonly (readonly string[])[] = [
  [
    'assisted',
    'assisted sales',
    'direct assisted',
    'direct assisted sales',
    'direct sales',
    'direct sales force',
    'sales force',
    'sales team',
    'sales led',
    'sales-led',
    'field sales',
    'inside sales',
    'enterprise sales',
    'account executives',
  ],
  [
    'automated',
    'automated purchase',
    'direct automated',
    'direct automated purchase',
    'self serve',
    'self-serve',
    'self service',
    'self-service',
    'online',
    'online store',
    'online shop',
    'web shop',
    'webshop',
    'e-commerce',
    'ecommerce',
    'direct online',
    'direct to consumer',
    'direct-to-consumer',
    'd2c',
    'dtc',
    'app store',
  ],
  [
    'authorised dealers',
    'authorized dealer',
    'authorised dealer',
    'dealers',
    'dealer',
    'dealer network',
    'authorized resellers',
    'authorised resellers',
    'authorized reseller',
    'authorised reseller',
    'selective distribution',
    'exclusive distribution',
    'channel partners',
    'partners',
    'value added resellers',
    'value-added resellers',
    'vars',
    'franchise',
    'franchisees',
  ],
  [
    'open',
    'resale',
    'resellers',
    'retail',
    'retailers',
    'mass retail',
    'wholesale',
    'wholesalers',
    'intensive distribution',
    'mass distribution',
  ],
];

const MODEL_BY_KEY = new Map<string, number>();
MODEL_IDS.forEach((id, m) => {
  for (const word of [id, MODEL_DISPLAY_NAMES[m] as string, ...(MODEL_WORDS[m] ?? [])]) {
    MODEL_BY_KEY.set(normalizeKey(word), m);
  }
});

/**
 * A cell naming a distribution model, as a model index (MODEL_IDS order); -1 when the text names none.
 * Case, spaces and punctuation are ignored (normalizeKey).
 */
export function modelIndexOf(value: unknown): number {
  return typeof value === 'string' ? (MODEL_BY_KEY.get(normalizeKey(value)) ?? -1) : -1;
}
